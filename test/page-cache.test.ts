import crypto from 'node:crypto';
import zlib from 'node:zlib';
import Database from 'better-sqlite3';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { loader as appLoader } from '#app/routes/_app/route';
import { loader as overviewLoader } from '#app/routes/_app.overzicht/route';
import {
  createPageCache,
  inlineScriptHashes,
  isCachedPage,
  policyFor,
  type CachedResponse,
} from '#app/server/page-cache.server';
import { langCookie } from '#app/utils/lang.server';
import { viewerFor, viewerScopeKey } from '#app/models/viewer.server';
import { DEMO_USERS } from './demo-users';
import { setupTestDatabase } from './db';
import { getRequest, sessionCookieFor, settle } from './requests';

const db = setupTestDatabase('seeded');
const cache = createPageCache(db.$client);
// Another server process: its own connection to the same file.
const other = new Database(db.$client.name);
afterAll(() => other.close());

const nonce = () => crypto.randomBytes(16).toString('base64');
let renders = 0;

/** Renders the overview as the app does (layout and page loaders on the real database). */
async function render(request: Request, cspNonce: string): Promise<Response> {
  renders++;
  const args = { request, params: {}, context: {} };
  const page = await settle(() => overviewLoader(args));
  if (page.status !== 200) return page.response as Response;
  const layout = await appLoader(args);
  return new Response(
    `<html><script nonce="${cspNonce}"></script><main>${JSON.stringify({ layout, page: page.response })}</main></html>`,
    { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-store' } },
  );
}

async function view(url: string, cookie?: string, cspNonce = nonce()) {
  const result = await cache.respond(getRequest(url, cookie), cspNonce, render);
  if (result instanceof Response) return { status: result.status, body: await result.text(), cached: false };
  const r = result as CachedResponse;
  return {
    status: r.status,
    body: r.body.toString('utf8'),
    headers: new Map(r.headers),
    cached: true,
    raw: r,
  };
}

const sha256 = (text: string) => `'sha256-${crypto.createHash('sha256').update(text).digest('base64')}'`;
const nonceIn = (body: string) => /nonce="([^"]+)"/.exec(body)![1];

/** What the page is without any cache: a render of its own. */
async function fresh(url: string, cookie: string, cspNonce: string) {
  return (await render(getRequest(url, cookie), cspNonce)).text();
}

// The cache is given whole requests (not a route module), so these tests build them: one session
// per user for the file, as a browser keeps its cookie between views.
const manager = await sessionCookieFor(DEMO_USERS.manager);
const coordinator = await sessionCookieFor(DEMO_USERS.coordinatorA);
const reviewer = await sessionCookieFor(DEMO_USERS.reviewer);

beforeEach(() => {
  cache.clear();
  renders = 0;
});

describe('page cache', () => {
  test('lists the dashboard pages and their .data, nothing else', () => {
    expect(isCachedPage('/overzicht')).toBe(true);
    expect(isCachedPage('/overzicht.data')).toBe(true);
    expect(isCachedPage('/regios/utrecht')).toBe(true);
    expect(isCachedPage('/regios/utrecht/rapportages/2026-10')).toBe(true);
    expect(isCachedPage('/regios')).toBe(false);
    expect(isCachedPage('/login')).toBe(false);
    expect(isCachedPage('/beheer')).toBe(false);
    expect(isCachedPage('/regios/utrecht/rapportages')).toBe(false);
  });

  test('the viewer scope in the key: one per kind of viewer, the same for the same figures', () => {
    const keys = [
      viewerFor({ role: 'manager', regionId: null }),
      viewerFor({ role: 'manager', regionId: null }, true),
      viewerFor({ role: 'coordinator', regionId: 1 }),
      viewerFor({ role: 'coordinator', regionId: 2 }),
      viewerFor({ role: 'reviewer', regionId: null }),
      viewerFor({ role: 'admin', regionId: null }),
    ].map(viewerScopeKey);
    expect(new Set(keys).size).toBe(6);
    expect(viewerScopeKey(viewerFor({ role: 'coordinator', regionId: 1 }))).toBe(keys[2]);
    expect(keys[4]).toBe('approved:-|suppress:true|approvedOnly:true');
  });

  test('a coordinator, a manager and a reviewer each get their own page, rendered once each', async () => {
    const first = {
      manager: await view('/overzicht', manager),
      coordinator: await view('/overzicht', coordinator),
      reviewer: await view('/overzicht', reviewer),
    };
    expect(renders).toBe(3);
    for (const [who, cookie] of [
      ['manager', manager],
      ['coordinator', coordinator],
      ['reviewer', reviewer],
    ] as const) {
      const again = await view('/overzicht', cookie, nonce());
      expect(again.status).toBe(200);
      // the very same bytes as the first view: the page as rendered with the first response's nonce
      expect(again.body).toBe(first[who].body);
      expect(again.body).toBe(await fresh('/overzicht', cookie, nonceIn(first[who].body)));
      expect(again.raw?.scriptHashes).toEqual([sha256('')]);
      expect(again.headers?.get('cache-control')).toBe('private, no-store');
    }
    // 3 first views + 3 fresh renders to compare with; the 3 second views came from the cache
    expect(renders).toBe(6);
    expect(cache.stats()).toMatchObject({ hits: 3, misses: 3, entries: 3 });
    const bodies = Object.values(first).map((v) => v.body.replace(/nonce="[^"]+"/, ''));
    expect(new Set(bodies).size).toBe(3);
    expect(bodies[0]).toContain('"approvedSwitch":true');
    expect(bodies[1]).toContain('"approvedSwitch":false');
    expect(bodies[2]).toContain('"role":"reviewer"');
    expect(bodies[2]).toMatch(/"thresholds":\{/);
  });

  test('two managers never share a page: the shell shows who is signed in', async () => {
    const manager2 = await sessionCookieFor(DEMO_USERS.manager2);
    const one = await view('/overzicht', manager);
    const two = await view('/overzicht', manager2);
    expect(renders).toBe(2);
    expect(one.body).toContain('Programmamanager Een');
    expect(two.body).toContain('Programmamanager Twee');
    expect(two.body).not.toContain('Programmamanager Een');
  });

  test('a save by another connection is seen at the next request', async () => {
    const before = await view('/overzicht', manager);
    expect((await view('/overzicht', manager)).cached).toBe(true);
    expect(renders).toBe(1);
    // another process saves a figure of the latest quarter
    const changed = other
      .prepare(
        `update report_values set value = 0 where element_code = 'triage_on_time'
         and report_id = (select r.id from reports r join regions g on g.id = r.region_id
           where g.slug = 'amsterdam-amstelland' and r.period = '2026-07')`,
      )
      .run().changes;
    expect(changed).toBe(1);
    const n = nonce();
    const after = await view('/overzicht', manager, n);
    expect(renders).toBe(2);
    expect(after.body).toBe(await fresh('/overzicht', manager, n));
    expect(after.body.replace(n, '')).not.toBe(before.body.replace(nonceIn(before.body), ''));
  });

  test('an audited change elsewhere (a new audit row) also renders the page again', async () => {
    await view('/overzicht', reviewer);
    other
      .prepare(`insert into audit_log (user_id, action, entity_type) values (null, 'user.update', 'user')`)
      .run();
    await view('/overzicht', reviewer);
    expect(renders).toBe(2);
  });

  test('without a session, or for a page not listed, nothing is cached', async () => {
    const anonymous = await view('/overzicht');
    expect(anonymous.status).toBe(302);
    await view('/overzicht');
    expect(renders).toBe(2);
    expect(cache.stats().entries).toBe(0);
  });

  test('an answer other than 200 is not kept', async () => {
    const bad = await view('/overzicht?period=2026-Q9', manager);
    expect(bad.status).toBe(400);
    await view('/overzicht?period=2026-Q9', manager);
    expect(renders).toBe(2);
    expect(cache.stats().entries).toBe(0);
  });

  test('each language and each URL is its own page', async () => {
    await view('/overzicht', manager);
    await view('/overzicht?approved=1', manager);
    const en = (await langCookie.serialize('en')).split(';')[0];
    await view('/overzicht', `${manager}; ${en}`);
    expect(renders).toBe(3);
    expect(cache.stats().entries).toBe(3);
  });

  test('a kept page is compressed once: every hit sends the same single gzip member', async () => {
    const first = await view('/overzicht', manager);
    const second = await view('/overzicht', manager);
    const third = await view('/overzicht', manager);
    expect(renders).toBe(1);
    const gz = first.raw!.gzip!;
    expect(second.raw!.gzip).toBe(gz);
    expect(third.raw!.gzip).toBe(gz);
    expect(zlib.gunzipSync(gz).toString('utf8')).toBe(first.body);
    // one member: the gzip stream ends where the buffer ends (nothing after the first member)
    const inflate = zlib.inflateRawSync(gz.subarray(10), { info: true }) as unknown as {
      engine: { bytesWritten: number };
    };
    expect(10 + inflate.engine.bytesWritten + 8).toBe(gz.length);
    expect(cache.stats().bytes).toBe(first.raw!.body.length + gz.length);
  });

  test('views of a page asked for while it renders wait for that render: one render, the same bytes', async () => {
    const before = cache.stats();
    const [a, b, c] = await Promise.all([
      view('/overzicht', manager),
      view('/overzicht', manager),
      view('/overzicht', manager),
    ]);
    expect(renders).toBe(1);
    expect(b.body).toBe(a.body);
    expect(c.body).toBe(a.body);
    expect([a.cached, b.cached, c.cached]).toEqual([true, true, true]);
    const after = cache.stats();
    expect(after.misses - before.misses).toBe(1);
    expect(after.hits - before.hits).toBe(2);
    expect(after.coalesced - before.coalesced).toBe(2);
    // another viewer's page is not waited for: its own render
    await Promise.all([view('/overzicht', reviewer), view('/overzicht', coordinator)]);
    expect(renders).toBe(3);
  });

  test('an answer that is not kept is not shared: each waiting view renders its own', async () => {
    const [a, b] = await Promise.all([
      view('/overzicht?period=2026-Q9', manager),
      view('/overzicht?period=2026-Q9', manager),
    ]);
    expect([a.status, b.status]).toEqual([400, 400]);
    expect([a.cached, b.cached]).toEqual([false, false]);
    expect(renders).toBe(2);
    expect(cache.stats().entries).toBe(0);
  });
});

describe('the policy of a kept page', () => {
  const n = 'AAAAAAAAAAAAAAAAAAAAAA==';
  test('hashes only the inline scripts the app rendered (with its nonce), each once', () => {
    const html =
      `<script nonce="${n}">a()</script><script nonce="${n}" type="module">import "/x.js";</script>` +
      `<script>evil()</script><script nonce="other">evil()</script>` +
      `<script nonce="${n}" src="/assets/x.js"></script><script nonce="${n}">a()</script>` +
      `<script nonce="${n}">ü</script>`;
    expect(inlineScriptHashes(html, n)).toEqual([sha256('a()'), sha256('import "/x.js";'), sha256('ü')]);
  });

  test("replaces the response's nonce in script-src by the hashes, nothing else", () => {
    const policy = `default-src 'self';script-src 'self' 'nonce-${n}';object-src 'none'`;
    expect(policyFor(policy, n, [sha256('a()'), sha256('b')])).toBe(
      `default-src 'self';script-src 'self' ${sha256('a()')} ${sha256('b')};object-src 'none'`,
    );
    expect(policyFor(policy, n, [])).toBe(`default-src 'self';script-src 'self';object-src 'none'`);
    expect(policyFor(policy, 'another', [sha256('a()')])).toBe(policy);
  });
});
