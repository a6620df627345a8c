/**
 * The demo's CBS data of the pre-pilot years (seeds/cbs.ts, stored as CBS serves them) give a
 * baseline where they should. Every region's baseline is set to 2021-01 … 2022-12 (a baseline lasts at
 * most 24 months). FoodValley's pilot is Ede (26,760 and 26,680 children on 1 January 2021 and
 * 2022); the demo derives Ede's started trajectories from CBS's published national figures × Ede's
 * children × FoodValley's factor 0.95, rounded to 5 as CBS rounds: 2021 45 + 40, 2022 35 + 35 = 155
 * over 26,760 + 26,680 = 53,440 child-years: 29.00 per 10,000 children a year.
 * Utrecht's scope holds small municipalities whose demo figures fall below CBS's threshold: unknown,
 * with the municipalities named.
 */
import { describe, expect, test } from 'vitest';
import * as baselinePage from '#app/routes/_app.regios.$region.basisperiode/route';
import { callRoute } from '#test/call-route';
import { setToday } from '#test/clock';
import { setupTestDatabase } from '#test/db';

const db = setupTestDatabase('seeded');
db.$client.prepare(`update regions set baseline_from = '2021-01', baseline_to = '2022-12'`).run();

const rowOf = async (slug: string) => {
  setToday('2026-10-15');
  const res = await callRoute<Awaited<ReturnType<typeof baselinePage.loader>>>(baselinePage, {
    url: `/regios/${slug}/basisperiode`,
    as: 'manager',
    params: { region: slug },
  });
  expect(res.status).toBe(200);
  return res.data.cbs.rows.find((r) => r.code === 'measures_rate')!;
};

describe('the demo’s CBS baseline before the pilot', () => {
  test('FoodValley (Ede): 155 trajectories over 53,440 child-years in 2021–2022 = 29.00 per 10,000', async () => {
    const { baseline } = await rowOf('foodvalley');
    expect(baseline).toMatchObject({
      periods: ['2021-H1', '2021-H2', '2022-H1', '2022-H2'],
      from: '2021-01',
      to: '2022-12',
      count: 155,
      childYears: 53440,
      provisional: false,
      rounded: true,
      reason: null,
    });
    expect(baseline.value).toBeCloseTo((155 / 53440) * 10000, 10);
  });

  test('Utrecht: the small municipalities’ secret cells make it unknown, named', async () => {
    const { baseline } = await rowOf('utrecht');
    expect(baseline).toMatchObject({ value: null, reason: 'unknown' });
    expect(new Set(baseline.missing.map((m) => m.code))).toEqual(new Set(['GM0335', 'GM0589']));
    expect(baseline.missing.every((m) => m.reason === 'secret')).toBe(true);
  });
});
