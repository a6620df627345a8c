/**
 * Input bounds against the running production server (scripts/server.ts with the built app), each
 * test named after the request it sends: the body limit of the route the router runs, fields
 * counted while the body streams in, periods in their window, no form input in the log, a
 * connection that survives an answer given before the body was read, the reference import's
 * checks and size limits, Retry-After on the throttles' 429, and names without control characters.
 * Plain HTTP (no browser). Times are printed as figures, not asserted: the machine is shared.
 */
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { DEMO_USERS } from '#test/demo-users';
import { baseURL, DEMO_PASSWORD, e2eDatabasePath, serverPid } from './harness';
import { startServer, type RunningServer } from './server-process';

interface Answer {
  status: number;
  ms: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

function request(
  method: string,
  pathname: string,
  body: string | Buffer | null,
  headers: Record<string, string> = {},
  base = baseURL(),
): Promise<Answer> {
  const url = new URL(pathname, base);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method,
        agent: false,
        headers: {
          Origin: url.origin,
          ...(body === null
            ? {}
            : {
                'Content-Type': 'application/x-www-form-urlencoded',
                'Content-Length': String(Buffer.byteLength(body)),
              }),
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            ms: performance.now() - started,
            headers: res.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body ?? undefined);
  });
}

const post = (p: string, body: string | Buffer, headers: Record<string, string> = {}, base?: string) =>
  request('POST', p, body, headers, base);
const get = (p: string, cookie: string, base?: string) => request('GET', p, null, { Cookie: cookie }, base);

const sessions = new Map<string, string>();
/** Signs in through the login form and returns the session cookie (name=value). */
async function signIn(email: string, base = baseURL()): Promise<string> {
  const key = `${base} ${email}`;
  const known = sessions.get(key);
  if (known) return known;
  const res = await post(
    '/login',
    new URLSearchParams({ email, password: DEMO_PASSWORD }).toString(),
    {},
    base,
  );
  expect(res.status, `login ${email}`).toBe(302);
  const cookie = [res.headers['set-cookie'] ?? []]
    .flat()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('__session='))!;
  sessions.set(key, cookie);
  return cookie;
}

function multipart(fields: Record<string, string>, file?: { name: string; content: Buffer }) {
  const boundary = '----proeftuinmonitor-test-boundary';
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields))
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  if (file)
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="bestand"; filename="${file.name}"\r\nContent-Type: text/csv\r\n\r\n`,
      ),
      file.content,
      Buffer.from('\r\n'),
    );
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

function rssMb(): number {
  const status = fs.readFileSync(`/proc/${serverPid()}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

const lastYear = () => new Date().getUTCFullYear() + 1;
/** The text of the page's HTML without tags, entities as characters. */
const textOf = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('item 1: the body limit of the route the router runs, fields counted while streaming', () => {
  const emptyFields = '&'.repeat(262_000); // 262,001 empty fields, 262,000 bytes
  const twoByteFields = '=&'.repeat(262_000); // 262,000 empty fields, 524 KB

  for (const target of ['/login', '/LOGIN', '/Login', '/%6Cogin', '/login/', '/login.data', '/TAAL', '/Taal'])
    test(`POST ${target} with 262,000 empty fields (524 KB) gets 413`, async () => {
      const res = await post(target, twoByteFields);
      console.log(
        `[figures] POST ${target}, ${twoByteFields.length} bytes: ${res.status} in ${res.ms.toFixed(0)} ms`,
      );
      expect(res.status).toBe(413);
      expect(res.text).toContain('Het verzoek is te groot.');
      expect(res.headers.connection).toBe('close');
    });

  test('POST /%4C%4F%47%49%4E with 262,000 empty fields (262 KB) gets 413, and ten at once leave /healthz answering', async () => {
    const health: number[] = [];
    let stop = false;
    const prober = (async () => {
      while (!stop) {
        const started = performance.now();
        const res = await fetch(new URL('/healthz', baseURL()));
        expect(res.status).toBe(200);
        health.push(performance.now() - started);
      }
    })();
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => post(i % 2 ? '/%4C%4F%47%49%4E' : '/TAAL', emptyFields)),
    );
    stop = true;
    await prober;
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(413));
    console.log(
      `[figures] 10 × POST /%4C%4F%47%49%4E or /TAAL with 262,000 empty fields at once: slowest ${Math.max(...answers.map((a) => a.ms)).toFixed(0)} ms; /healthz answered ${health.length} times meanwhile, slowest ${Math.max(...health).toFixed(0)} ms`,
    );
  });

  test('POST /experimenten/nieuw (signed in) with 262,000 empty fields under its 512 KB limit gets 400 "te veel velden"', async () => {
    const cookie = await signIn(DEMO_USERS.coordinatorA);
    const res = await post('/experimenten/nieuw', emptyFields, { Cookie: cookie });
    console.log(
      `[figures] POST /experimenten/nieuw, 262,000 empty fields: ${res.status} in ${res.ms.toFixed(0)} ms`,
    );
    expect(res.status).toBe(400);
    expect(res.text).toContain('Het formulier heeft te veel velden.');
  });
});

describe('item 2: large forms are refused while they stream in', () => {
  test('POST /regios/utrecht/import (signed in) with a& × 3,500,000 (7 MB) gets 400 "te veel velden" and leaves memory flat', async () => {
    const cookie = await signIn(DEMO_USERS.coordinatorA);
    const body = 'a&'.repeat(3_500_000);
    await post('/regios/utrecht/import', 'a=1', { Cookie: cookie }); // warm-up: the route's modules load
    const before = rssMb();
    const res = await post('/regios/utrecht/import', body, { Cookie: cookie });
    const after = rssMb();
    console.log(
      `[figures] POST /regios/utrecht/import, a& × 3,500,000 (${(body.length / 1e6).toFixed(1)} MB): ${res.status} in ${res.ms.toFixed(0)} ms; server RSS ${before.toFixed(0)} → ${after.toFixed(0)} MB`,
    );
    expect(res.status).toBe(400);
    expect(res.text).toContain('Het formulier heeft te veel velden.');
    expect(after - before).toBeLessThan(60);
  });

  test('POST /meldingen (signed in as reviewer) with a 512 KB form gets 413', async () => {
    const cookie = await signIn(DEMO_USERS.reviewer);
    const body = `reminders=${'x'.repeat(512 * 1024 - 10)}`;
    const res = await post('/meldingen', body, { Cookie: cookie });
    console.log(`[figures] POST /meldingen, 512 KB: ${res.status} in ${res.ms.toFixed(0)} ms`);
    expect(res.status).toBe(413);
  });

  test('POST /experimenten/nieuw (signed in) with one 500 KB field and with 1,000 fields of 500 bytes: answered (400 by the form), not refused by the bounds', async () => {
    const cookie = await signIn(DEMO_USERS.coordinatorA);
    const one = await post('/experimenten/nieuw', `title=${'x'.repeat(500_000)}`, { Cookie: cookie });
    const many = await post(
      '/experimenten/nieuw',
      Array.from({ length: 1000 }, (_, i) => `f${i}=${'y'.repeat(500)}`).join('&'),
      { Cookie: cookie },
    );
    console.log(
      `[figures] POST /experimenten/nieuw: one 500 KB field ${one.status} in ${one.ms.toFixed(0)} ms; 1,000 fields of 500 bytes ${many.status} in ${many.ms.toFixed(0)} ms`,
    );
    expect([one.status, many.status]).toEqual([400, 400]);
    expect(textOf(one.text)).not.toContain('te veel velden');
  });
});

describe('item 3: every entered period lies in 2015 to next year', () => {
  const window = () => `Kies een maand in de jaren 2015 tot en met ${lastYear()}.`;

  for (const from of ['0000-01', '9999-01', '2014-12'])
    test(`POST /regios/utrecht/basisperiode with baselineFrom=${from} gets 400 with the window's message, nothing stored`, async () => {
      const cookie = await signIn(DEMO_USERS.manager);
      const res = await post(
        '/regios/utrecht/basisperiode',
        new URLSearchParams({
          intent: 'set',
          baselineFrom: from,
          baselineTo: '2023-12',
          reason: 'test',
        }).toString(),
        { Cookie: cookie },
      );
      expect(res.status).toBe(400);
      expect(textOf(res.text)).toContain(window());
      const db = new Database(e2eDatabasePath(), { readonly: true });
      const row = db.prepare("select baseline_from as f from regions where slug = 'utrecht'").get() as {
        f: string | null;
      };
      db.close();
      expect(row.f).not.toBe(from);
    });

  test("POST /beheer/regios/utrecht with reportingStart=0000-01 gets 400 with the window's message", async () => {
    const cookie = await signIn(DEMO_USERS.admin);
    const res = await post(
      '/beheer/regios/utrecht',
      new URLSearchParams({
        intent: 'update',
        name: 'Utrecht',
        planName: 'Plan',
        reportingStart: '0000-01',
        pilotStart: '2024-01',
        active: 'on',
      }).toString(),
      { Cookie: cookie },
    );
    expect(res.status).toBe(400);
    expect(textOf(res.text)).toContain(window());
  });

  test("POST /doelen with effectiveFrom=9999-01 gets 400 with the window's message", async () => {
    const cookie = await signIn(DEMO_USERS.manager);
    const res = await post(
      '/doelen',
      new URLSearchParams({
        indicatorCode: 'triage_on_time',
        target: '90',
        floor: '70',
        effectiveFrom: '9999-01',
      }).toString(),
      { Cookie: cookie },
    );
    expect(res.status).toBe(400);
    expect(textOf(res.text)).toContain(window());
  });

  for (const quarter of ['0000-Q1', '1999-Q1', '2099-Q4'])
    test(`POST /regios/utrecht/verhaal/${quarter} (coordinator) gets 400 with the window's message, nothing stored`, async () => {
      const cookie = await signIn(DEMO_USERS.coordinatorA);
      const res = await post(
        `/regios/utrecht/verhaal/${quarter}`,
        new URLSearchParams({ intent: 'save', version: '0', context: 'Tekst' }).toString(),
        { Cookie: cookie },
      );
      expect(res.status).toBe(400);
      expect(textOf(res.text)).toContain(`Kies een kwartaal in de jaren 2015 tot en met ${lastYear()}.`);
      const db = new Database(e2eDatabasePath(), { readonly: true });
      const n = db.prepare('select count(*) as n from narratives where quarter = ?').get(quarter) as {
        n: number;
      };
      db.close();
      expect(n.n).toBe(0);
    });

  test('GET /overzicht?period=2014-Q4 gets 400 naming the years 2015 to next year', async () => {
    const cookie = await signIn(DEMO_USERS.manager);
    const res = await get('/overzicht?period=2014-Q4', cookie);
    expect(res.status).toBe(400);
    expect(textOf(res.text)).toContain(`in de jaren 2015 tot en met ${lastYear()}`);
  });
});

describe('items 3, 4 and 8 on a database with stored bad values, on a server of its own', () => {
  let server: RunningServer;
  let dir: string;
  const marker = 'MARKER-9d2c';

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'proeftuinmonitor-bounds-'));
    const dbPath = path.join(dir, 'e2e.db');
    fs.copyFileSync(inject('e2eTemplatePath'), dbPath);
    const db = new Database(dbPath);
    // as a previous release let them be stored
    db.prepare(
      "update regions set baseline_from = '0000-01', baseline_to = '0000-12', reporting_start = '0000-01' where slug = 'utrecht'",
    ).run();
    db.prepare(
      "update regions set name = 'West-Brabant\r\nBcc: x@example.org' where slug = 'west-brabant-west'",
    ).run();
    db.prepare("update users set name = 'Naam\nmet regeleinde' where email = ?").run(DEMO_USERS.reviewer);
    db.close();
    server = await startServer(inject('e2eBuildDir'), dbPath);
  });
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('the server reports the stored out-of-range periods and names with control characters at start, and changes nothing', async () => {
    const out = server.output();
    expect(out).toContain('Stored period outside 2015 to next year in regions.baseline_from');
    expect(out).toContain('Stored period outside 2015 to next year in regions.reporting_start');
    expect(out).toContain('Stored name with a control character in regions.name');
    expect(out).toContain('Stored name with a control character in users.name');
    expect(out).not.toContain('Bcc: x@example.org');
    const db = new Database(path.join(dir, 'e2e.db'), { readonly: true });
    expect(db.prepare("select baseline_from as f from regions where slug = 'utrecht'").get()).toEqual({
      f: '0000-01',
    });
    db.close();
  });

  test('GET /regios/utrecht as reviewer with a stored baseline 0000-01 gets 200, not 500', async () => {
    const cookie = await signIn(DEMO_USERS.manager2, server.baseURL);
    const res = await get('/regios/utrecht', cookie, server.baseURL);
    expect(res.status).toBe(200);
  });

  test('GET /te-doen as manager and GET /beheer as admin list the stored values to correct, with their links', async () => {
    const manager = await get('/te-doen', await signIn(DEMO_USERS.manager, server.baseURL), server.baseURL);
    expect(manager.status).toBe(200);
    const text = textOf(manager.text);
    expect(text).toContain('Opgeslagen gegevens om te verbeteren');
    expect(text).toContain(
      `periode ‘0000-01’ (regions.baseline_from) ligt buiten de jaren 2015 tot en met ${lastYear()}.`,
    );
    expect(manager.text).toContain('href="/regios/utrecht/basisperiode"');
    const admin = await get('/beheer', await signIn(DEMO_USERS.admin, server.baseURL), server.baseURL);
    expect(textOf(admin.text)).toContain('de naam (users.name) bevat een regeleinde of ander stuurteken.');
  });

  test('GET /te-doen as manager with a stored reporting start 0000-01 lists no months of that region as overdue, and stays small', async () => {
    const res = await get('/te-doen', await signIn(DEMO_USERS.manager, server.baseURL), server.baseURL);
    expect(res.status).toBe(200);
    expect(res.text.length).toBeLessThan(1_000_000);
    // a month nobody started links to the region's report list; none for utrecht
    expect(res.text).not.toContain('href="/regios/utrecht/rapportages"');
  });

  test(`POST /regios/utrecht/basisperiode with baselineFrom=2023-01 ${marker}: 400 with the field's message, and the log holds no form input`, async () => {
    const cookie = await signIn(DEMO_USERS.manager, server.baseURL);
    const res = await post(
      '/regios/utrecht/basisperiode',
      new URLSearchParams({
        intent: 'set',
        baselineFrom: `2023-01 ${marker}`,
        baselineTo: '2023-12',
        reason: 'test',
      }).toString(),
      { Cookie: cookie },
      server.baseURL,
    );
    expect(res.status).toBe(400);
    expect(textOf(res.text)).toContain(
      'Vul bij ‘Eerste maand’ een maand in als JJJJ-MM, bijvoorbeeld 2027-01.',
    );
    await new Promise((r) => setTimeout(r, 200));
    expect(server.output()).not.toContain(marker);
    expect(server.output()).not.toContain('Not a period:');
  });

  test("POST /beheer/regios/utrecht with a name holding CR/LF gets 400 with the name's message", async () => {
    const cookie = await signIn(DEMO_USERS.admin, server.baseURL);
    const res = await post(
      '/beheer/regios/utrecht',
      new URLSearchParams({
        intent: 'update',
        name: 'Utrecht\r\nBcc: x@example.org',
        planName: 'Plan',
        reportingStart: '2023-01',
        pilotStart: '2024-01',
        active: 'on',
      }).toString(),
      { Cookie: cookie },
      server.baseURL,
    );
    expect(res.status).toBe(400);
    expect(textOf(res.text)).toContain('Een naam mag geen regeleinde, tab of ander stuurteken bevatten.');
  });

  test("POST /beheer (intent=create) with a user name holding a LF gets 400 with the name's message, no user made", async () => {
    const cookie = await signIn(DEMO_USERS.admin, server.baseURL);
    const res = await post(
      '/beheer',
      new URLSearchParams({
        intent: 'create',
        name: 'Nieuwe\nGebruiker',
        email: 'nieuw@example.org',
        role: 'reviewer',
        password: 'een-lang-en-zeldzaam-wachtwoord-42',
      }).toString(),
      { Cookie: cookie },
      server.baseURL,
    );
    expect(res.status).toBe(400);
    expect(textOf(res.text)).toContain('Een naam mag geen regeleinde, tab of ander stuurteken bevatten.');
    const db = new Database(path.join(dir, 'e2e.db'), { readonly: true });
    expect(db.prepare("select count(*) as n from users where email = 'nieuw@example.org'").get()).toEqual({
      n: 0,
    });
    db.close();
  });
});

/** Sends raw HTTP/1.1 on one socket and collects what comes back. */
function rawConnection() {
  const url = new URL(baseURL());
  const socket = net.connect(Number(url.port), url.hostname);
  let received = Buffer.alloc(0);
  let closed: string | null = null;
  socket.on('data', (d) => (received = Buffer.concat([received, d])));
  socket.on('error', (e) => (closed = `error ${(e as NodeJS.ErrnoException).code}`));
  socket.on('close', () => (closed ??= 'closed'));
  const connected = new Promise<void>((r) => socket.once('connect', () => r()));
  return {
    socket,
    connected,
    text: () => received.toString('latin1'),
    closed: () => closed,
    /** Waits until `predicate` holds for what came back, or `ms` pass. */
    async until(predicate: (text: string) => boolean, ms: number) {
      const deadline = Date.now() + ms;
      while (Date.now() < deadline && !predicate(received.toString('latin1')) && closed === null)
        await new Promise((r) => setTimeout(r, 20));
      return predicate(received.toString('latin1'));
    },
  };
}

describe('item 5: an answer before the body was read keeps the connection usable', () => {
  test('anonymous POST /experimenten/nieuw of 300 KB on a keep-alive connection: the redirect to the login, then GET /healthz on the same connection is answered', async () => {
    const c = rawConnection();
    await c.connected;
    const host = new URL(baseURL()).host;
    const body = `title=${'x'.repeat(300 * 1024)}`;
    const started = performance.now();
    c.socket.write(
      `POST /experimenten/nieuw HTTP/1.1\r\nHost: ${host}\r\nOrigin: http://${host}\r\nConnection: keep-alive\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\n\r\n`,
    );
    c.socket.write(body);
    expect(await c.until((t) => /^HTTP\/1\.1 302/.test(t) && t.includes('\r\n\r\n'), 10_000)).toBe(true);
    expect(c.text()).toMatch(/Location: \/login/i);
    const first = performance.now() - started;
    c.socket.write(`GET /healthz HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
    expect(await c.until((t) => t.includes('{"status":"ok"}'), 15_000)).toBe(true);
    const second = performance.now() - started - first;
    console.log(
      `[figures] keep-alive: anonymous POST /experimenten/nieuw 300 KB → 302 in ${first.toFixed(0)} ms; GET /healthz on the same connection ${second.toFixed(0)} ms later`,
    );
    expect((c.text().match(/HTTP\/1\.1 /g) ?? []).length).toBe(2);
    c.socket.destroy();
  });

  test('POST /login with a 5 MB body written in full before reading gets the 413 and its message, then Connection: close', async () => {
    const c = rawConnection();
    await c.connected;
    const host = new URL(baseURL()).host;
    const body = `email=${'x'.repeat(5 * 1024 * 1024)}`;
    c.socket.pause(); // this client reads nothing before its body is out
    const written = new Promise<void>((r) =>
      c.socket.write(
        `POST /login HTTP/1.1\r\nHost: ${host}\r\nOrigin: http://${host}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
        () => r(),
      ),
    );
    await written;
    c.socket.resume();
    expect(await c.until((t) => t.includes('The request is too large.'), 10_000)).toBe(true);
    expect(c.text()).toMatch(/^HTTP\/1\.1 413/);
    expect(c.text()).toMatch(/Connection: close/i);
    c.socket.destroy();
  });
});

describe('item 6: the reference import refuses impossible values and answers its size limit in its own words', () => {
  const header = 'reeks;naam;indicator;bron;tabel;opgehaald;eenheid;periode;waarde';
  const line = (over: Partial<Record<'naam' | 'opgehaald' | 'eenheid' | 'periode' | 'waarde', string>>) =>
    [
      'test-reeks',
      over.naam ?? 'Test',
      '',
      'CBS',
      'Tabel 1',
      over.opgehaald ?? '2026-10-15',
      over.eenheid ?? 'percent',
      over.periode ?? '2026-Q1',
      over.waarde ?? '50',
    ].join(';');

  async function importFile(content: Buffer, intent = 'check') {
    const cookie = await signIn(DEMO_USERS.manager);
    const form = multipart({ intent }, { name: 'referenties.csv', content });
    return post('/referenties', form.body, { Cookie: cookie, 'Content-Type': form.contentType });
  }

  test('POST /referenties (check) with a 400-digit number, 250 %, -250 %, period 0000-Q1, date 2026-02-31 and a 10,000-character name: 400, one clear message each', async () => {
    const csv = [
      header,
      line({ waarde: '9'.repeat(400) }).replace('test-reeks', 'reeks-a'),
      line({ waarde: '250' }).replace('test-reeks', 'reeks-b'),
      line({ waarde: '-250' }).replace('test-reeks', 'reeks-c'),
      line({ periode: '0000-Q1' }).replace('test-reeks', 'reeks-d'),
      line({ opgehaald: '2026-02-31' }).replace('test-reeks', 'reeks-e'),
      line({ naam: 'n'.repeat(10_000) }).replace('test-reeks', 'reeks-f'),
    ].join('\n');
    const res = await importFile(Buffer.from(csv));
    expect(res.status).toBe(400);
    const text = textOf(res.text);
    expect(text).toContain(
      `Waarde ‘${'9'.repeat(40)}…’ kan niet voor eenheid ‘percent’: het moet liggen tussen 0 en 100.`,
    );
    expect(text).toContain('Waarde ‘250’ kan niet voor eenheid ‘percent’: het moet liggen tussen 0 en 100.');
    expect(text).toContain('Waarde ‘-250’ kan niet voor eenheid ‘percent’: het moet liggen tussen 0 en 100.');
    expect(text).toContain(`Periode ‘0000-Q1’ ligt buiten de jaren 2015 tot en met ${lastYear()}.`);
    expect(text).toContain('Ophaaldatum ‘2026-02-31’ bestaat niet.');
    expect(text).toContain('Kolom ‘naam’ is langer dan 200 tekens.');
    expect(text).not.toContain('n'.repeat(300));
  });

  test('POST /referenties (check) with malformed UTF-8 gets 400 "geen geldige UTF-8-tekst"', async () => {
    const bytes = Buffer.concat([
      Buffer.from(`${header}\n${line({ naam: 'Caf' })}`),
      Buffer.from([0xc3, 0x28]),
    ]);
    const res = await importFile(bytes);
    expect(res.status).toBe(400);
    expect(textOf(res.text)).toContain('Het bestand is geen geldige UTF-8-tekst.');
  });

  const tooLarge = 'Het bestand is groter dan 2 MB.';

  test("POST /referenties (check) with a 2.5 MB file gets 413 with the form's own message, nothing stored", async () => {
    const rows = [header, ...Array.from({ length: 2600 }, () => `# ${'x'.repeat(1000)}`)];
    const res = await importFile(Buffer.from(rows.join('\n')));
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(textOf(res.text)).toContain(tooLarge);
  });

  test("POST /referenties (apply) with a 2.5 MB csv field gets 413 with the form's own message", async () => {
    const cookie = await signIn(DEMO_USERS.manager);
    const csv = `${header}\n${'x;'.repeat(1.25 * 1024 * 1024)}`;
    const res = await post(
      '/referenties',
      new URLSearchParams({ intent: 'apply', csv, token: 'x' }).toString(),
      {
        Cookie: cookie,
      },
    );
    expect(res.status).toBe(413);
    expect(textOf(res.text)).toContain(tooLarge);
  });

  test("POST /referenties (check) with a 7.5 MB file, above the route's 7 MB limit, gets 413 with the form's own message, not a plain-text 413", async () => {
    const res = await importFile(Buffer.alloc(7.5 * 1024 * 1024, 0x61));
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(textOf(res.text)).toContain(tooLarge);
  });

  test("POST /referenties (check) with a 454 KB and an 840 KB file: checked (not refused by size), and the 454 KB file's apply is not a bare 413", async () => {
    // lines of ≈ 230 bytes (a long series name), so that 840 KB stays under the 5,000 lines a file may have
    const rows = (bytes: number) => {
      const out = [header];
      let length = header.length;
      for (let i = 0; length < bytes; i++) {
        const month = `${2016 + (i % 10)}-${String((Math.floor(i / 10) % 12) + 1).padStart(2, '0')}`;
        const text = line({ periode: month, naam: `Landelijke reeks ${'n'.repeat(150)}` }).replace(
          'test-reeks',
          `reeks-${Math.floor(i / 120)}`,
        );
        out.push(text);
        length += text.length + 1;
      }
      return out.join('\n');
    };
    const small = rows(454 * 1024);
    const check = await importFile(Buffer.from(small));
    expect(check.status).toBe(200);
    const big = await importFile(Buffer.from(rows(840 * 1024)));
    expect(big.status).toBe(200);
    expect(textOf(big.text)).not.toContain(tooLarge);
    const cookie = await signIn(DEMO_USERS.manager);
    const apply = await post(
      '/referenties',
      new URLSearchParams({ intent: 'apply', csv: small, token: 'stale' }).toString(),
      { Cookie: cookie },
    );
    expect(apply.headers['content-type']).toMatch(/text\/html/);
    expect(apply.status).not.toBe(413);
  });
});

describe("item 7: Retry-After on the throttles' 429 over HTTP", () => {
  test('POST /login with a wrong password six times: the sixth gets 429 with Retry-After', async () => {
    const email = DEMO_USERS.coordinatorB;
    let last: Answer | null = null;
    for (let i = 0; i < 6; i++)
      last = await post('/login', new URLSearchParams({ email, password: 'fout-wachtwoord-123' }).toString());
    expect(last!.status).toBe(429);
    expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
  });

  test('POST /wachtwoord with a wrong current password six times: the sixth gets 429 with Retry-After', async () => {
    const cookie = await signIn(DEMO_USERS.manager2);
    let last: Answer | null = null;
    for (let i = 0; i < 6; i++)
      last = await post(
        '/wachtwoord',
        new URLSearchParams({
          currentPassword: 'fout-wachtwoord-123',
          newPassword: 'een-nieuw-zeldzaam-wachtwoord-77',
          confirmPassword: 'een-nieuw-zeldzaam-wachtwoord-77',
        }).toString(),
        { Cookie: cookie },
      );
    expect(last!.status).toBe(429);
    expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
  });
});
