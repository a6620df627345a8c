/**
 * Issue 13, defects 5, 6 and 7, over every route of the access matrix (its URLs are read from
 * test/access-matrix.test.ts, so a route added there is crawled here too) against the running
 * production server, for every demo user and anonymously:
 * - every answer of the app (page, `.data`, JSON, CSV, redirect, 403/404) says `Cache-Control:
 *   private, no-store`;
 * - no served page or data holds a NUL byte (React 18.3.1 streaming, facebook/react#26228);
 * - no page shows `NaN` or `Infinity`.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { SEED_REGIONS } from '#seeds/regions';
import { DEMO_ACCOUNTS, demoEmail, type DemoUser, sessionCookie } from './fixtures';
import { baseURL, e2eDatabasePath } from './harness';

function matrixUrls(): string[] {
  const db = new Database(e2eDatabasePath(), { readonly: true });
  const utrecht = db.prepare("select id from regions where slug = 'utrecht'").get() as { id: number };
  const exp = db.prepare('select id from experiments where region_id = ? order by id').get(utrecht.id) as {
    id: number;
  };
  const bn = db.prepare('select id from bottlenecks where region_id = ? order by id').get(utrecht.id) as {
    id: number;
  };
  const slugs = SEED_REGIONS.map((r) => r.slug);
  db.close();
  const source = fs.readFileSync(path.resolve(__dirname, '../access-matrix.test.ts'), 'utf8');
  const urls = [...source.matchAll(/url: (['`])([^'`]+)\1/g)].map((m) =>
    m[2]
      .replaceAll('${A}', 'utrecht')
      .replaceAll('${expA.id}', String(exp.id))
      .replaceAll('${bnA.id}', String(bn.id)),
  );
  expect(urls.every((u) => !u.includes('${'))).toBe(true);
  // the pages named in the issue, and every region's page
  urls.push('/vergelijken?what=one_contact', ...slugs.map((s) => `/regios/${s}`));
  return [...new Set(urls)];
}

const isPage = (url: string) => !/\.csv|^\/api\/|^\/ping/.test(url);
const dataUrl = (url: string) => {
  const u = new URL(url, 'http://x');
  return `${u.pathname === '/' ? '/_root' : u.pathname}.data${u.search}`;
};

describe('every route, every demo user', () => {
  test('Cache-Control: private, no-store on every answer; no NUL, NaN or Infinity in any page or data', async () => {
    const urls = matrixUrls();
    expect(urls.length).toBeGreaterThanOrEqual(45);
    const users: (DemoUser | null)[] = [null, ...DEMO_ACCOUNTS];
    const problems: string[] = [];
    let responses = 0;
    let pages = 0;
    for (const user of users) {
      const email = user && demoEmail(user);
      const cookie = user ? await sessionCookie(user) : undefined;
      const targets = urls.flatMap((u) =>
        isPage(u) && email?.startsWith('manager1') ? [u, dataUrl(u)] : [u],
      );
      for (const url of targets) {
        const res = await fetch(new URL(url, baseURL()), {
          redirect: 'manual',
          headers: cookie ? { Cookie: cookie } : {},
        });
        const body = Buffer.from(await res.arrayBuffer());
        responses++;
        const who = `${email ?? 'anonymous'} ${url} (${res.status})`;
        if (res.status >= 500) problems.push(`${who}: server error`);
        if (res.headers.get('cache-control') !== 'private, no-store')
          problems.push(`${who}: Cache-Control ${res.headers.get('cache-control')}`);
        if (body.includes(0)) problems.push(`${who}: NUL byte at ${body.indexOf(0)}`);
        if (res.status === 200 && (res.headers.get('content-type') ?? '').includes('text/html')) {
          pages++;
          // The CSP nonce is random base64 and may spell "NaN": it is no figure.
          const text = body.toString('utf8').replace(/ nonce="[^"]*"/g, ' nonce=""');
          for (const bad of ['NaN', 'Infinity'])
            if (text.includes(bad))
              problems.push(
                `${who}: "${bad}" near ${text.slice(text.indexOf(bad) - 60, text.indexOf(bad) + 20)}`,
              );
        }
      }
    }
    console.log(
      `[figures] private pages: ${responses} answers (${pages} pages) to ${urls.length} URLs of the access matrix for ${users.length} users (anonymous and every demo user; .data for a manager): ${problems.length} problems`,
    );
    expect(problems).toEqual([]);
  }, 600_000);
});
