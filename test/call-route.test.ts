import { data } from '@remix-run/node';
import { describe, expect, test } from 'vitest';
import { callRoute } from './call-route';
import { setupTestDatabase } from './db';
import { DEMO_USERS } from './demo-users';
import { SEED_REGIONS } from '#seeds/regions';

setupTestDatabase('seeded');

/** A route module that answers with what it received. */
const echo = {
  loader: async ({ request }: { request: Request }) =>
    Response.json({ method: request.method, cookie: request.headers.get('Cookie') }),
  action: async ({ request }: { request: Request }) =>
    Response.json({
      method: request.method,
      type: request.headers.get('Content-Type'),
      origin: request.headers.get('Origin'),
      body: await request.text(),
    }),
};

describe('callRoute', () => {
  test('a GET as a demo user carries that user’s session and the extra cookie', async () => {
    const res = await callRoute<{ method: string; cookie: string }>(echo, {
      url: '/x',
      as: 'manager',
      cookie: 'lang=en',
    });
    expect(res.status).toBe(200);
    expect(res.data.method).toBe('GET');
    expect(res.data.cookie).toMatch(/^__session=[^;]+; lang=en$/);
  });

  test('a form posts url-encoded fields (repeated for arrays) with the same Origin', async () => {
    const res = await callRoute<Record<string, string>>(echo, { url: '/x', form: { a: '1', b: ['2', '3'] } });
    expect(res.data).toEqual({
      method: 'POST',
      type: 'application/x-www-form-urlencoded',
      origin: 'http://localhost',
      body: 'a=1&b=2&b=3',
    });
  });

  test('a raw body is posted as given, and headers replace the defaults', async () => {
    const res = await callRoute<Record<string, string>>(echo, {
      url: '/x',
      body: 'x[100000000]=a',
      headers: { Origin: 'http://evil.example' },
    });
    expect(res.data).toEqual({
      method: 'POST',
      type: 'application/x-www-form-urlencoded',
      origin: 'http://evil.example',
      body: 'x[100000000]=a',
    });
  });

  test('a data() reply gives its value, its status and its headers; the context reaches the route', async () => {
    const route = {
      action: async ({ context }: { context: { clientIp?: string } }) =>
        data({ ip: context.clientIp }, { status: 429, headers: { 'Retry-After': '60' } }),
    };
    const res = await callRoute<{ ip: string }>(route, {
      url: '/x',
      form: {},
      context: { clientIp: '192.0.2.1' },
    });
    expect([res.status, res.data, res.headers.get('Retry-After')]).toEqual([429, { ip: '192.0.2.1' }, '60']);
  });

  test('every seeded region has its coordinator among the demo users, as coordinator.<slug>', () => {
    const coordinators = Object.entries(DEMO_USERS).filter(([key]) => key.startsWith('coordinator.'));
    expect(coordinators).toEqual(
      SEED_REGIONS.map((r) => [`coordinator.${r.slug}`, `coordinator.${r.slug}@demo.proeftuinmonitor.nl`]),
    );
  });
});
