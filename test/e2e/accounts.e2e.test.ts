/**
 * Issue 27 in the browser: the admin invites a user; the invitation e-mail, sent by the real server
 * through a real SMTP receiver, leads to choosing a password and setting up the second factor (the
 * code made here from the secret the page shows, as an authenticator app would); the user then
 * signs in with both. axe on every page of the way. This file starts its own server (with SMTP and
 * TOTP_IN_DEMO=true) on its own copy of the seeded database.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateTOTP } from '@epic-web/totp';
import type { Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, inject, test, vi } from 'vitest';
import { DEMO_PASSWORD } from '#seeds/demo-accounts';
import { anonymousPage, demoEmail } from './fixtures';
import { expectNoAxeViolations } from './harness';
import { freePort, startServer, type RunningServer } from './server-process';

const received: { to: string[]; raw: string }[] = [];
let smtp: SMTPServer;
let server: RunningServer;
const dir = fs.mkdtempSync(
  path.join(os.tmpdir(), `proeftuinmonitor-e2e-accounts-${crypto.randomBytes(3).toString('hex')}-`),
);

beforeAll(async () => {
  const smtpPort = await freePort();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(smtpPort, '127.0.0.1', resolve));
  const dbPath = path.join(dir, 'accounts.db');
  fs.copyFileSync(inject('e2eTemplatePath'), dbPath);
  server = await startServer(inject('e2eBuildDir'), dbPath, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtpPort),
    MAIL_FROM: 'monitor@example.nl',
    TOTP_IN_DEMO: 'true',
  });
});

afterAll(async () => {
  await server?.stop();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The message as text: quoted-printable soft breaks and escapes undone. */
const decoded = (raw: string) =>
  raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

async function waitForMail(to: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const hit = received.find((m) => m.to.includes(to));
    if (hit) return decoded(hit.raw);
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no e-mail to ${to} within ${timeoutMs} ms`);
}

/** The code an authenticator app shows at `at` (ms since 1970). */
async function codeAt(secret: string, at: number) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at);
  try {
    return (await generateTOTP({ secret })).otp;
  } finally {
    vi.useRealTimers();
  }
}

/** Reads the key under the QR code and enters the current code; returns the secret. */
async function enrol(page: Page): Promise<{ secret: string; at: number }> {
  await page.getByRole('heading', { name: 'Tweestapsverificatie instellen' }).waitFor();
  await expect(page.getByRole('img', { name: /QR-code/ }).getAttribute('src')).resolves.toMatch(
    /^data:image\/svg\+xml;base64,/,
  );
  const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
  const at = Date.now();
  await page.getByLabel('Vul de code in die de app nu toont.').fill(await codeAt(secret, at));
  await page.getByRole('button', { name: 'Tweestapsverificatie aanzetten' }).click();
  await page.getByRole('heading', { name: 'Uw herstelcodes' }).waitFor();
  await expect(page.getByTestId('recovery-codes').locator('li').count()).resolves.toBe(10);
  return { secret, at };
}

async function signInWithPassword(page: Page, email: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

const NEW_USER = 'nieuwe.manager@ministerie.example.nl';
const NEW_PASSWORD = 'mijn-eigen-wachtwoord-voor-de-monitor';

describe('invitation, password and second factor in the browser', () => {
  test('the admin invites; the e-mail leads to a password and a second factor; the user signs in with both', async () => {
    const adminPage = await anonymousPage({ baseURL: server.baseURL });
    // the admin's role requires a second factor: the demo admin sets one up at this sign-in
    await signInWithPassword(adminPage, demoEmail('admin'), DEMO_PASSWORD);
    await adminPage.waitForURL(/\/tweestapsverificatie/);
    await expectNoAxeViolations(adminPage);
    await enrol(adminPage);
    await expectNoAxeViolations(adminPage);
    await adminPage.getByRole('link', { name: 'Verder' }).click();
    await adminPage.waitForURL(/\/beheer$/);
    await adminPage.getByLabel('Naam', { exact: true }).fill('Nieuwe Manager');
    await adminPage.getByLabel('E-mailadres', { exact: true }).fill(NEW_USER);
    await adminPage.getByLabel('Rol', { exact: true }).selectOption('manager');
    await adminPage.getByRole('button', { name: 'Uitnodigen' }).click();
    await adminPage.getByText(`${NEW_USER} is uitgenodigd`).waitFor();
    await expectNoAxeViolations(adminPage);

    const mail = await waitForMail(NEW_USER);
    expect(mail).toContain('Uitnodiging voor Proeftuinmonitor');
    const link = /\/wachtwoord-instellen\?token=[A-Za-z0-9_-]{43}/.exec(mail)?.[0];
    expect(link).toBeDefined();
    // the admin's outbox page shows the message but not the link
    await adminPage.goto('/beheer/berichten');
    await expect(adminPage.content()).resolves.not.toContain(link!.split('=')[1]!);

    const page = await anonymousPage({ baseURL: server.baseURL });
    await page.goto(link!);
    await page.getByText('Welkom, Nieuwe Manager.').waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Nieuw wachtwoord nogmaals').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.waitForURL(/\/login\?done=invite/);
    await page.getByText('Uw wachtwoord is ingesteld. U kunt nu inloggen.').waitFor();
    await expectNoAxeViolations(page);

    // a manager needs a second factor: set up at the first sign-in
    await signInWithPassword(page, NEW_USER, NEW_PASSWORD);
    await page.waitForURL(/\/tweestapsverificatie/);
    const { secret, at } = await enrol(page);
    await page.getByRole('link', { name: 'Verder' }).click();
    await page.waitForURL(/\/te-doen$/);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();

    // signed out, then in with both: the password and the app's next code
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL(/\/login/);
    await signInWithPassword(page, NEW_USER, NEW_PASSWORD);
    await page.waitForURL(/\/login\/code/);
    await expectNoAxeViolations(page);
    await page.getByLabel('Code').fill(await codeAt(secret, at + 30_000));
    await page.getByRole('button', { name: 'Controleren' }).click();
    await page.waitForURL(/\/te-doen$/);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();

    // the used link now says so, and offers a new one
    await page.goto(link!);
    await page.getByText('Deze link is al gebruikt.').waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Vraag een nieuwe link aan' }).click();
    await page.waitForURL(/\/te-doen$|\/wachtwoord-vergeten$/);
    await adminPage.context().close();
    await page.context().close();
  }, 180_000);
});
