/**
 * "Voor en na" on an experiment's page (issue 12, item 6), on figures this file writes itself (not
 * the demo's): Utrecht's experiment started 2025-04-15 and names "analysis on time"; Zeeland has an
 * experiment on the same indicator, so it is not part of the reference; the other regions are.
 *
 * Per month (every region): analyses_due = 10, so a quarter's denominator is 30.
 *   Utrecht analyses_on_time: 2 a month before the start (20 %), 1 in 2024-Q4 (3 of 30: 10 %, a
 *     count a reviewer sees rounded to 5), 4 after (40 %); 2025-08 unknown; 2026-02 not yet approved.
 *   Pool regions: 3 a month before (30 %), 5 after (50 %); the first one's 2025-11 due is unknown.
 *   Zeeland: 10 a month (100 %): it would lift the reference if it were in it.
 */
import { describe, expect, test } from 'vitest';
import * as detail from '#app/routes/_app.experimenten.$id/route';
import { periodRange } from '#app/domain/periods';
import { callRoute, type RouteCall } from '#test/call-route';
import { setupTestDatabase } from '#test/db';

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
const NO_START = Number(
  insertExperiment.run(idOf('utrecht'), 'Nog te plannen', null, JSON.stringify([CODE])).lastInsertRowid,
);

type Data = Awaited<ReturnType<typeof detail.loader>>;
const page = (as: RouteCall['as'], id = EXP) =>
  callRoute<Data>(detail, { url: `/experimenten/${id}`, as, params: { id: String(id) } });
const effectOf = (d: Data) => d.effects.effects.find((e) => e.code === CODE)!;

describe('voor en na on the experiment page', () => {
  test('manager: hand-computed quarters, means and DiD against the pooled regions without such an experiment', async () => {
    const r = await page('manager');
    expect(r.status).toBe(200);
    const e = effectOf(r.data);
    expect(e.reference).toEqual({ kind: 'regions', regions: POOL.map((p) => ({ id: p.id, name: p.name })) });
    expect(
      e.effect.rows.map((row) => [row.quarter, row.side, row.region, row.reference, row.leftOut]),
    ).toEqual([
      ['2024-Q2', 'before', 20, 30, []],
      ['2024-Q3', 'before', 20, 30, []],
      ['2024-Q4', 'before', 10, 30, []],
      ['2025-Q1', 'before', 20, 30, []],
      ['2025-Q2', 'after', 40, 50, []],
      ['2025-Q3', 'after', null, 50, []],
      ['2025-Q4', 'after', 40, 50, [POOL[0].id]],
      ['2026-Q1', 'after', 40, 50, []],
    ]);
    // before: (20 + 20 + 10 + 20) / 4 = 17.5 against 30; after (2025-Q3 unknown): 40 against 50
    // DiD = (40 − 17.5) − (50 − 30) = 22.5 − 20 = 2.5 percentage points
    expect(e.effect).toMatchObject({
      regionBefore: 17.5,
      regionAfter: 40,
      regionChange: 22.5,
      referenceBefore: 30,
      referenceAfter: 50,
      referenceChange: 20,
      differenceInDifferences: 2.5,
      unknownQuarters: ['2025-Q3'],
      hiddenQuarters: [],
    });
  });

  test('reviewer: approved whole quarters only, each count rounded to 5 before anything is computed', async () => {
    const r = await page('reviewer');
    expect(r.status).toBe(200);
    const d = r.data;
    expect(d.effects.suppressed).toBe(true);
    const e = effectOf(d);
    const row = (q: string) => e.effect.rows.find((x) => x.quarter === q)!;
    // 3 of 30 in 2024-Q4 rounds to 5 of 30, as 6 of 30 does before the start: 16.7 % both
    expect(row('2024-Q4').regionState).toBe('known');
    expect(row('2024-Q4').region).toBeCloseTo(100 / 6, 5);
    expect(row('2024-Q2').region).toBeCloseTo(100 / 6, 5);
    // 2026-02 is not approved: 2026-Q1 lacks a month for the reviewer, so it is unknown
    expect([row('2026-Q1').region, row('2026-Q1').regionState]).toEqual([null, 'unknown']);
    expect(e.effect).toMatchObject({
      used: { before: ['2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1'], after: ['2025-Q2', '2025-Q4'] },
      unknownQuarters: ['2025-Q3', '2026-Q1'],
      hiddenQuarters: [],
    });
    // Utrecht 6 → 5 and 12 → 10 of 30; the pool 9 → 10 and 15 of 30: 16.7 → 33.3 against 33.3 → 50
    expect(e.effect.regionBefore).toBeCloseTo(100 / 6, 5);
    expect(e.effect.regionAfter).toBeCloseTo(100 / 3, 5);
    expect(e.effect.referenceBefore).toBeCloseTo(100 / 3, 5);
    expect(e.effect.referenceAfter).toBeCloseTo(50, 5);
    expect(e.effect.differenceInDifferences).toBeCloseTo(0, 5);
    // nothing the manager sees of the hidden and unapproved quarters reaches the reviewer
    const shown = JSON.stringify(d.effects);
    expect(shown).not.toContain('"region":10');
    expect(e.effect.rows.every((x) => x.region !== 10)).toBe(true);
  });

  test('a national series, where one is stored, is the reference instead', async () => {
    const series = Number(
      sql
        .prepare(
          `insert into reference_series (code, label, indicator_code, source, source_table, retrieved_on, unit)
           values ('test-analysis', 'Landelijk (test)', ?, 'Testbron', 'Tabel 1', '2026-10-01', 'percent')`,
        )
        .run(CODE).lastInsertRowid,
    );
    const put = sql.prepare('insert into reference_values (series_id, period, value) values (?, ?, ?)');
    const values: [string, number | null][] = [
      ['2024-Q2', null],
      ['2024-Q3', 25],
      ['2024-Q4', 25],
      ['2025-Q1', 25],
      ['2025-Q2', 35],
      ['2025-Q3', 35],
      ['2025-Q4', 35],
      ['2026-Q1', 35],
    ];
    for (const [p, v] of values) put.run(series, p, v);
    const e = effectOf((await page('manager')).data);
    expect(e.reference).toMatchObject({ kind: 'series', label: 'Landelijk (test)', source: 'Testbron' });
    // before 2024-Q3, Q4, 2025-Q1: (20 + 10 + 20) / 3 = 16.666667 against 25; after: 40 against 35
    // DiD = (40 − 16.666667) − (35 − 25) = 13.333333
    expect(e.effect).toMatchObject({
      regionBefore: 16.666667,
      regionAfter: 40,
      referenceBefore: 25,
      referenceAfter: 35,
      differenceInDifferences: 13.333333,
      unknownQuarters: ['2024-Q2', '2025-Q3'],
    });
    sql.prepare('delete from reference_series where id = ?').run(series);
  });

  test('without a start date there is no before and after', async () => {
    const d = (await page('manager', NO_START)).data;
    expect([d.effects.startDate, d.effects.hasIndicators, d.effects.effects]).toEqual([null, true, []]);
  });

  test('access: signed out goes to the login page, the admin is refused, every programme role reads', async () => {
    expect((await page(undefined)).status).toBe(302);
    expect((await page('admin')).status).toBe(403);
    for (const as of ['manager', 'reviewer', 'coordinator.zeeland'])
      expect((await page(as)).status, as).toBe(200);
    // a coordinator of another region sees Utrecht's figures as approved only, exact
    const other = (await page('coordinator.zeeland')).data;
    const e = effectOf(other);
    expect(e.effect.rows.find((x) => x.quarter === '2026-Q1')!.regionState).toBe('unknown');
    expect(e.effect.rows.find((x) => x.quarter === '2024-Q4')!.region).toBe(10);
  });
});
