/**
 * Control charts for the outcome rates per 10,000 children (issue 23, item 4): on the region page a
 * manager can choose an outcome rate; its chart is a u-chart of each month's new cases over that
 * month's child-years, limits from the region's baseline. On figures this file writes itself: the
 * first region has 12,000 children (1,000 child-years a month) and its baseline is 2023-10 … 2024-09,
 * 10 new measures in each of those months:
 *   centre ū = 120 / 12,000 = 0.01 → 100 per 10,000; σ = √(0.01 / 1,000) = 0.0031623 → 31.623;
 *   limits 100 ± 3σ = 5.13 … 194.87 (the baseline months are equal: no Laney widening).
 * September 2026: 25 new measures → 250 per 10,000, above the upper limit: a special cause, and
 * an outcome has no target, so no direction ("neither").
 */
import { describe, expect, test } from 'vitest';
import * as regionRoute from '#app/routes/_app.regios.$region._index/route';
import { periodRange } from '#app/domain/periods';
import { callRoute } from '#test/call-route';
import type { DemoUser } from '#test/demo-users';
import { setupTestDatabase } from '#test/db';

const db = setupTestDatabase('seeded');
const sql = db.$client;
const region = sql.prepare('select id, slug from regions where active = 1 order by sort_order').get() as {
  id: number;
  slug: string;
};
sql
  .prepare(`update regions set baseline_from = '2023-10', baseline_to = '2024-09' where id = ?`)
  .run(region.id);
sql.prepare('delete from region_scopes where region_id = ?').run(region.id);
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
for (const [p, v] of [
  ...periodRange('2023-10', '2024-09').map((p) => [p, 10] as const),
  ['2026-09', 25] as const,
]) {
  const report = reportOf.get(region.id, p) as { id: number };
  sql.prepare(`update reports set status = 'goedgekeurd' where id = ?`).run(report.id);
  setValue.run(report.id, 'measures_new', v);
}

const page = async (as: DemoUser) =>
  (
    await callRoute<Awaited<ReturnType<typeof regionRoute.loader>>>(regionRoute, {
      url: `/regios/${region.slug}?period=2026-Q3&spc=measures_rate`,
      as,
      params: { region: region.slug },
    })
  ).data;

describe('a control chart of an outcome rate per 10,000 children', () => {
  test('manager: a u-chart over the child-years, limits from the baseline, September 2026 outside', async () => {
    const d = await page('manager');
    expect(d.spc!.code).toBe('measures_rate');
    const r = d.spc!.result;
    expect(r.kind).toBe('u');
    expect(r.points).toHaveLength(36);
    expect(r.points[0]!.period).toBe('2023-10');
    const sigma = Math.sqrt(0.01 / 1000) * 10_000;
    for (const p of r.points.slice(0, 12)) {
      expect(p.baseline).toBe(true);
      expect(p.value).toBeCloseTo(100, 10);
    }
    const sept = r.points[35]!;
    expect(sept.period).toBe('2026-09');
    expect(sept.value).toBeCloseTo(250, 10);
    expect(sept.centre).toBeCloseTo(100, 10);
    expect(sept.upper).toBeCloseTo(100 + 3 * sigma, 8);
    expect(sept.lower).toBeCloseTo(100 - 3 * sigma, 8);
    expect(sept.rules).toContain('outside');
    expect(sept.variation).toBe('neither');
  });

  test('reviewer: no control chart (months are not disclosed)', async () => {
    expect((await page('reviewer')).spc).toBeNull();
  });
});
