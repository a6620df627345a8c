import { describe, expect, test } from 'vitest';
import { loader as overview } from '../../app/routes/_app.overzicht/route';
import { loader as compare } from '../../app/routes/_app.vergelijken/route';
import { setupTestDatabase } from '../db';
import { getRequest, sessionCookieFor, settle } from '../requests';

setupTestDatabase('seeded');
const demo = (who: string) => `${who}@demo.proeftuinmonitor.nl`;
const call = async (run: typeof overview, email: string, url: string, params = {}) => {
  const cookie = await sessionCookieFor(email);
  return settle(() => run({ request: getRequest(url, cookie), params, context: {} }));
};

describe('overview', () => {
  test('opens on 2026-Q3 with the previous quarter for the change, and the status of 2026-10', async () => {
    const res = await call(overview, demo('reviewer'), '/overzicht');
    const d = res.response as Awaited<ReturnType<typeof overview>>;
    expect(d.period).toBe('2026-Q3');
    expect(d.previous?.bucket).toBe('2026-Q2');
    expect(d.current?.regions).toHaveLength(6);
    expect(d.statusMonth).toBe('2026-10');
    expect(d.status.map((s) => s.status).sort()).toEqual([
      'concept',
      'concept',
      'goedgekeurd',
      'goedgekeurd',
      'ingediend',
      'ingediend',
    ]);
    expect(d.thresholds).toEqual({ smallCount: 5, smallDenominator: 10 });
  });

  test('an admin is refused and a bad period is 400', async () => {
    expect((await call(overview, demo('admin'), '/overzicht')).status).toBe(403);
    expect((await call(overview, demo('manager1'), '/overzicht?period=2026-Q9')).status).toBe(400);
  });
});

describe('compare', () => {
  test('defaults to the four quarters up to 2026-Q3 with a bar per region over the whole range', async () => {
    const res = await call(compare, demo('manager1'), '/vergelijken?what=triage_on_time');
    const d = res.response as Awaited<ReturnType<typeof compare>>;
    expect(d.result?.periods).toEqual(['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3']);
    expect(d.result?.range).toBe('2025-10..2026-09');
    expect(d.result?.bars.regions).toHaveLength(6);
    expect(d.result?.target).toBe(95);
  });

  test('a range typed in quarters is converted when months are chosen', async () => {
    const res = await call(
      compare,
      demo('manager1'),
      '/vergelijken?what=simple&grain=month&from=2026-Q3&to=2026-Q3',
    );
    const d = res.response as Awaited<ReturnType<typeof compare>>;
    expect(d.result?.periods).toEqual(['2026-07', '2026-08', '2026-09']);
    expect(d.result?.target).toBeNull();
  });

  test('an unknown indicator or a reversed range is 400', async () => {
    expect((await call(compare, demo('manager1'), '/vergelijken?what=nope')).status).toBe(400);
    expect((await call(compare, demo('manager1'), '/vergelijken?from=2026-Q3&to=2026-Q1')).status).toBe(400);
  });
});
