import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { requestContextStorage } from '~/utils/request-context.server';
import { healthCheck, originCheck, requestLogger, securityHeaders, type LogLine } from './middleware.server';

const lines: LogLine[] = [];
let server: Server;
let base: string;
let healthy = true;

beforeAll(async () => {
  const app = express();
  app.use(requestLogger((l) => lines.push(l)));
  app.use(securityHeaders({ production: true }));
  app.get(
    '/healthz',
    healthCheck(() => {
      if (!healthy) throw new Error('database is closed');
    }),
  );
  app.use(originCheck);
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

describe('request log', () => {
  test('one JSON line per request with id, user, route, status and duration, and no query string', async () => {
    lines.length = 0;
    await fetch(`${base}/echo?password=geheim`, { headers: { 'X-Request-Id': 'test-request-0001' } });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      requestId: 'test-request-0001',
      userId: 42,
      method: 'GET',
      route: '/echo',
      status: 200,
      level: 'info',
    });
    expect(lines[0].durationMs).toBeGreaterThan(0);
    expect(JSON.stringify(lines[0])).not.toContain('geheim');
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
