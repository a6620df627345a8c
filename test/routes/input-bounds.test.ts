/**
 * Issue 13, defects 1 and 3, in-process (the same requests against the running server are in
 * test/e2e/hardening.e2e.test.ts): every form is bounded before a parser sees it, and `redirectTo`
 * only ever leads to a path of this app.
 */
import { count } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { auditLog, experimentBottlenecks, experiments, loginAttempts, sessions } from '#db/schema';
import * as login from '#app/routes/login/route';
import * as taal from '#app/routes/taal/route';
import * as newExperiment from '#app/routes/_app.experimenten.nieuw/route';
import * as importRoute from '#app/routes/_app.regios.$region.import/route';
import * as references from '#app/routes/_app.referenties/route';
import * as narrative from '#app/routes/_app.regios.$region.verhaal.$quarter/route';
import * as baseline from '#app/routes/_app.regios.$region.basisperiode/route';
import * as editRegion from '#app/routes/_app.beheer_.regios_.$region/route';
import * as admin from '#app/routes/_app.beheer/route';
import { safeRedirect } from '#app/utils/safe-redirect';
import { BODY_LIMITS } from '#app/utils/request-limits';
import { callRoute } from '#test/call-route';
import { setToday } from '#test/clock';
import { tableChecksums } from '#test/checksums';
import { setupTestDatabase } from '#test/db';
import { DEMO_USERS } from '#test/demo-users';

const db = setupTestDatabase('seeded');
const PASSWORD = 'demo-wachtwoord-2026';
/** The session cookie a login set (name=value). */
const sessionOf = (res: { headers: Headers }) => res.headers.get('Set-Cookie')!.split(';')[0]!;
const rows = (table: typeof sessions | typeof auditLog | typeof loginAttempts) =>
  db.select({ n: count() }).from(table).get()!.n;

async function timed<T>(run: () => Promise<T>) {
  const started = performance.now();
  const result = await run();
  return { ...result, ms: performance.now() - started };
}

describe('defect 1: input bounded before parsing', () => {
  test('POST /login email=a&password=x&x[100000000]=a: 400 in milliseconds, nothing written', async () => {
    const before = tableChecksums(db.$client);
    const call = () => callRoute<string>(login, { url: '/login', body: 'email=a&password=x&x[100000000]=a' });
    await call(); // warm-up
    const res = await timed(call);
    expect(res.status).toBe(400);
    expect(res.ms).toBeLessThan(100);
    expect(res.data).toContain('ongeldige veldnaam');
    expect(tableChecksums(db.$client)).toEqual(before);
  });

  test('POST /login with x[1000] and nested x[a][b][c][d][e] keys: 400; x[999] passes the bounds', async () => {
    for (const key of [
      'x[1000]',
      'x[0001000]',
      'a[b][c][d][e]=1',
      '__state__',
      '__intent__',
      'k'.repeat(101),
    ]) {
      const res = await timed(() => callRoute(login, { url: '/login', body: `email=a&password=x&${key}=a` }));
      expect(res.status, key).toBe(400);
    }
    const ok = await callRoute<{ error: Record<string, string[]> }>(login, {
      url: '/login',
      body: 'email=a&password=x&x[999]=a',
    });
    expect(ok.status).toBe(400); // the e-mail address is invalid: Conform's own answer, not the bound
    expect(ok.data.error.email).toHaveLength(1);
  });

  test('POST /login with 60,000 repeated email=x fields (469 KB): refused in well under a second', async () => {
    const body = Array.from({ length: 60_000 }, () => 'email=x').join('&');
    const res = await timed(() => callRoute(login, { url: '/login', body }));
    expect([400, 413]).toContain(res.status);
    expect(res.ms).toBeLessThan(1000);
  });

  test('POST /login with 1,001 fields (under the byte limit): 400 "te veel velden"', async () => {
    const body = Array.from({ length: 1001 }, (_, i) => `f${i}=x`).join('&');
    const res = await timed(() => callRoute<string>(login, { url: '/taal', body }));
    expect(res.status).toBe(400);
    expect(res.data).toContain('te veel velden');
  });

  test('POST /experimenten/nieuw with 33,000 (or 1,001) bottleneckIds (signed in): 413/400, not a 500, nothing stored', async () => {
    // signed in through the login page before the snapshot: the session is not the action's write
    const cookie = sessionOf(
      await callRoute(login, { url: '/login', form: { email: DEMO_USERS.coordinatorA, password: PASSWORD } }),
    );
    const before = tableChecksums(db.$client);
    const post = (n: number) =>
      timed(() =>
        callRoute<string>(newExperiment, {
          url: '/experimenten/nieuw',
          cookie,
          form: {
            title: 'Veel knelpunten',
            regionId: '1',
            bottleneckIds: Array.from({ length: n }, (_, i) => String(i + 1)),
          },
        }),
      );
    expect((await post(33_000)).status).toBe(413); // 660 KB: over the form limit
    const res = await post(1001); // 16 KB, but more fields than any form has
    expect(res.status).toBe(400);
    expect(res.data).toContain('te veel velden');
    expect(tableChecksums(db.$client)).toEqual(before);
    expect(db.select({ n: count() }).from(experimentBottlenecks).get()!.n).toBeGreaterThan(0);
    expect(db.select({ n: count() }).from(experiments).get()!.n).toBeGreaterThan(0);
  });

  test('a body over the limit without a declared length is refused with 413 after reading at most the limit', async () => {
    let pulled = 0;
    const chunk = new Uint8Array(64 * 1024).fill(0x61);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.byteLength;
        if (pulled > 100 * 1024 * 1024) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const res = await timed(() => callRoute(login, { url: '/login', body: endless }));
    expect(res.status).toBe(413);
    expect(pulled).toBeLessThanOrEqual(BODY_LIMITS.small + 3 * chunk.byteLength);
  });

  test('a 50 MB import is refused with 413 before it is read (declared length), and streamed: at the limit', async () => {
    const upload = {
      url: '/regios/utrecht/import',
      as: 'coordinatorA',
      params: { region: 'utrecht' },
    } as const;
    const a = await timed(() =>
      callRoute(importRoute, {
        ...upload,
        body: 'intent=check',
        headers: { 'Content-Length': String(50 * 1024 * 1024) },
      }),
    );
    expect(a.status).toBe(413);
    let pulled = 0;
    const chunk = new Uint8Array(256 * 1024).fill(0x61);
    const fifty = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.byteLength;
        if (pulled > 50 * 1024 * 1024) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const b = await timed(() => callRoute(importRoute, { ...upload, body: fifty }));
    expect(b.status).toBe(413);
    expect(pulled).toBeLessThanOrEqual(BODY_LIMITS.import + 3 * chunk.byteLength);
  });
});

describe('defect 3: redirectTo only to paths of this app', () => {
  const refused = [
    '/\t/evil.example',
    '/%09/evil.example',
    '%2F%09%2Fevil.example',
    '//evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '/%5Cevil.example',
    '/%2F/evil.example',
    '/%252F%252Fevil.example',
    '/a/..//evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    '/overzicht\r\nSet-Cookie: x=1',
    '/overzicht%0d%0aX: 1',
    '/\u0000',
    ' /overzicht',
  ];
  test.each(refused)('safeRedirect(%j) falls back', (to) => {
    expect(safeRedirect(to, '/')).toBe('/');
  });
  test('same-origin paths pass, normalised', () => {
    expect(safeRedirect('/regios/utrecht?period=2026-Q3#x', '/')).toBe('/regios/utrecht?period=2026-Q3#x');
    expect(safeRedirect('/overzicht/../voortgang', '/')).toBe('/voortgang');
  });

  test('POST /login redirectTo=/<TAB>/evil.example goes to the start page', async () => {
    const res = await callRoute(login, {
      url: '/login',
      form: { email: DEMO_USERS.manager, password: PASSWORD, redirectTo: '/\t/evil.example' },
    });
    expect(res.status).toBe(302);
    expect(res.headers.get('Location')).toBe('/te-doen');
  });

  test('POST /login with CR/LF in redirectTo: a redirect to the start page, never a 500; one session', async () => {
    const before = rows(sessions);
    const res = await callRoute(login, {
      url: '/login',
      form: { email: DEMO_USERS.manager, password: PASSWORD, redirectTo: '/overzicht\r\nSet-Cookie: evil=1' },
    });
    expect(res.status).toBe(302);
    expect(res.headers.get('Location')).toBe('/te-doen');
    expect(rows(sessions)).toBe(before + 1);
    const wrong = await callRoute(login, {
      url: '/login',
      form: { email: DEMO_USERS.manager, password: 'fout-wachtwoord-1', redirectTo: '/\r\n' },
    });
    expect(wrong.status).toBe(401);
    expect(rows(sessions)).toBe(before + 1);
  });

  test('POST /taal redirectTo=/<TAB>/evil.example and CR/LF go to /', async () => {
    for (const redirectTo of ['/\t/evil.example', '/\r\nX: 1', '//evil.example', '/\\evil.example']) {
      const res = await callRoute(taal, { url: '/taal', form: { lang: 'en', redirectTo } });
      expect(res.status).toBe(302);
      expect(res.headers.get('Location')).toBe('/');
    }
    const ok = await callRoute(taal, {
      url: '/taal',
      form: { lang: 'en', redirectTo: '/voortgang?period=2026-Q3' },
    });
    expect(ok.headers.get('Location')).toBe('/voortgang?period=2026-Q3');
  });
});

/** The body of a multipart form with one file in `bestand`. */
function multipartFile(fields: Record<string, string>, content: Uint8Array) {
  const boundary = 'xx-proeftuinmonitor-xx';
  const head = Object.entries(fields)
    .map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
    .join('');
  const body = Buffer.concat([
    Buffer.from(
      `${head}--${boundary}\r\nContent-Disposition: form-data; name="bestand"; filename="r.csv"\r\nContent-Type: text/csv\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` } };
}

/** Every table but the sessions, which each signed-in call of callRoute touches. */
function dataChecksums() {
  const { sessions: _sessions, ...rest } = tableChecksums(db.$client);
  return rest;
}

describe('issue 22: input bounds in-process (the same requests over HTTP: test/e2e/input-bounds.e2e.test.ts)', () => {
  test('POST /LOGIN and POST /%6Cogin with 262,000 empty fields: 413 by the path as the router reads it', async () => {
    for (const url of ['/LOGIN', '/%6Cogin', '/TAAL'])
      expect(
        (await callRoute(url === '/TAAL' ? taal : login, { url, body: '=&'.repeat(262_000) })).status,
        url,
      ).toBe(413);
  });

  test('POST /experimenten/nieuw with 262,000 empty fields (under 512 KB): 400 "te veel velden" after the first chunk', async () => {
    const res = await timed(() =>
      callRoute<string>(newExperiment, {
        url: '/experimenten/nieuw',
        as: 'coordinatorA',
        body: '&'.repeat(262_000),
      }),
    );
    expect(res.status).toBe(400);
    expect(res.data).toContain('te veel velden');
  });

  test("POST /referenties (check) with a 2.5 MB file, and (apply) with a 2.5 MB csv field: 413 with the form's message; malformed UTF-8: 400", async () => {
    const before = dataChecksums();
    const big = multipartFile({ intent: 'check' }, new Uint8Array(2.5 * 1024 * 1024).fill(0x61));
    const check = await callRoute<{ fileError: string }>(references, {
      url: '/referenties',
      as: 'manager',
      ...big,
    });
    expect([check.status, check.data.fileError]).toEqual([
      413,
      'Het bestand is groter dan 2 MB. Splits het op in kleinere bestanden; er is niets opgeslagen.',
    ]);
    const apply = await callRoute<{ fileError: string }>(references, {
      url: '/referenties',
      as: 'manager',
      form: { intent: 'apply', csv: 'x'.repeat(2.5 * 1024 * 1024), token: 'x' },
    });
    expect([apply.status, apply.data.fileError]).toEqual([413, check.data.fileError]);
    const bad = multipartFile({ intent: 'check' }, new Uint8Array([0x61, 0x3b, 0xc3, 0x28, 0x0a]));
    const utf8 = await callRoute<{ fileError: string }>(references, {
      url: '/referenties',
      as: 'manager',
      ...bad,
    });
    expect([utf8.status, utf8.data.fileError]).toEqual([
      400,
      'Het bestand is geen geldige UTF-8-tekst. Sla het op als ‘CSV UTF-8’ en probeer het opnieuw; er is niets opgeslagen.',
    ]);
    expect(dataChecksums()).toEqual(before);
  });

  test("POST /regios/utrecht/verhaal/0000-Q1, 1999-Q1 and 2099-Q4 (coordinator): 400 with the window's message, nothing stored", async () => {
    setToday(); // November 2026: 2015 to 2027
    const before = dataChecksums();
    for (const quarter of ['0000-Q1', '1999-Q1', '2099-Q4']) {
      const res = await callRoute<{ errors: { message: string }[] }>(narrative, {
        url: `/regios/utrecht/verhaal/${quarter}`,
        as: 'coordinatorA',
        params: { region: 'utrecht', quarter },
        form: { intent: 'save', version: '0', context: 'Tekst' },
      });
      expect([res.status, res.data.errors.map((e) => e.message)], quarter).toEqual([
        400,
        ['Kies een kwartaal in de jaren 2015 tot en met 2027.'],
      ]);
    }
    expect(dataChecksums()).toEqual(before);
  });

  test('POST /regios/utrecht/basisperiode with baselineFrom=0000-01, 9999-01 or "2023-01 <text>": 400 with a message, never a 500', async () => {
    setToday();
    const messages: string[][] = [];
    for (const baselineFrom of ['0000-01', '9999-01', '2023-01 <text>']) {
      const res = await callRoute<{ result: { error: Record<string, string[]> } }>(baseline, {
        url: '/regios/utrecht/basisperiode',
        as: 'manager',
        params: { region: 'utrecht' },
        form: { intent: 'set', baselineFrom, baselineTo: '2023-12', reason: 'test' },
      });
      expect(res.status, baselineFrom).toBe(400);
      messages.push(res.data.result.error.baselineFrom ?? []);
    }
    expect(messages).toEqual([
      ['Kies een maand in de jaren 2015 tot en met 2027.'],
      ['Kies een maand in de jaren 2015 tot en met 2027.'],
      ['Vul bij ‘Eerste maand’ een maand in als JJJJ-MM, bijvoorbeeld 2027-01.'],
    ]);
  });

  test('POST /beheer/regios/utrecht with reportingStart=0000-01 or a name with CR/LF, POST /beheer with a user name with LF: 400 with a message', async () => {
    setToday();
    const region = (over: Record<string, string>) =>
      callRoute<{ result: { error: Record<string, string[]> } }>(editRegion, {
        url: '/beheer/regios/utrecht',
        as: 'admin',
        params: { region: 'utrecht' },
        form: {
          intent: 'update',
          name: 'Utrecht',
          planName: 'Plan',
          reportingStart: '2023-01',
          pilotStart: '2024-01',
          ...over,
        },
      });
    const start = await region({ reportingStart: '0000-01' });
    expect([start.status, start.data.result.error.reportingStart]).toEqual([
      400,
      ['Kies een maand in de jaren 2015 tot en met 2027.'],
    ]);
    const name = await region({ name: 'Utrecht\r\nBcc: x@example.org' });
    expect([name.status, name.data.result.error.name]).toEqual([
      400,
      ['Een naam mag geen regeleinde, tab of ander stuurteken bevatten.'],
    ]);
    const user = await callRoute<{ result: { error: Record<string, string[]> } }>(admin, {
      url: '/beheer',
      as: 'admin',
      form: {
        intent: 'create',
        name: 'Nieuwe\nGebruiker',
        email: 'nieuw@example.org',
        role: 'reviewer',
        password: 'een-lang-en-zeldzaam-wachtwoord-42',
      },
    });
    expect([user.status, user.data.result.error.name]).toEqual([
      400,
      ['Een naam mag geen regeleinde, tab of ander stuurteken bevatten.'],
    ]);
  });
});
