/**
 * "Voor en na" on an experiment's page (issue 23, item 5), on figures this file writes itself (not
 * the demo's), with today 2026-04-10 (the last month with figures 2026-03): Utrecht's experiment
 * started 2025-04-15 and names "analysis on time"; Zeeland runs one on the same indicator (so it is
 * not in the comparison group); FoodValley's on it is still an idea (so it is).
 *
 * Per month (every region): analyses_due = 10.
 *   Utrecht analyses_on_time: 2 a month before the start, 1 in 2024-Q4, 4 after; 2025-08 unknown;
 *     2026-02 not yet approved.
 *   Pool regions: 3 a month before, 5 after; the first one's 2025-11 due is unknown.
 *   Zeeland: 10 a month: it would lift the comparison if it were in it.
 * A manager: before = 2024-04 … 2025-03, after = 2025-05 … 2026-03 (the first whole month after the
 * start on): Utrecht 21 of 120 = 17.5 % → 40 of 100 (10 of 11 months) = 40 %; the pool 144 of 480
 * = 30 % → (50 + 3 × 55) / (100 + 3 × 110) = 215 / 430 = 50 %: DiD (40 − 17.5) − (50 − 30) = 2.5
 * points; 95 % interval by hand (MOVER over Wilson): −10.92 … 15.51, within chance.
 *
 * New measures per 10,000 children (an outcome rate as target), 1,000 children in every region:
 * Utrecht 2 a month before (24 over 1,000 child-years: 240), 1 after (11 over 916.67: 120); every
 * other region 2 before and 3 after (240 → 360): DiD −240.
 */
import { describe, expect, test } from 'vitest';
import * as detail from '#app/routes/_app.experimenten.$id/route';
import { periodRange } from '#app/domain/periods';
import { callRoute, type RouteCall } from '#test/call-route';
import { setupTestDatabase } from '#test/db';
import { setToday } from '#test/clock';

const db = setupTestDatabase('seeded');
const sql = db.$client;
const CODE = 'analysis_on_time';

const regions = sql
  .prepare('select id, slug, name from regions where active = 1 order by sort_order')
  .all() as {
  id: number;
  slug: string;
  name: string;
}[];
const idOf = (slug: string) => regions.find((r) => r.slug === slug)!.id;
const POOL = regions.filter((r) => r.slug !== 'utrecht' && r.slug !== 'zeeland');

// Our own figures: no experiment of the demo names an indicator, no stored reference series for it.
sql.prepare(`update experiments set indicators = '[]'`).run();
sql.prepare(`delete from reference_series where indicator_code = ?`).run(CODE);
const reportOf = sql.prepare('select id from reports where region_id = ? and period = ?');
const setValue = sql.prepare(
  `insert into report_values (report_id, element_code, value) values (?, ?, ?)
   on conflict (report_id, element_code) do update set value = excluded.value`,
);
const months = periodRange('2024-04', '2026-03');
const after = (p: string) => p >= '2025-04';
for (const r of regions)
  for (const p of months) {
    const report = reportOf.get(r.id, p) as { id: number };
    sql.prepare(`update reports set status = 'goedgekeurd' where id = ?`).run(report.id);
    let onTime: number | null;
    let due: number | null = 10;
    if (r.slug === 'utrecht') {
      onTime = after(p) ? 4 : p >= '2024-10' && p <= '2024-12' ? 1 : 2;
      if (p === '2025-08') onTime = null;
    } else if (r.slug === 'zeeland') onTime = 10;
    else {
      onTime = after(p) ? 5 : 3;
      if (r.id === POOL[0].id && p === '2025-11') due = null;
    }
    setValue.run(report.id, 'analyses_on_time', onTime);
    setValue.run(report.id, 'analyses_due', due);
    setValue.run(report.id, 'measures_new', r.slug === 'utrecht' ? (after(p) ? 1 : 2) : after(p) ? 3 : 2);
  }
sql
  .prepare(`update reports set status = 'ingediend' where region_id = ? and period = '2026-02'`)
  .run(idOf('utrecht'));

const insertExperiment = sql.prepare(
  `insert into experiments (region_id, title, principles, themes, partners, status, status_since, start_date, indicators)
   values (?, ?, '["family"]', '[]', '[]', 'lopend', '2025-04-15', ?, ?)`,
);
const EXP = Number(
  insertExperiment.run(idOf('utrecht'), 'Analyse samen met het gezin', '2025-04-15', JSON.stringify([CODE]))
    .lastInsertRowid,
);
insertExperiment.run(idOf('zeeland'), 'Analyse in de wijk', '2025-01-10', JSON.stringify([CODE]));
sql
  .prepare(
    `insert into experiments (region_id, title, principles, themes, partners, status, status_since, start_date, indicators)
     values (?, 'Nog een idee', '["family"]', '[]', '[]', 'idee', '2025-01-01', '2025-01-01', ?)`,
  )
  .run(idOf('foodvalley'), JSON.stringify([CODE]));
const RATE_EXP = Number(
  insertExperiment.run(idOf('utrecht'), 'Minder maatregelen', '2025-04-15', JSON.stringify(['measures_rate']))
    .lastInsertRowid,
);
sql.prepare('delete from region_scopes').run();
// typed scopes only: without municipalities the rates take no CBS population (issue 24)
sql.prepare('delete from region_municipalities').run();
sql.prepare('delete from region_municipality_sets').run();
for (const r of regions)
  sql
    .prepare(
      `insert into region_scopes (region_id, effective_from, municipalities, children, source) values (?, '2015-01', '[]', 1000, 'test')`,
    )
    .run(r.id);
const NO_START = Number(
  insertExperiment.run(idOf('utrecht'), 'Nog te plannen', null, JSON.stringify([CODE])).lastInsertRowid,
);

type Data = Awaited<ReturnType<typeof detail.loader>>;
const page = (as: RouteCall['as'], id = EXP) =>
  callRoute<Data>(detail, { url: `/experimenten/${id}`, as, params: { id: String(id) } });
const effectOf = (d: Data) => d.effects.effects.find((e) => e.code === CODE)!;

describe('voor en na on the experiment page', () => {
  test('manager: pooled months on either side, the pool without running experiments, DiD 2.5 points with its interval', async () => {
    setToday('2026-04-10T09:00:00.000Z');
    const r = await page('manager');
    expect(r.status).toBe(200);
    expect(r.data.effects.window).toEqual({
      grain: 'month',
      before: { from: '2024-04', to: '2025-03' },
      after: { from: '2025-05', to: '2026-03' },
    });
    const e = effectOf(r.data);
    expect(e.effect.region.before).toMatchObject({ numerator: 21, denominator: 120, value: 17.5 });
    expect(e.effect.region.after).toMatchObject({ numerator: 40, denominator: 100, value: 40 });
    expect(e.effect.region.after?.coverage).toEqual({ known: 10, total: 11, minimum: 9 });
    // FoodValley's experiment is an idea: FoodValley stays in the pool; Zeeland's runs: out
    expect(e.effect.pool.used).toEqual(POOL.map((p) => p.id));
    expect(e.effect.pool.leftOut).toEqual([{ regionId: idOf('zeeland'), reason: 'running' }]);
    expect(e.effect.pool.parts).toEqual({
      before: { numerator: 144, denominator: 480 },
      after: { numerator: 215, denominator: 430 },
    });
    expect(e.effect.pool.before).toBeCloseTo(30, 10);
    expect(e.effect.pool.after).toBeCloseTo(50, 10);
    expect(e.effect.differenceInDifferences).toBeCloseTo(2.5, 10);
    expect(e.effect.reason).toBeNull();
    expect(e.interval!.lower).toBeCloseTo(-10.9203, 3);
    expect(e.interval!.upper).toBeCloseTo(15.514, 3);
  });

  test('an outcome rate as the target: Σ measures / Σ child-years on either side, DiD −240 per 10,000', async () => {
    setToday('2026-04-10T09:00:00.000Z');
    const d = (await page('manager', RATE_EXP)).data;
    const e = d.effects.effects.find((x) => x.code === 'measures_rate')!;
    expect(e.kind).toBe('rate');
    expect(e.label.nl).toBe('Nieuwe kinderbeschermingsmaatregelen');
    expect(e.effect.region.before.value).toBeCloseTo(240, 10);
    expect(e.effect.region.after?.numerator).toBe(11);
    expect(e.effect.region.after?.value).toBeCloseTo(120, 10);
    // no experiment on measures elsewhere: all five other regions form the pool
    expect(e.effect.pool.used).toHaveLength(5);
    expect(e.effect.pool.after).toBeCloseTo(360, 10);
    expect(e.effect.differenceInDifferences).toBeCloseTo(-240, 10);
    expect(e.interval!.upper).toBeLessThan(0);
  });

  test('"after" stops with the experiment’s end: ended 2025-10-31, after is 2025-05 … 2025-10 (a reviewer: 2025-Q3)', async () => {
    setToday('2026-04-10T09:00:00.000Z');
    sql.prepare(`update experiments set end_date = '2025-10-31' where id = ?`).run(EXP);
    try {
      expect((await page('manager')).data.effects.window?.after).toEqual({ from: '2025-05', to: '2025-10' });
      expect((await page('reviewer')).data.effects.window?.after).toEqual({ from: '2025-07', to: '2025-09' });
    } finally {
      sql.prepare(`update experiments set end_date = null where id = ?`).run(EXP);
    }
  });

  test('reviewer: whole rounded quarters, the start quarter on neither side; too few after: the reason is named', async () => {
    setToday('2026-04-10T09:00:00.000Z');
    const r = await page('reviewer');
    expect(r.status).toBe(200);
    const d = r.data;
    expect(d.effects.suppressed).toBe(true);
    expect(d.effects.window).toEqual({
      grain: 'quarter',
      before: { from: '2024-04', to: '2025-03' },
      // 2026-Q1 lacks Utrecht's unapproved February: "after" ends with the last quarter it has
      after: { from: '2025-07', to: '2025-12' },
    });
    const e = effectOf(d).effect;
    // Utrecht 6, 6, 3, 6 a quarter → 5 each of 30: 20 of 120
    expect(e.region.before).toMatchObject({ numerator: 20, denominator: 120 });
    // after: 2025-Q3 has an unknown month: 3 of 6 months, 5 needed
    expect(e.region.after).toMatchObject({ state: 'coverage', coverage: { known: 3, total: 6, minimum: 5 } });
    expect(e.differenceInDifferences).toBeNull();
    expect(e.reason).toBe('regionAfter');
    // the pool from rounded quarters: 9 → 10 of 30 before, 15 of 30 after; the first pool region
    // has 2025-Q4 unknown (3 of 6 months): left out and named
    expect(e.pool.leftOut).toEqual([
      { regionId: POOL[0].id, reason: 'after' },
      { regionId: idOf('zeeland'), reason: 'running' },
    ]);
    expect(e.pool.parts).toEqual({
      before: { numerator: 120, denominator: 360 },
      after: { numerator: 90, denominator: 180 },
    });
    // no single month reaches the reviewer: every count shown is a multiple of 5
    expect(e.region.before.numerator! % 5).toBe(0);
  });

  test('without a start date there is no before and after', async () => {
    const d = (await page('manager', NO_START)).data;
    expect([d.effects.startDate, d.effects.hasIndicators, d.effects.effects]).toEqual([null, true, []]);
  });

  test('access: signed out goes to the login page, the admin is refused, every programme role reads', async () => {
    setToday('2026-04-10T09:00:00.000Z');
    expect((await page(undefined)).status).toBe(302);
    expect((await page('admin')).status).toBe(403);
    for (const as of ['manager', 'reviewer', 'coordinator.zeeland'])
      expect((await page(as)).status, as).toBe(200);
    // a coordinator of another region sees Utrecht's figures as approved only, exact: 2026-02 is
    // missing, 2025-08 unknown: 9 of 11 months after, 36 of 90 = 40 %
    const e = effectOf((await page('coordinator.zeeland')).data).effect;
    expect(e.region.after).toMatchObject({ numerator: 36, denominator: 90, value: 40 });
    expect(e.region.after?.coverage.known).toBe(9);
  });
});
