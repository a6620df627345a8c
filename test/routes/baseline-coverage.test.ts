/**
 * Baselines that stay visible (issue 23, item 6), on figures this file writes itself. Every region's
 * baseline is 2023; every month triages 10 families (simple), and triaged on time:
 *   region 1: 4 a month, April 2023 unknown → 11 of 12 months: 44 of 110 = 40 %;
 *   region 2: 6 a month, January–April 2023 unknown → 8 of 12 months: below the minimum of 9, unknown;
 *   regions 3–6: 5 a month → 60 of 120 = 50 %.
 * In 2026-Q3 (10 a month triaged): region 1 7 a month (21 of 30), region 2 8 (24 of 30), regions 3–6
 * 6 (18 of 30); region 6's August unknown, so its 2026-Q3 is unknown.
 *
 * Like with like: the programme's change against the baseline counts regions 1, 3, 4, 5 only —
 *   now (21 + 3 × 18) / 120 = 75 / 120 = 62.5 %; baseline (44 + 3 × 60) / (110 + 3 × 120) = 224 / 470.
 * A reviewer sees quarters rounded to 5: region 1's Q1, Q3, Q4 12 → 10 of 30 (Q2 unknown): 30 of 90,
 * 9 months, enough; region 2 has Q3 and Q4 only (6 months): unknown; regions 3–6 15 of 30 a quarter.
 * Now: 21 → 20 and 18 → 20 of 30. Matched: now 80 / 120; baseline (30 + 180) / (90 + 360) = 210 / 450.
 *
 * The outcome rate of new measures in region 1: 2 a month, April 2023 unknown, 12,000 children in
 * scope: 22 over 11 months = 22 / 11,000 child-years × 10,000 = 20 per 10,000 a year.
 */
import { describe, expect, test } from 'vitest';
import * as indicatorRoute from '#app/routes/_app.indicatoren.$indicator/route';
import * as regionRoute from '#app/routes/_app.regios.$region._index/route';
import { periodRange } from '#app/domain/periods';
import { callRoute } from '#test/call-route';
import type { DemoUser } from '#test/demo-users';
import { setupTestDatabase } from '#test/db';

const db = setupTestDatabase('seeded');
const sql = db.$client;

const regions = sql.prepare('select id, slug from regions where active = 1 order by sort_order').all() as {
  id: number;
  slug: string;
}[];
const [r1, r2, r3, r4, r5, r6] = regions.map((r) => r.id);
sql.prepare(`update regions set baseline_from = '2023-01', baseline_to = '2023-12'`).run();
const setValue = sql.prepare(
  `insert into report_values (report_id, element_code, value) values (?, ?, ?)
   on conflict (report_id, element_code) do update set value = excluded.value`,
);
const reportOf = sql.prepare('select id from reports where region_id = ? and period = ?');
function write(regionId: number, period: string, values: Record<string, number | null>) {
  const report = reportOf.get(regionId, period) as { id: number };
  sql.prepare(`update reports set status = 'goedgekeurd' where id = ?`).run(report.id);
  for (const [code, value] of Object.entries(values)) setValue.run(report.id, code, value);
}
const triage = (onTime: number | null) => ({
  triage_on_time: onTime,
  triage_simple: 10,
  triage_complex: 0,
  triage_multi_complex: 0,
});
regions.forEach((r, k) => {
  for (const p of periodRange('2023-01', '2023-12')) {
    const onTime = k === 0 ? (p === '2023-04' ? null : 4) : k === 1 ? (p <= '2023-04' ? null : 6) : 5;
    write(r.id, p, { ...triage(onTime), ...(k === 0 ? { measures_new: p === '2023-04' ? null : 2 } : {}) });
  }
  for (const p of periodRange('2026-07', '2026-09'))
    write(r.id, p, triage(k === 0 ? 7 : k === 1 ? 8 : k === 5 && p === '2026-08' ? null : 6));
});
sql.prepare('delete from region_scopes where region_id = ?').run(r1);
sql
  .prepare(
    `insert into region_scopes (region_id, effective_from, municipalities, children, source) values (?, '2015-01', '[]', 12000, 'test')`,
  )
  .run(r1);

async function indicatorPage(as: DemoUser) {
  return (
    await callRoute<Awaited<ReturnType<typeof indicatorRoute.loader>>>(indicatorRoute, {
      url: '/indicatoren/triage_on_time?period=2026-Q3',
      as,
      params: { indicator: 'triage_on_time' },
    })
  ).data;
}

describe('a region’s baseline uses the months it has', () => {
  test('manager: one unknown month leaves 11 months (44 of 110 = 40 %); 8 of 12 is below the minimum: unknown, named', async () => {
    const d = await indicatorPage('manager');
    const b = (id: number) => d.baselines.regions.find((r) => r.regionId === id)!;
    expect(b(r1)).toMatchObject({ value: 40, coverage: { known: 11, total: 12, minimum: 9 } });
    expect(b(r2)).toMatchObject({ value: null, coverage: { known: 8, total: 12, minimum: 9 } });
    expect(b(r3)).toMatchObject({ value: 50, coverage: { known: 12, total: 12, minimum: 9 } });
    // Σ over the regions with a baseline: 44 + 4 × 60 = 284 of 110 + 4 × 120 = 590
    expect(d.baselines.total).toEqual({
      value: (284 / 590) * 100,
      numerator: 284,
      denominator: 590,
      excluded: [{ regionId: r2, reason: 'coverage' }],
    });
  });

  test('reviewer: whole rounded quarters, 3 of 4 suffice (30 of 90); 2 of 4 do not', async () => {
    const d = await indicatorPage('reviewer');
    const b = (id: number) => d.baselines.regions.find((r) => r.regionId === id)!;
    expect(b(r1).value).toBeCloseTo((30 / 90) * 100, 10);
    expect(b(r1).coverage).toEqual({ known: 9, total: 12, minimum: 9 });
    expect(b(r2)).toMatchObject({ value: null, coverage: { known: 6, total: 12, minimum: 9 } });
    expect(b(r4).value).toBe(50);
  });

  test('region page: the indicator’s baseline and its months; the outcome rate over 11 months (20 per 10,000)', async () => {
    const { data } = await callRoute<Awaited<ReturnType<typeof regionRoute.loader>>>(regionRoute, {
      url: `/regios/${regions[0].slug}?period=2026-Q3`,
      as: 'manager',
      params: { region: regions[0].slug },
    });
    expect(data.baseline.card.indicators.triage_on_time.value).toBe(40);
    expect(data.baseline.coverage.triage_on_time).toEqual({ known: 11, total: 12, minimum: 9 });
    const measures = data.outcomes.regions[0].lines.find((l) => l.code === 'measures_rate')!;
    expect(measures.baseline).toBeCloseTo(20, 10);
    expect(measures.baselineCoverage).toEqual({ known: 11, total: 12, minimum: 9 });
  });
});

describe('the programme compares like with like', () => {
  test('manager: now and baseline over regions 1, 3, 4, 5; region 2 (baseline) and 6 (now) named', async () => {
    const d = await indicatorPage('manager');
    const m = d.baselines.matched!;
    expect(m.regions).toEqual([r1, r3, r4, r5]);
    expect(m.now).toBeCloseTo(62.5, 10);
    expect(m.baseline).toBeCloseTo((224 / 470) * 100, 10);
    expect(m.difference).toBeCloseTo(62.5 - (224 / 470) * 100, 10);
    expect(m.leftOut).toEqual([
      { regionId: r2, side: 'baseline', reason: 'coverage' },
      { regionId: r6, side: 'now', reason: 'unknown' },
    ]);
  });

  test('reviewer: from rounded cells, 80 of 120 against 210 of 450', async () => {
    const d = await indicatorPage('reviewer');
    const m = d.baselines.matched!;
    expect(m.regions).toEqual([r1, r3, r4, r5]);
    expect(m.now).toBeCloseTo((80 / 120) * 100, 10);
    expect(m.baseline).toBeCloseTo((210 / 450) * 100, 10);
    expect(m.difference).toBeCloseTo(20, 10);
  });
});
