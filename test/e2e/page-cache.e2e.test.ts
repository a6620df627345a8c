/**
 * Performance work of issues 15 and 26 on the real server. The page cache: a kept page is the same
 * bytes on every response, its inline scripts allowed by hash (no nonce per response), gzipped once
 * (one gzip member), and Chromium hydrates it and blocks a script injected into it; each viewer
 * gets their own page, and with several server processes (WEB_CONCURRENCY) a change written by
 * another process is on the very next page of every process. The charts: not in the page's
 * JavaScript, loaded after it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { expectPageError, sessionCookie, signedInPage } from './fixtures';
import { baseURL, e2eDatabasePath, drawnChart } from './harness';

interface Page {
  status: number;
  body: string;
  /** the bytes as they came over the wire (gzip when sent so) */
  raw: Buffer;
  encoding?: string;
  policy: string;
  policyNonce?: string;
  nonces: string[];
}

/** A GET on a connection of its own (the cluster hands each new connection to the next process). */
function page(base: string, url: string, cookie: string, acceptEncoding?: string) {
  return new Promise<Page>((resolve, reject) => {
    const headers: Record<string, string> = { Cookie: cookie };
    if (acceptEncoding) headers['Accept-Encoding'] = acceptEncoding;
    http
      .get(base + url, { headers, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (d: Buffer) => chunks.push(d));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const encoding = res.headers['content-encoding'];
          const body = (encoding === 'gzip' ? zlib.gunzipSync(raw) : raw).toString('utf8');
          const policy = String(res.headers['content-security-policy'] ?? '');
          resolve({
            status: res.statusCode ?? 0,
            body,
            raw,
            encoding,
            policy,
            policyNonce: /'nonce-([^']+)'/.exec(policy)?.[1],
            nonces: [...new Set([...body.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]))],
          });
        });
      })
      .on('error', reject);
  });
}

/** The sha256 sources of a page's inline scripts (those without src). */
function inlineScriptHashes(html: string): string[] {
  const out = new Set<string>();
  for (const [, attributes, text] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g))
    if (!/\ssrc=/.test(attributes))
      out.add(`'sha256-${crypto.createHash('sha256').update(text).digest('base64')}'`);
  return [...out];
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });

describe('page cache on the server', () => {
  test('a page that is not kept has its own nonce per response, the one its policy allows', async () => {
    const base = baseURL();
    const cookie = await sessionCookie('manager1', base);
    const seen = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const p = await page(base, '/regios', cookie);
      expect(p.status).toBe(200);
      expect(p.nonces).toHaveLength(1);
      expect(p.nonces[0]).toBe(p.policyNonce);
      seen.add(p.nonces[0]);
    }
    expect(seen.size).toBe(3);
  });

  test('a kept page is the same bytes on every response: scripts allowed by hash, gzipped once', async () => {
    const base = baseURL();
    const cookie = await sessionCookie('manager1', base);
    const views = [];
    for (let i = 0; i < 3; i++) views.push(await page(base, '/overzicht', cookie, 'gzip, deflate, br'));
    const plain = await page(base, '/overzicht', cookie);
    const scripts = inlineScriptHashes(plain.body);
    expect(scripts.length).toBeGreaterThan(2);
    for (const p of [...views, plain]) {
      expect(p.status).toBe(200);
      expect(p.policyNonce).toBeUndefined();
      expect(p.policy).toContain(`script-src 'self' ${scripts.join(' ')};`);
      expect(p.policy).toContain("frame-ancestors 'none'");
      expect(/script-src [^;]*/.exec(p.policy)![0]).not.toContain('unsafe-inline');
      expect(p.body).toBe(plain.body);
    }
    expect(plain.encoding).toBeUndefined();
    for (const p of views) {
      expect(p.encoding).toBe('gzip');
      // the one gzip made when the page was kept: byte for byte the same, one member
      expect(p.raw.equals(views[0].raw)).toBe(true);
    }
    expect(zlib.gunzipSync(views[0].raw).toString('utf8')).toBe(plain.body);
  });

  test('a coordinator, a manager and a reviewer each get their own page', async () => {
    const base = baseURL();
    for (const [user, name, other] of [
      ['manager1', 'Programmamanager Een', 'Beleidsmedewerker JenV'],
      ['reviewer', 'Beleidsmedewerker JenV', 'Programmamanager Een'],
      ['coordinator.utrecht', 'Coördinator Utrecht', 'Programmamanager Een'],
    ] as const) {
      const cookie = await sessionCookie(user, base);
      for (let i = 0; i < 2; i++) {
        const p = await page(base, '/overzicht', cookie);
        expect(p.body).toContain(name);
        expect(p.body).not.toContain(other);
      }
    }
  });

  describe('with two server processes on the same database', () => {
    let server: ChildProcess;
    let base: string;
    let output = '';
    const db = new Database(e2eDatabasePath());
    const rename = db.prepare(`update regions set name = ? where slug = 'utrecht'`);
    const original = (db.prepare(`select name from regions where slug = 'utrecht'`).get() as { name: string })
      .name;

    beforeAll(async () => {
      const port = await freePort();
      base = `http://127.0.0.1:${port}`;
      const env: NodeJS.ProcessEnv = { ...process.env };
      for (const k of Object.keys(env)) if (k.startsWith('VITEST') || k === 'NODE_ENV') delete env[k];
      server = spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts'], {
        cwd: path.resolve(inject('e2eBuildDir'), '..'),
        env: {
          ...env,
          PORT: String(port),
          DATABASE_PATH: e2eDatabasePath(),
          APP_MODE: 'demo',
          NODE_ENV: 'production',
          REMIX_BUILD_DIR: inject('e2eBuildDir'),
          WEB_CONCURRENCY: '2',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      server.stdout?.on('data', (d) => (output += d));
      server.stderr?.on('data', (d) => (output += d));
      // both processes listening
      for (let i = 0; i < 300 && (output.match(/listening on/g) ?? []).length < 2; i++)
        await new Promise((r) => setTimeout(r, 100));
      expect(output).toContain('2 server processes');
    });

    afterAll(async () => {
      rename.run(original);
      db.close();
      const exited = new Promise((r) => server.once('exit', r));
      server.kill('SIGTERM');
      await exited;
    });

    test('a change written by another process is on the next page of every process', async () => {
      const cookie = await sessionCookie('manager1', base);
      // fill both processes' caches: each request is a new connection, handed to the processes in turn
      for (let i = 0; i < 6; i++) {
        const p = await page(base, '/overzicht', cookie);
        expect(p.status).toBe(200);
        expect(p.body).toContain(original);
      }
      rename.run('Utrecht (hernoemd)');
      for (let i = 0; i < 6; i++) {
        const p = await page(base, '/overzicht', cookie);
        expect(p.status).toBe(200);
        expect(p.body).toContain('Utrecht (hernoemd)');
      }
    });
  });
});

/** recharts and the chart modules (not chart-format: number formatting the tables use too) */
const CHART_CODE = /\/assets\/(bar-chart|line-chart|stacked-bar-chart|CartesianChart|BarChart)-[\w-]+\.js$/;

describe('a kept page in Chromium', () => {
  test('the second (kept) view hydrates: the menu opens; a script injected into the page is blocked', async () => {
    const tab = await signedInPage('manager1', { viewport: { width: 390, height: 844 } });
    const policies: string[] = [];
    tab.on('response', (r) => {
      if (new URL(r.url()).pathname === '/overzicht') policies.push(r.headers()['content-security-policy']);
    });
    for (let view = 0; view < 2; view++) {
      await tab.goto('/overzicht', { waitUntil: 'networkidle' });
      // the head's inline script ran (allowed by its hash), and React took the page over
      expect(await tab.evaluate(() => document.documentElement.classList.contains('js'))).toBe(true);
      await tab.locator('nav.main-nav-js').waitFor();
      expect(await tab.locator('#main-nav-list').isVisible()).toBe(false);
      await tab.getByRole('button', { name: 'Menu' }).click();
      await expect.poll(() => tab.locator('#main-nav-list').isVisible()).toBe(true);
      // the figures are on the page (the loader data arrived whole)
      expect(await tab.locator('main h1').count()).toBe(1);
    }
    expect(policies).toHaveLength(2);
    expect(policies[1]).toBe(policies[0]);
    expect(policies[1]).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);

    // a script added to the kept page's DOM is not run
    const violations = tab.evaluate(
      () =>
        new Promise<string>((resolve) =>
          document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), {
            once: true,
          }),
        ),
    );
    expectPageError(/Content Security Policy/);
    await tab.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.body.append(s);
    });
    expect(await violations).toMatch(/^script-src/);
    expect(await tab.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();

    // an inline script in the kept page's HTML that is not the app's own (as an injection would
    // be) is blocked under the same policy: here the head's script with one more statement
    const headScript = "document.documentElement.classList.add('js')";
    await tab.route('**/overzicht', async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      expect(html).toContain(headScript);
      await route.fulfill({
        response,
        body: html.replace(headScript, `${headScript};document.documentElement.dataset.injected = "yes"`),
      });
    });
    await tab.goto('/overzicht', { waitUntil: 'networkidle' });
    expect(await tab.evaluate(() => document.documentElement.dataset.injected)).toBeUndefined();
    expect(await tab.evaluate(() => document.documentElement.classList.contains('js'))).toBe(false);
    // the page's own scripts still run: it hydrates
    await tab.locator('nav.main-nav-js').waitFor();
    await tab.context().close();
  });
});

describe('charts load after the page', () => {
  test('the compare page preloads no chart code; its table is in the HTML; the chart is drawn after', async () => {
    const base = baseURL();
    const cookie = await sessionCookie('manager1', base);
    const html = (await page(base, '/vergelijken', cookie)).body;
    const preloaded = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1]);
    expect(preloaded.length).toBeGreaterThan(3);
    expect(preloaded.filter((href) => CHART_CODE.test(href))).toEqual([]);
    expect(html).toContain('<table');

    const tab = await signedInPage('manager1');
    const chunks: string[] = [];
    tab.on('request', (r) => {
      if (CHART_CODE.test(r.url())) chunks.push(r.url());
    });
    await tab.goto('/vergelijken');
    await drawnChart(tab);
    expect(chunks.some((u) => u.includes('bar-chart') || u.includes('line-chart'))).toBe(true);
    await tab.context().close();
  });
});
