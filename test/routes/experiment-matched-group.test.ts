/**
 * An experiment's before/after against the region's matched comparison group from CBS figures
 * (issue 24), on figures this file writes itself, with today 2026-04-10.
 *
 * Rotterdam's pilot works in districts of Rotterdam (a partial scope: its own municipalities per CBS
 * give no fitting reference, the matched group still compares changes). Its experiment starts
 * 2025-01-01 and names new measures per 10,000 children; the scope is 1000 children (typed).
 *   Rotterdam measures_new: 4, 3, 3 a quarter's months in 2024 (40 a year: 400.0), 2, 2, 1 in 2025
 *   (20: 200.0), so a manager's months and a reviewer's rounded quarters give the same counts.
 *   Before 2024-01 … 2024-12, after 2025-01 … 2025-12: the region's change −200.0.
 * The matched group: Delta (GM0040) and Nieuwdorp (GM1997), formed on 1 January 2025 from
 * Oud-Noord (GM0041) and Oud-Zuid (GM0042); CBS's 2024 figures are on the old borders.
 *   before 2024-H1 + H2: (10 + 4 + 5) + (9 + 3 + 5) = 36 over (3000 + 1200 + 1800) × ½ × 2 = 6000
 *   child-years: 60.0; after 2025-H1 + H2: (7 + 5) + (6 + 6) = 24 over 6000: 40.0; change −20.0.
 *   Difference in change −200.0 − (−20.0) = −180.0; MOVER over Garwood by hand: −346.42 … −19.86.
 */
import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import * as detail from '#app/routes/_app.experimenten.$id/route';
import { periodRange } from '#app/domain/periods';
import { callRoute, type RouteCall } from '#test/call-route';
import { setToday } from '#test/clock';
import { setupTestDatabase } from '#test/db';

const db = setupTestDatabase('seeded');
const sql = db.$client;
const rotterdam = (
  sql.prepare(`select id from regions where slug = 'rotterdam-rijnmond'`).get() as { id: number }
).id;

const CELLS: [string, string, string, number | null][] = [
  ['population_0_17', 'GM0040', '2024JJ00', 3000],
  ['population_0_17', 'GM0041', '2024JJ00', 1200],
  ['population_0_17', 'GM0042', '2024JJ00', 1800],
  ['population_0_17', 'GM0040', '2025JJ00', 3000],
  ['population_0_17', 'GM1997', '2025JJ00', 3000],
  ['child_protection_started', 'GM0040', '2024HJ01', 10],
  ['child_protection_started', 'GM0041', '2024HJ01', 4],
  ['child_protection_started', 'GM0042', '2024HJ01', 5],
  ['child_protection_started', 'GM0040', '2024HJ02', 9],
  ['child_protection_started', 'GM0041', '2024HJ02', 3],
  ['child_protection_started', 'GM0042', '2024HJ02', 5],
  ['child_protection_started', 'GM0040', '2025HJ01', 7],
  ['child_protection_started', 'GM1997', '2025HJ01', 5],
  ['child_protection_started', 'GM0040', '2025HJ02', 6],
  ['child_protection_started', 'GM1997', '2025HJ02', 6],
];

let EXP = 0;
let UNMAPPED = 0;
let MIXED = 0;

beforeAll(() => {
  sql.transaction(() => {
    const reportOf = sql.prepare('select id from reports where region_id = ? and period = ?');
    const setValue = sql.prepare(
      `insert into report_values (report_id, element_code, value) values (?, 'measures_new', ?)
       on conflict (report_id, element_code) do update set value = excluded.value`,
    );
    for (const p of periodRange('2024-01', '2025-12')) {
      const report = reportOf.get(rotterdam, p) as { id: number };
      sql.prepare(`update reports set status = 'goedgekeurd' where id = ?`).run(report.id);
      const third = Number(p.slice(5, 7)) % 3 === 0;
      const first = Number(p.slice(5, 7)) % 3 === 1;
      setValue.run(report.id, p < '2025-01' ? (first ? 4 : 3) : third ? 1 : 2);
    }
    sql.prepare('delete from region_scopes where region_id = ?').run(rotterdam);
    sql
      .prepare(
        `insert into region_scopes (region_id, effective_from, municipalities, children, source) values (?, '2015-01', '[]', 1000, 'test')`,
      )
      .run(rotterdam);
    const insert = sql.prepare(
      `insert into experiments (region_id, title, principles, themes, partners, status, status_since, start_date, indicators)
       values (?, ?, '["family"]', '[]', '[]', 'lopend', '2025-01-01', '2025-01-01', ?)`,
    );
    EXP = Number(insert.run(rotterdam, 'Minder maatregelen in de wijk', '["measures_rate"]').lastInsertRowid);
    UNMAPPED = Number(insert.run(rotterdam, 'Plaatsingen voorkomen', '["placements_rate"]').lastInsertRowid);
    MIXED = Number(
      insert.run(rotterdam, 'Eén contactpersoon', '["one_contact", "measures_rate"]').lastInsertRowid,
    );
    sql.exec(`insert into municipalities (code, name, valid_from, valid_to, youth_care_region, urbanity) values
      ('GM0040', 'Delta', '1900-01-01', null, 'JZ50', 1),
      ('GM0041', 'Oud-Noord', '1900-01-01', '2024-12-31', 'JZ50', 1),
      ('GM0042', 'Oud-Zuid', '1900-01-01', '2024-12-31', 'JZ50', 2),
      ('GM1997', 'Nieuwdorp', '2025-01-01', null, 'JZ50', 1)`);
    sql.exec(`insert into municipality_changes (old_code, new_code, effective_on) values
      ('GM0041', 'GM1997', '2025-01-01'), ('GM0042', 'GM1997', '2025-01-01')`);
    const imp = sql
      .prepare(`insert into cbs_imports (source, status, summary) values ('file', 'approved', '{}')`)
      .run().lastInsertRowid;
    const cell = sql.prepare(
      `insert into cbs_observations (table_id, measure, region_code, period, value, status, rounded, import_id)
       values (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const [measure, region, period, value] of CELLS) {
      const population = measure === 'population_0_17';
      cell.run(
        population ? '03759ned' : '82975NED',
        measure,
        region,
        period,
        value,
        period === '2025HJ02' ? 'provisional' : 'final',
        population ? 0 : 1,
        imp,
      );
    }
  })();
});

beforeEach(() => setToday('2026-04-10T09:00:00.000Z'));

type Data = Awaited<ReturnType<typeof detail.loader>>;
const page = async (as: RouteCall['as'], id = EXP) => {
  const res = await callRoute<Data>(detail, { url: `/experimenten/${id}`, as, params: { id: String(id) } });
  expect(res.status).toBe(200);
  return res.data.effects;
};
const choose = (municipalities: string[]) =>
  sql
    .prepare(`insert into comparison_group_choices (region_id, municipalities, reason) values (?, ?, 'test')`)
    .run(rotterdam, JSON.stringify(municipalities));

describe('an experiment against the matched comparison group (CBS)', () => {
  test('no group chosen yet: the reason, and the existing comparison unchanged', async () => {
    const d = await page('manager');
    const existing = d.effects.find((e) => e.code === 'measures_rate')!;
    // twelve months of 1000 / 12 child-years: equal to the last floating-point digits
    expect(existing.effect.region.before).toMatchObject({ numerator: 40 });
    expect(existing.effect.region.before.denominator).toBeCloseTo(1000, 9);
    expect(existing.effect.region.before.value).toBeCloseTo(400, 9);
    expect(existing.effect.region.after).toMatchObject({ numerator: 20 });
    expect(existing.effect.region.after!.value).toBeCloseTo(200, 9);
    expect(d.matched.effects.measures_rate).toMatchObject({
      measure: 'child_protection_started',
      members: null,
      reason: 'not-chosen',
      difference: null,
    });
  });

  test('manager: the region’s −200.0 against the group’s −20.0 on the new borders: −180.0 (−346.42 … −19.86), a decrease', async () => {
    choose(['GM0040', 'GM1997']);
    const d = await page('manager');
    const m = d.matched.effects.measures_rate!;
    expect(m.reason).toBeNull();
    expect(m.members).toEqual(['GM0040', 'GM1997']);
    expect(m.group).toEqual({
      before: { periods: ['2024-H1', '2024-H2'], count: 36, childYears: 6000, value: 60 },
      after: { periods: ['2025-H1', '2025-H2'], count: 24, childYears: 6000, value: 40 },
      change: -20,
    });
    expect(m.regionChange).toBeCloseTo(-200, 9);
    expect(m.difference!.estimate).toBeCloseTo(-180, 9);
    expect(m.difference!.lower).toBeCloseTo(-346.4227, 3);
    expect(m.difference!.upper).toBeCloseTo(-19.8636, 3);
    expect(m.verdict).toBe('decrease');
    expect(m).toMatchObject({ provisional: true, rounded: true, missing: [] });
    expect(m.measureLabel.nl).toBeTruthy();
    expect(d.matched.names).toMatchObject({ GM0040: 'Delta', GM1997: 'Nieuwdorp' });
  });

  test('reviewer: the same from whole rounded quarters, nothing else disclosed', async () => {
    const d = await page('reviewer');
    expect(d.window).toEqual({
      grain: 'quarter',
      before: { from: '2024-01', to: '2024-12' },
      after: { from: '2025-01', to: '2025-12' },
    });
    const m = d.matched.effects.measures_rate!;
    expect(m.regionChange).toBe(-200);
    expect(m.group.change).toBe(-20);
    expect(m.difference!.estimate).toBe(-180);
    expect(m.verdict).toBe('decrease');
  });

  test('an experiment naming an indicator beside the outcome rate: the rate’s exact comparison, and for the indicator the reason instead of a blank', async () => {
    for (const as of ['manager', 'reviewer'] as const) {
      const d = await page(as, MIXED);
      expect(d.effects.map((e) => [e.code, e.kind])).toEqual([
        ['one_contact', 'indicator'],
        ['measures_rate', 'rate'],
      ]);
      // the indicator: no CBS measure in the mapping, said so; no figures of a group
      expect(d.matched.withoutComparison).toEqual({ one_contact: 'noMeasure' });
      expect(Object.keys(d.matched.effects)).toEqual(['measures_rate']);
      // the rate: the same hand-computed comparison as the experiment naming it alone
      const m = d.matched.effects.measures_rate!;
      expect(m.group).toEqual({
        before: { periods: ['2024-H1', '2024-H2'], count: 36, childYears: 6000, value: 60 },
        after: { periods: ['2025-H1', '2025-H2'], count: 24, childYears: 6000, value: 40 },
        change: -20,
      });
      expect(m.difference!.estimate).toBeCloseTo(-180, 9);
      expect(m.difference!.lower).toBeCloseTo(-346.4227, 3);
      expect(m.difference!.upper).toBeCloseTo(-19.8636, 3);
    }
    // a mapping row for the indicator to a count per 10,000 children cannot be set beside a share
    sql
      .prepare(
        `insert into outcome_cbs_mappings (outcome_code, cbs_measure, gap_nl, gap_en) values ('one_contact', 'child_protection_started', 'x', 'x')`,
      )
      .run();
    try {
      const d = await page('manager', MIXED);
      expect(d.matched.withoutComparison).toEqual({ one_contact: 'otherUnit' });
      expect(Object.keys(d.matched.effects)).toEqual(['measures_rate']);
    } finally {
      sql.prepare(`delete from outcome_cbs_mappings where outcome_code = 'one_contact'`).run();
    }
  });

  test('a secret CBS cell makes the group unknown and is named; an outcome without a CBS measure has no such comparison', async () => {
    sql
      .prepare(
        `update cbs_observations set value = null, status = 'secret' where region_code = 'GM0042' and period = '2024HJ02'`,
      )
      .run();
    const m = (await page('manager')).matched.effects.measures_rate!;
    expect(m.reason).toBe('groupUnknown');
    expect(m.group.before.value).toBeNull();
    expect(m.group.after!.value).toBe(40);
    expect(m.missing).toEqual([{ code: 'GM1997', period: '2024-H2', measure: 'events', reason: 'secret' }]);
    expect(m.difference).toBeNull();
    // placements have no CBS count per municipality (no mapping): only the existing comparison
    const unmapped = await page('manager', UNMAPPED);
    expect(unmapped.effects.map((e) => e.code)).toEqual(['placements_rate']);
    expect(unmapped.matched.effects).toEqual({});
    expect(unmapped.matched.withoutComparison).toEqual({});
  });
});
