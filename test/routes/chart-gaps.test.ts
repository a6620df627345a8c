/**
 * What the line charts are given to tell hidden from unknown (#22) and to draw 95 % bands (#23),
 * as a reviewer's loaders serve it.
 */
import { describe, expect, test } from 'vitest';
import * as compare from '#app/routes/_app.vergelijken/route';
import * as indicatorPage from '#app/routes/_app.indicatoren.$indicator/route';
import { callRoute } from '#test/call-route';
import { setupTestDatabase } from '#test/db';

setupTestDatabase('seeded');
type Data<M extends { loader: (...args: never[]) => unknown }> = Awaited<ReturnType<M['loader']>>;

describe('line chart gaps and bands as a reviewer gets them', () => {
  test('compare page, a principle: hidden where hidden indicators keep it from a score (FoodValley’s learning, as its region page shows)', async () => {
    const { data: d } = await callRoute<Data<typeof compare>>(compare, {
      url: '/vergelijken?what=learning&grain=quarter&from=2025-Q2&to=2026-Q3',
      as: 'reviewer',
    });
    const k = d.regions.findIndex((r) => r.slug === 'foodvalley');
    expect(d.result!.series[k].map((v) => v === null)).toEqual([false, true, false, false, true, false]);
    expect(d.result!.missing![k]).toEqual([null, 'hidden', null, null, 'hidden', null]);
  });

  test('indicator page trend: an interval exactly where a value is shown, none where it is hidden or unknown', async () => {
    const { data: d } = await callRoute<Data<typeof indicatorPage>>(indicatorPage, {
      url: '/indicatoren/reescalation?period=2026-Q3',
      as: 'reviewer',
      params: { indicator: 'reescalation' },
    });
    const t = d.trend;
    t.regions.forEach((values, i) =>
      values.forEach((v, j) => {
        expect(t.intervals[i][j] !== null, `${i} ${j}`).toBe(v !== null);
        if (v === null) expect(t.missing[i][j]).not.toBeNull();
        else expect(t.intervals[i][j]!.lower <= v && v <= t.intervals[i][j]!.upper).toBe(true);
      }),
    );
    const foodvalley = d.regions.findIndex((r) => r.slug === 'foodvalley');
    expect(t.missing[foodvalley][3]).toBe('hidden');
    expect(t.intervals[foodvalley][3]).toBeNull();
  });
});
