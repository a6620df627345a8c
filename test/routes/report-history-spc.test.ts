/**
 * Control charts in a region's report history (issue 23, item 4): the list of a region's monthly
 * reports shows the control chart of one indicator or outcome rate (?spc=code) over the 36 months
 * up to its newest report, limits from the region's baseline, the same computation as the
 * region page. Its coordinator sees their own region's months, drafts included; another region's
 * coordinator and reviewers get no page at all (403, on the server).
 *
 * On figures this file writes itself (Zeeland's newest report is October 2026, so the chart runs
 * 2023-11 … 2026-10): Zeeland has 12,000 children (1,000 child-years a month), its baseline is 2023-11 …
 * 2024-10 with 10 new measures in each month:
 *   centre ū = 120 / 12,000 = 0.01 → 100 per 10,000; σ = √(0.01 / 1,000) = 0.0031623 → 31.623;
 *   limits 100 ± 3σ = 5.13 … 194.87 (the baseline months are equal: no Laney widening).
 * October 2026, still a draft: 25 new measures → 250 per 10,000, above the upper limit.
 */
import { describe, expect, test } from 'vitest';
import * as listRoute from '#app/routes/_app.regios.$region.rapportages/route';
import * as regionRoute from '#app/routes/_app.regios.$region._index/route';
import { INDICATORS } from '#app/domain/indicators';
import { periodRange } from '#app/domain/periods';
import { callRoute } from '#test/call-route';
import { setToday } from '#test/clock';
import type { DemoUser } from '#test/demo-users';
import { setupTestDatabase } from '#test/db';

const db = setupTestDatabase('seeded');
const sql = db.$client;
const region = sql.prepare(`select id, slug from regions where slug = 'zeeland'`).get() as {
  id: number;
  slug: string;
};
sql
  .prepare(`update regions set baseline_from = '2023-11', baseline_to = '2024-10' where id = ?`)
  .run(region.id);
sql.prepare('delete from region_scopes where region_id = ?').run(region.id);
// a typed scope only: without municipalities the rates take no CBS population (issue 24)
sql
  .prepare(
    'delete from region_municipalities where set_id in (select id from region_municipality_sets where region_id = ?)',
  )
  .run(region.id);
sql.prepare('delete from region_municipality_sets where region_id = ?').run(region.id);
sql
  .prepare(
    `insert into region_scopes (region_id, effective_from, municipalities, children, source) values (?, '2015-01', '[]', 12000, 'test')`,
  )
  .run(region.id);
const setValue = sql.prepare(
  `insert into report_values (report_id, element_code, value) values (?, ?, ?)
   on conflict (report_id, element_code) do update set value = excluded.value`,
);
const reportOf = sql.prepare('select id from reports where region_id = ? and period = ?');
for (const p of periodRange('2023-11', '2024-10')) {
  const report = reportOf.get(region.id, p) as { id: number };
  sql.prepare(`update reports set status = 'goedgekeurd' where id = ?`).run(report.id);
  setValue.run(report.id, 'measures_new', 10);
}
const october = reportOf.get(region.id, '2026-10') as { id: number };
sql.prepare(`update reports set status = 'concept' where id = ?`).run(october.id);
setValue.run(october.id, 'measures_new', 25);

type List = Awaited<ReturnType<typeof listRoute.loader>>;
const history = (as: DemoUser | (string & {}), spc = '', slug = region.slug) => {
  setToday();
  return callRoute<List>(listRoute, {
    url: `/regios/${slug}/rapportages${spc ? `?spc=${spc}` : ''}`,
    as,
    params: { region: slug },
  });
};

describe('control charts in a region’s report history', () => {
  test('its coordinator: the u-chart of new measures per 10,000 with the draft October outside the limits', async () => {
    const res = await history('coordinator.zeeland', 'measures_rate');
    expect(res.status).toBe(200);
    const { code, result } = res.data.spc!;
    expect(code).toBe('measures_rate');
    expect(result.kind).toBe('u');
    expect(result.points).toHaveLength(36);
    expect(result.points[0]!.period).toBe('2023-11');
    for (const p of result.points.slice(0, 12)) {
      expect(p.baseline).toBe(true);
      expect(p.value).toBeCloseTo(100, 10);
    }
    const sigma = Math.sqrt(0.01 / 1000) * 10_000;
    const oct = result.points[35]!;
    expect(oct.period).toBe('2026-10');
    expect(oct.value).toBeCloseTo(250, 10);
    expect(oct.centre).toBeCloseTo(100, 10);
    expect(oct.upper).toBeCloseTo(100 + 3 * sigma, 8);
    expect(oct.lower).toBeCloseTo(100 - 3 * sigma, 8);
    expect(oct.rules).toEqual(['outside']);
    expect(oct.variation).toBe('neither');
    expect(res.data.baseline).toMatchObject({ from: '2023-11', to: '2024-10' });
  });

  test('the same chart as the region page draws for the same months (one computation)', async () => {
    const own = (await history('manager', 'measures_rate')).data.spc!.result;
    const page = await callRoute<Awaited<ReturnType<typeof regionRoute.loader>>>(regionRoute, {
      url: `/regios/${region.slug}?period=2026-Q3&spc=measures_rate`,
      as: 'manager',
      params: { region: region.slug },
    });
    // the region page's chart for 2026-Q3 runs 2023-10 … 2026-09: both show 2023-11 … 2026-09
    const both = page.data.spc!.result.points.slice(1);
    expect(both[0]!.period).toBe('2023-11');
    expect(own.points.slice(0, 35)).toEqual(both);
  });

  test('without a choice: the first indicator that has a control chart, 36 months', async () => {
    const { data } = await history('coordinator.zeeland', 'no_such_code');
    const first = INDICATORS.find((i) => i.formula.kind !== 'register')!;
    expect(data.spc!.code).toBe(first.code);
    expect(data.spc!.result.points.map((p) => p.period).slice(-1)).toEqual(['2026-10']);
    expect(data.spc!.result.points).toHaveLength(36);
  });

  test('months not yet reported do not end the chart empty: in March 2027 it still ends with the newest report, October 2026', async () => {
    setToday('2027-03-10T09:00:00.000Z');
    const res = await callRoute<List>(listRoute, {
      url: `/regios/${region.slug}/rapportages?spc=measures_rate`,
      as: 'coordinator.zeeland',
      params: { region: region.slug },
    });
    const points = res.data.spc!.result.points;
    expect([points[0]!.period, points[35]!.period]).toEqual(['2023-11', '2026-10']);
    expect(points[35]!.value).toBeCloseTo(250, 10);
  });

  test('another region’s coordinator and a reviewer get 403, no chart', async () => {
    expect((await history('coordinator.utrecht', 'measures_rate')).status).toBe(403);
    expect((await history('reviewer', 'measures_rate')).status).toBe(403);
  });

  test('a draft of the own region counts for its coordinator only: Utrecht’s coordinator on the region page sees no October value', async () => {
    // the region page is open to every figure reader; months of other regions' drafts are not theirs
    setToday();
    const page = await callRoute<Awaited<ReturnType<typeof regionRoute.loader>>>(regionRoute, {
      url: `/regios/${region.slug}?period=2026-Q4&spc=measures_rate`,
      as: 'coordinator.utrecht',
      params: { region: region.slug },
    });
    const oct = page.data.spc!.result.points.find((p) => p.period === '2026-10')!;
    expect(oct.value).toBeNull();
  });
});
