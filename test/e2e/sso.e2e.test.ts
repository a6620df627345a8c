/**
 * Single sign-on in the browser (issue 27, item 6): the login page's "Inloggen met …" leads to a
 * real OpenID Connect provider (oidc-provider, in this process) and back, through the built app's
 * security headers and cookies; a refusal shows its Dutch reason on the login page. axe on both.
 * This file starts its own server with OIDC_* set, on its own copy of the seeded database.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { coordinatorEmail } from '#seeds/demo-accounts';
import { startTestProvider, type TestProvider } from '#test/oidc-provider';
import { expectNoAxeViolations, launchBrowser, withRunDate } from './harness';
import { freePort, startServer, type RunningServer } from './server-process';

let idp: TestProvider;
let server: RunningServer;
const dir = fs.mkdtempSync(
  path.join(os.tmpdir(), `proeftuinmonitor-e2e-sso-${crypto.randomBytes(3).toString('hex')}-`),
);

beforeAll(async () => {
  const port = await freePort();
  const appUrl = `http://127.0.0.1:${port}`;
  idp = await startTestProvider(`${appUrl}/login/sso/terug`);
  const dbPath = path.join(dir, 'sso.db');
  fs.copyFileSync(inject('e2eTemplatePath'), dbPath);
  server = await startServer(inject('e2eBuildDir'), dbPath, {
    PORT: String(port),
    APP_URL: appUrl,
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: idp.clientId,
    OIDC_CLIENT_SECRET: idp.clientSecret,
    OIDC_NAME: 'Rijksportaal',
  });
});

afterAll(async () => {
  await server?.stop();
  await idp?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('single sign-on in the browser', () => {
  test('a coordinator signs in through the provider and lands on Te doen; an unknown address is refused in Dutch', async () => {
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ baseURL: server.baseURL, locale: 'nl-NL' });
      await withRunDate(context);
      const page = await context.newPage();
      await page.goto('/login');
      await expectNoAxeViolations(page);
      idp.nextLogin({ sub: 'idp-1', email: coordinatorEmail('utrecht'), email_verified: true });
      await page.getByRole('link', { name: 'Inloggen met Rijksportaal' }).click();
      await page.waitForURL((url) => url.pathname === '/te-doen');
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
      const cookies = await context.cookies();
      expect(cookies.find((c) => c.name === '__sso')).toBeUndefined();
      expect(cookies.find((c) => c.name === '__session')?.httpOnly).toBe(true);
      await context.close();

      const other = await browser.newContext({ baseURL: server.baseURL, locale: 'nl-NL' });
      await withRunDate(other);
      const refused = await other.newPage();
      await refused.goto('/login');
      idp.nextLogin({ sub: 'idp-2', email: 'onbekend@example.nl', email_verified: true });
      await refused.getByRole('link', { name: 'Inloggen met Rijksportaal' }).click();
      await refused.waitForURL(
        (url) => url.pathname === '/login' && url.searchParams.get('sso') === 'unknown',
      );
      await expect
        .poll(() => refused.getByRole('alert').textContent())
        .toContain('Er is geen account met het e-mailadres dat uw organisatie doorgaf.');
      expect((await other.cookies()).find((c) => c.name === '__session')).toBeUndefined();
      await expectNoAxeViolations(refused);
      await other.close();
    } finally {
      await browser.close();
    }
  });
});
