/**
 * Issue 13 against the running production server (scripts/server.ts with the built app): the
 * requests that took it down or led away from it, sent as an attacker would.
 */
import fs from 'node:fs';
import http from 'node:http';
import { describe, expect, test } from 'vitest';
import { demoEmail } from './fixtures';
import { baseURL, DEMO_PASSWORD, serverPid } from './harness';

function rssMb(): number {
  const status = fs.readFileSync(`/proc/${serverPid()}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

function post(
  path: string,
  body: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; ms: number; headers: http.IncomingHttpHeaders; text: string }> {
  const url = new URL(path, baseURL());
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        headers: {
          Origin: url.origin,
          'Content-Type': 'application/x-www-form-urlencoded',
          'Content-Length': String(Buffer.byteLength(body)),
          ...headers,
        },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () =>
          resolve({ status: res.statusCode!, ms: performance.now() - started, headers: res.headers, text }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('defect 1: one anonymous POST no longer takes the server down', () => {
  test('POST /login email=a&password=x&x[100000000]=a: 400 in < 100 ms, memory flat, /healthz answering meanwhile', async () => {
    const crash = 'email=a&password=x&x[100000000]=a';
    await post('/login', crash); // warm-up: the first request loads the route modules
    const before = rssMb();
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
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const res = await post('/login', crash);
      expect(res.status).toBe(400);
      expect(res.text.length).toBeLessThan(50_000); // the error page, not a 30 MB echo of the form
      times.push(res.ms);
    }
    stop = true;
    await prober;
    const after = rssMb();
    console.log(
      `[figures] crash request: 20 × POST /login ${crash}: 400, slowest ${Math.ceil(Math.max(...times))} ms (all: ${times.map((t) => Math.round(t)).join(' ')}); server RSS ${before.toFixed(0)} → ${after.toFixed(0)} MB; /healthz answered ${health.length} times meanwhile, slowest ${Math.ceil(Math.max(...health))} ms`,
    );
    // Wall-clock bounds on a machine other test runs share (load average above 10 at times): on an
    // idle machine every answer comes in well under 100 ms (6–33 ms measured); under load the crash
    // request must cost no more than an ordinary refused login posted alongside it, and no answer
    // may come near the ~100 s the request used to take.
    const ordinary: number[] = [];
    for (let i = 0; i < 20; i++) ordinary.push((await post('/login', 'email=a&password=x')).ms);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    console.log(
      `[figures] crash request median ${median(times).toFixed(0)} ms; an ordinary refused login posted alongside: median ${median(ordinary).toFixed(0)} ms`,
    );
    expect(median(times)).toBeLessThan(Math.max(100, 2 * median(ordinary)));
    expect(Math.max(...times)).toBeLessThan(1000);
    expect(after - before).toBeLessThan(30);
    expect(health.length).toBeGreaterThan(0);
    expect(Math.max(...health)).toBeLessThan(1000);
  });

  test('60,000 repeated email=x fields and a 100 MB anonymous POST: refused in milliseconds', async () => {
    const repeated = Array.from({ length: 60_000 }, () => 'email=x').join('&');
    const a = await post('/login', repeated);
    expect(a.status).toBe(413);
    expect(a.ms).toBeLessThan(200);
    const before = rssMb();
    const url = new URL('/login', baseURL());
    const big = await new Promise<{ status: number; ms: number }>((resolve, reject) => {
      const started = performance.now();
      const req = http.request(
        url,
        {
          method: 'POST',
          headers: {
            Origin: url.origin,
            'Content-Type': 'application/x-www-form-urlencoded',
            'Content-Length': String(100 * 1024 * 1024),
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode!, ms: performance.now() - started }));
        },
      );
      req.on('error', () => undefined); // the server closes the connection while we still send
      req.write(Buffer.alloc(1024 * 1024, 0x61));
      setTimeout(() => req.destroy(), 2000).unref();
      req.on('close', () => reject(new Error('closed without an answer')));
    });
    expect(big.status).toBe(413);
    expect(big.ms).toBeLessThan(200);
    expect(rssMb() - before).toBeLessThan(30);
  });
});

describe('defect 3: redirectTo leads only to paths of this app', () => {
  test('POST /login with redirectTo=/<TAB>/evil.example or CR/LF: Location is the start page, never a 500', async () => {
    for (const redirectTo of [
      '/\t/evil.example',
      '/\r\nSet-Cookie: evil=1',
      '//evil.example',
      '/\\evil.example',
    ]) {
      const body = new URLSearchParams({
        email: demoEmail('manager2'),
        password: DEMO_PASSWORD,
        redirectTo,
      }).toString();
      const res = await post('/login', body);
      expect(res.status, JSON.stringify(redirectTo)).toBe(302);
      expect(res.headers.location).toBe('/te-doen');
      const lang = await post('/taal', new URLSearchParams({ lang: 'nl', redirectTo }).toString());
      expect(lang.status).toBe(302);
      expect(lang.headers.location).toBe('/');
    }
  });
});
