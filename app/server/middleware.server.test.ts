import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { requestContextStorage } from '#app/utils/request-context.server';
import {
  bodyLimit,
  DRAIN_MAX_BYTES,
  drainUnreadBody,
  healthCheck,
  originCheck,
  requestLogger,
  securityHeaders,
} from './middleware.server';
import { Writable } from 'node:stream';
import { createLogger, logRequestError, safeMessage } from '#app/utils/logger.server';
import { monthsOfQuarter, parsePeriod } from '#app/domain/periods';
import net from 'node:net';
import { BODY_LIMITS } from '#app/utils/request-limits';
import http from 'node:http';

/** What the logger wrote, one parsed JSON line each. */
const lines: Record<string, unknown>[] = [];
const raw: string[] = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, callback) {
    for (const line of chunk.toString().split('\n').filter(Boolean)) {
      raw.push(line);
      lines.push(JSON.parse(line) as Record<string, unknown>);
    }
    callback();
  },
});
const log = createLogger(sink);
let server: Server;
let base: string;
let healthy = true;

beforeAll(async () => {
  const app = express();
  app.use(requestLogger(log));
  app.use(securityHeaders({ production: true }));
  app.get(
    '/healthz',
    healthCheck(() => {
      if (!healthy) throw new Error('database is closed');
    }),
  );
  app.use(drainUnreadBody);
  app.use(bodyLimit());
  app.use(originCheck);
  app.post(['/login', '/regios/utrecht/import', '/experimenten/nieuw'], (req, res) => {
    let bytes = 0;
    req.on('data', (c: Buffer) => (bytes += c.length));
    req.on('end', () => res.type('text/plain').send(`read ${bytes}`));
  });
  // answers before it reads a byte of the body, as the app's redirect to the login page does
  app.post('/early', (_req, res) => res.redirect(302, '/login'));
  app.all('/echo', (_req, res) => {
    const store = requestContextStorage().getStore();
    if (store) store.userId = 42;
    res.type('text/plain').send(`nonce:${res.locals.cspNonce as string}`);
  });
  await new Promise<void>((resolve) => {
    server = app.listen(0, '127.0.0.1', () => resolve());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('security headers', () => {
  test('every response carries CSP with a fresh nonce, frame-ancestors none and the other headers', async () => {
    const a = await fetch(`${base}/echo`);
    const b = await fetch(`${base}/echo`);
    const csp = a.headers.get('content-security-policy')!;
    const nonce = (await a.text()).replace('nonce:', '');
    expect(nonce).toMatch(/^[A-Za-z0-9+/=]{24}$/);
    expect(csp).toContain(`script-src 'self' 'nonce-${nonce}'`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("script-src 'self' 'unsafe-inline'");
    expect(b.headers.get('content-security-policy')).not.toBe(csp);
    expect(a.headers.get('referrer-policy')).toBe('same-origin');
    expect(a.headers.get('x-content-type-options')).toBe('nosniff');
    expect(a.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(a.headers.get('x-powered-by')).toBeNull();
  });
});

describe('origin check', () => {
  test('a POST from this site passes', async () => {
    const host = new URL(base).host;
    const res = await fetch(`${base}/echo`, { method: 'POST', headers: { Origin: `http://${host}` } });
    expect(res.status).toBe(200);
  });

  test('a POST from another site, or without Origin and Referer, is refused with 403', async () => {
    const other = await fetch(`${base}/echo`, {
      method: 'POST',
      headers: { Origin: 'https://evil.example' },
    });
    expect(other.status).toBe(403);
    expect(await other.text()).toContain('Verzoek geweigerd');
    const none = await fetch(`${base}/echo`, { method: 'POST' });
    expect(none.status).toBe(403);
    const nullOrigin = await fetch(`${base}/echo`, { method: 'POST', headers: { Origin: 'null' } });
    expect(nullOrigin.status).toBe(403);
  });

  test('a GET needs no Origin', async () => {
    expect((await fetch(`${base}/echo`)).status).toBe(200);
  });
});

describe('request log (pino-http)', () => {
  test('one JSON line per request with id, user, route, status and duration, and no query string', async () => {
    lines.length = 0;
    await fetch(`${base}/echo?password=geheim`, { headers: { 'X-Request-Id': 'test-request-0001' } });
    await new Promise((r) => setTimeout(r, 20));
    expect(lines).toHaveLength(1);
    expect(Object.keys(lines[0]).filter((k) => k === 'userId')).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 30,
      reqId: 'test-request-0001',
      userId: 42,
      req: { id: 'test-request-0001', method: 'GET', route: '/echo' },
      res: { status: 200 },
      msg: 'request',
    });
    expect(lines[0].durationMs).toEqual(expect.any(Number));
    expect(JSON.stringify(lines[0])).not.toContain('geheim');
  });

  test('a marker in redirectTo, the body, the query string, a header and an error message leaves no trace in the log (defect 9)', async () => {
    lines.length = 0;
    raw.length = 0;
    const marker = 'MARKER7f3a';
    const host = new URL(base).host;
    await fetch(`${base}/echo?redirectTo=/${marker}&q=${marker}`, {
      method: 'POST',
      headers: {
        Origin: `http://${host}`,
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Custom': marker,
        Cookie: `__session=${marker}`,
      },
      body: new URLSearchParams({ email: `${marker}@x.nl`, password: marker, redirectTo: `/\r\n${marker}` }),
    });
    // the error Node's Headers threw for a CR/LF redirectTo quoted the value
    const thrown = new TypeError(`Headers.append: "/\r\n${marker}" is an invalid header value.`);
    logRequestError(
      thrown,
      new Request(`http://localhost/login?redirectTo=${marker}`, { method: 'POST' }),
      log,
    );
    logRequestError(new Error(`Invalid URL: /${marker}/x`), null, log);
    await new Promise((r) => setTimeout(r, 20));
    expect(lines.length).toBe(3);
    expect(raw.join('\n')).not.toContain(marker);
    expect(lines[1]).toMatchObject({
      level: 50,
      method: 'POST',
      route: '/login',
      err: { type: 'TypeError', message: 'Headers.append: … is an invalid header value.' },
    });
    expect((lines[1].err as { stack: string[] }).stack[0]).toMatch(/^at /);
  });
});

describe('health check', () => {
  test('answers 200 while the database answers and 503 when it does not', async () => {
    healthy = true;
    const ok = await fetch(`${base}/healthz`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: 'ok' });
    healthy = false;
    const bad = await fetch(`${base}/healthz`);
    expect(bad.status).toBe(503);
    expect(await bad.json()).toEqual({ status: 'error', message: 'database is closed' });
  });
});

/** A raw request: the test decides the headers, and may send less body than it declares. */
function rawPost(
  path: string,
  headers: Record<string, string>,
  body = '',
): Promise<{ status: number; text: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}${path}`, { method: 'POST', headers }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode!, text, ms: performance.now() - started }));
    });
    req.on('error', reject);
    req.write(body);
    if (!headers['Content-Length']) req.end();
  });
}

describe('body limit (issue 13, defect 1)', () => {
  const origin = () => `http://${new URL(base).host}`;
  test('an anonymous POST /login declaring 100 MB is refused with 413 at once, before a byte of it is read', async () => {
    const res = await rawPost(
      '/login',
      {
        Origin: origin(),
        'Content-Type': 'application/x-www-form-urlencoded',
        'Content-Length': String(100 * 1024 * 1024),
      },
      'email=a&',
    );
    expect(res.status).toBe(413);
    expect(res.text).toContain('te groot');
    expect(res.ms).toBeLessThan(1000); // sending 100 MB would take far longer
  });

  test('the limit depends on the route kind: 16 KB for the login, 512 KB for forms, 7 MB for the import', async () => {
    const post = (path: string, length: number) =>
      fetch(`${base}${path}`, {
        method: 'POST',
        headers: { Origin: origin(), 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'a'.repeat(length),
      });
    expect((await post('/login', BODY_LIMITS.small)).status).toBe(200);
    expect((await post('/login', BODY_LIMITS.small + 1)).status).toBe(413);
    expect((await post('/login.data', BODY_LIMITS.small + 1)).status).toBe(413);
    expect((await post('/experimenten/nieuw', BODY_LIMITS.form)).status).toBe(200);
    expect((await post('/experimenten/nieuw', BODY_LIMITS.form + 1)).status).toBe(413);
    expect(await (await post('/regios/utrecht/import', 3 * 1024 * 1024)).text()).toBe(
      `read ${3 * 1024 * 1024}`,
    );
    const fifty = await rawPost(
      '/regios/utrecht/import',
      {
        Origin: origin(),
        'Content-Type': 'multipart/form-data; boundary=x',
        'Content-Length': String(50 * 1024 * 1024),
      },
      '--x',
    );
    expect(fifty.status).toBe(413);
  });

  test('a chunked body without a declared length is refused with 411', async () => {
    const res = await rawPost(
      '/login',
      {
        Origin: origin(),
        'Content-Type': 'application/x-www-form-urlencoded',
        'Transfer-Encoding': 'chunked',
      },
      'email=a',
    );
    expect(res.status).toBe(411);
  });
});

/** Raw HTTP/1.1 on one socket: what comes back, and whether the server closed it. */
function rawSocket() {
  const url = new URL(base);
  const socket = net.connect(Number(url.port), url.hostname);
  let received = '';
  let closed = false;
  socket.on('data', (d: Buffer) => (received += d.toString('latin1')));
  socket.on('error', () => (closed = true));
  socket.on('close', () => (closed = true));
  return {
    socket,
    text: () => received,
    async until(predicate: (text: string) => boolean, ms = 5000) {
      const deadline = Date.now() + ms;
      while (Date.now() < deadline && !predicate(received) && !closed)
        await new Promise((r) => setTimeout(r, 10));
      return predicate(received);
    },
  };
}

describe('an answer before the body is read (issue 22 item 5)', () => {
  const host = () => new URL(base).host;

  test('POST /early of 300 KB on a keep-alive connection is answered, and the next request on it too', async () => {
    const c = rawSocket();
    const body = 'a'.repeat(300 * 1024);
    c.socket.write(
      `POST /early HTTP/1.1\r\nHost: ${host()}\r\nOrigin: http://${host()}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
    );
    expect(await c.until((t) => t.startsWith('HTTP/1.1 302'))).toBe(true);
    c.socket.write(`GET /echo HTTP/1.1\r\nHost: ${host()}\r\nConnection: close\r\n\r\n`);
    expect(await c.until((t) => t.includes('nonce:'))).toBe(true);
    expect(c.text().match(/HTTP\/1\.1 /g)).toHaveLength(2);
    c.socket.destroy();
  });

  test('POST /login of 5 MB written in full before reading: the client reads the 413 and its message, then the server closes', async () => {
    const c = rawSocket();
    const body = 'a'.repeat(5 * 1024 * 1024);
    c.socket.pause(); // this client reads nothing before its body is out
    await new Promise<void>((resolve) =>
      c.socket.write(
        `POST /login HTTP/1.1\r\nHost: ${host()}\r\nOrigin: http://${host()}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
        () => resolve(),
      ),
    );
    c.socket.resume();
    expect(await c.until((t) => t.includes('The request is too large.'))).toBe(true);
    expect(c.text()).toMatch(/^HTTP\/1\.1 413/);
    expect(c.text()).toMatch(/Connection: close/i);
    c.socket.destroy();
  });

  test('a body larger than the drain allows is cut off once the answer is out', async () => {
    const c = rawSocket();
    c.socket.on('error', () => undefined);
    c.socket.write(
      `POST /login HTTP/1.1\r\nHost: ${host()}\r\nOrigin: http://${host()}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${DRAIN_MAX_BYTES * 4}\r\n\r\n`,
    );
    expect(await c.until((t) => t.includes('The request is too large.'))).toBe(true);
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    let closed = false;
    c.socket.on('close', () => (closed = true));
    for (let i = 0; i < 20 && !closed; i++) {
      c.socket.write(chunk);
      await new Promise((r) => setTimeout(r, 20));
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(closed).toBe(true);
  });
});

describe('error messages in the log (issue 22 item 4)', () => {
  test('"Not a period: 2023-01 <text>" is logged as "Not a period: …", and the app\'s own errors quote nothing', () => {
    const marker = 'MARKER-5e1b';
    expect(safeMessage(`Not a period: 2023-01 <${marker}>`)).toBe('Not a period: …');
    expect(safeMessage('UNIQUE constraint failed: users.email')).toBe('UNIQUE constraint failed: …');
    expect(() => parsePeriod(`2023-01 ${marker}`)).toThrow(/^Not a period \(\d+ characters\)$/);
    expect(() => monthsOfQuarter(`2023-Q1 ${marker}`)).toThrow(/^Not a quarter \(\d+ characters\)$/);
  });
});
