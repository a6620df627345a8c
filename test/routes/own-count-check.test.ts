/**
 * The check of a region's own counts against CBS for its own municipalities (issue 24, group (a)),
 * on the region page. This file writes the figures: Zeeland's new measures are 5 a month in
 * July–December 2025 (30); CBS counts 10 + 5 + 10 = 25 started trajectories in Middelburg, Veere and
 * Vlissingen in the second half of 2025 (the newest ended CBS half-year before 2026-Q3 with a figure).
 * (30 − 25) / 25 = +20 %: not more than 20 %, so not flagged; with 31 (one month 6) it is +24 %: flagged.
 */
import { describe, expect, test } from 'vitest';
import * as regionRoute from '#app/routes/_app.regios.$region._index/route';
import { periodRange } from '#app/domain/periods';
import { callRoute } from '#test/call-route';
import type { DemoUser } from '#test/demo-users';
import { setupTestDatabase } from '#test/db';

const db = setupTestDatabase('seeded');
const sql = db.$client;

const zeeland = (sql.prepare(`select id from regions where slug = 'zeeland'`).get() as { id: number }).id;
const setValue = sql.prepare(
  `insert into report_values (report_id, element_code, value) values (?, 'measures_new', ?)
   on conflict (report_id, element_code) do update set value = excluded.value`,
);
const reportOf = sql.prepare('select id from reports where region_id = ? and period = ?');
const writeMonth = (period: string, value: number) => {
  const report = reportOf.get(zeeland, period) as { id: number };
  sql.prepare(`update reports set status = 'goedgekeurd' where id = ?`).run(report.id);
  setValue.run(report.id, value);
};
for (const p of periodRange('2025-07', '2025-12')) writeMonth(p, 5);
for (const [code, value] of [
  ['GM0687', 10],
  ['GM0717', 5],
  ['GM0718', 10],
] as const)
  sql
    .prepare(
      `update cbs_observations set value = ?, status = 'final' where measure = 'child_protection_started'
       and region_code = ? and period = '2025HJ02' and superseded_by is null`,
    )
    .run(value, code);

const regionPage = async (slug: string, as: DemoUser) =>
  (
    await callRoute<Awaited<ReturnType<typeof regionRoute.loader>>>(regionRoute, {
      url: `/regios/${slug}?period=2026-Q3`,
      as,
      params: { region: slug },
    })
  ).data;

describe('the check of the own counts against CBS', () => {
  test('30 against CBS’s 25 is +20 %: within the 20 %, not flagged', async () => {
    const d = await regionPage('zeeland', 'manager');
    expect(d.outcomes.ownChecks).toEqual([
      {
        code: 'measures_rate',
        measure: 'child_protection_started',
        period: '2025-H2',
        pilot: 30,
        hidden: false,
        cbs: 25,
        provisional: false,
        rounded: true,
        relativeDifference: 0.2,
        flagged: false,
        reason: null,
      },
    ]);
  });

  test('31 against 25 is +24 %: flagged for a manager; a reviewer’s rounded quarters (15 and 16 → 15) give 30, not flagged', async () => {
    writeMonth('2025-12', 6);
    const manager = await regionPage('zeeland', 'manager');
    expect(manager.outcomes.ownChecks![0]).toMatchObject({ pilot: 31, cbs: 25, flagged: true });
    expect(manager.outcomes.ownChecks![0]!.relativeDifference).toBeCloseTo(0.24, 10);
    // a reviewer sees quarters rounded to 5: 15 and 16 → 15 + 15 = 30, +20 %, so no flag can give a hidden count away
    const reviewer = await regionPage('zeeland', 'reviewer');
    expect(reviewer.outcomes.ownChecks![0]).toMatchObject({ pilot: 30, cbs: 25, flagged: false });
  });

  test('a scope with part of a municipality has no fitting reference', async () => {
    const d = await regionPage('amsterdam-amstelland', 'manager');
    expect(d.outcomes.ownChecks).toEqual([
      expect.objectContaining({ code: 'measures_rate', period: null, cbs: null, reason: 'partial-scope' }),
    ]);
  });
});
