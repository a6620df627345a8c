/**
 * Performance work of issue 15 on the real server. The page cache: each response carries its own
 * CSP nonce, each viewer gets their own page, and with several server processes (WEB_CONCURRENCY) a
 * change written by another process is on the very next page of every process. The charts: not in
 * the page's JavaScript, loaded after it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { sessionCookie, signedInPage } from './fixtures';
import { baseURL, e2eDatabasePath } from './harness';

/** A GET on a connection of its own (the cluster hands each new connection to the next process). */
function page(base: string, url: string, cookie: string) {
  return new Promise<{ status: number; body: string; policyNonce?: string; nonces: string[] }>(
    (resolve, reject) => {
      http
        .get(base + url, { headers: { Cookie: cookie }, agent: false }, (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (d: string) => (body += d));
          res.on('end', () => {
            const policy = String(res.headers['content-security-policy'] ?? '');
            resolve({
              status: res.statusCode ?? 0,
              body,
              policyNonce: /'nonce-([^']+)'/.exec(policy)?.[1],
              nonces: [...new Set([...body.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]))],
            });
          });
        })
        .on('error', reject);
    },
  );
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
  test('every response has its own nonce, the one its policy allows', async () => {
    const base = baseURL();
    const cookie = await sessionCookie('manager1', base);
    const seen = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const p = await page(base, '/overzicht', cookie);
      expect(p.status).toBe(200);
      expect(p.nonces).toHaveLength(1);
      expect(p.nonces[0]).toBe(p.policyNonce);
      seen.add(p.nonces[0]);
    }
    expect(seen.size).toBe(3);
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
    await tab.locator('svg.recharts-surface').first().waitFor();
    expect(chunks.some((u) => u.includes('bar-chart') || u.includes('line-chart'))).toBe(true);
    await tab.context().close();
  });
});
