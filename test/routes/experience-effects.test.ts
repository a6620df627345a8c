/**
 * Experiments can name experience items as their targets (issue 25) and get the same before/after
 * as indicators, over quarters. On figures this file writes itself (the demo's experience counts
 * removed): parents, route local team only, every region and quarter 2024-Q4 … 2026-Q3, 40
 * answering "felt heard" (parent_heard). Utrecht's experiment starts on 1 October 2025: before is
 * 2024-Q4 … 2025-Q3, after 2025-Q4 … 2026-Q3.
 *   Utrecht: 20 of 40 agree before (80 of 160 = 50 %), 30 of 40 after (120 of 160 = 75 %): +25 points.
 *   Zeeland runs an experiment on the same item: left out of the pool.
 *   The four other regions: 20 of 40 before (320 of 640 = 50 %), 22 of 40 after (352 of 640 = 55 %).
 *   Difference-in-differences: 25 − 5 = 20 points, its interval MOVER over the four Wilson intervals.
 */
import { describe, expect, test } from 'vitest';
import * as detail from '#app/routes/_app.experimenten.$id/route';
import { differenceInDifferences, isComputable } from '#app/domain/intervals';
import { callRoute, type RouteCall } from '#test/call-route';
import { setupTestDatabase } from '#test/db';

const db = setupTestDatabase('seeded');
const sql = db.$client;
const regions = sql.prepare('select id, slug from regions where active = 1 order by sort_order').all() as {
  id: number;
  slug: string;
}[];
const idOf = (slug: string) => regions.find((r) => r.slug === slug)!.id;
sql.prepare('delete from experience_answers').run();
sql.prepare('delete from experience_counts').run();
sql.prepare('delete from experience_periods').run();
sql.prepare(`update experiments set indicators = '[]'`).run();
const QUARTERS = ['2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3'];
for (const r of regions)
  for (const q of QUARTERS) {
    const after = q >= '2025-Q4';
    const agreed = r.slug === 'utrecht' ? (after ? 30 : 20) : after ? 22 : 20;
    const period = Number(
      sql
        .prepare(
          `insert into experience_periods (region_id, period, status, approved_at) values (?, ?, 'approved', '2026-11-01')`,
        )
        .run(r.id, q).lastInsertRowid,
    );
    const count = Number(
      sql
        .prepare(
          `insert into experience_counts (period_id, "group", route, invited, responded) values (?, 'parents', 'local', 120, 40)`,
        )
        .run(period).lastInsertRowid,
    );
    sql
      .prepare(
        `insert into experience_answers (count_id, item, answered, agreed) values (?, 'parent_heard', 40, ?)`,
      )
      .run(count, agreed);
  }
const insertExperiment = sql.prepare(
  `insert into experiments (region_id, title, principles, themes, partners, status, status_since, start_date, indicators)
   values (?, ?, '["family"]', '[]', '[]', 'lopend', '2025-10-01', ?, '["parent_heard"]')`,
);
const EXP = Number(insertExperiment.run(idOf('utrecht'), 'Ouders aan tafel', '2025-10-01').lastInsertRowid);
insertExperiment.run(idOf('zeeland'), 'Gehoord in de wijk', '2025-06-01');

type Data = Awaited<ReturnType<typeof detail.loader>>;
const page = async (as: RouteCall['as']) =>
  (await callRoute<Data>(detail, { url: `/experimenten/${EXP}`, as, params: { id: String(EXP) } })).data;

describe('an experience item as an experiment’s target', () => {
  test('manager: quarters on either side, pooled counts, the pool without running experiments, DiD 20 points', async () => {
    const d = await page('manager');
    expect(d.experience).toHaveLength(1);
    const e = d.experience[0]!;
    expect(e.item).toBe('parent_heard');
    expect(e.window).toEqual({
      cadence: 'quarter',
      before: { from: '2024-Q4', to: '2025-Q3' },
      after: { from: '2025-Q4', to: '2026-Q3' },
    });
    expect([e.region.before.n, e.region.before.agreed, e.region.before.share]).toEqual([160, 80, 0.5]);
    expect([e.region.after!.n, e.region.after!.agreed, e.region.after!.share]).toEqual([160, 120, 0.75]);
    expect(e.region.change).toBeCloseTo(0.25, 12);
    const pool = regions.filter((r) => r.slug !== 'utrecht' && r.slug !== 'zeeland').map((r) => r.id);
    expect(e.pool.used).toEqual(pool);
    expect(e.pool.leftOut).toEqual([{ regionId: idOf('zeeland'), reason: 'running' }]);
    expect([e.pool.before!.n, e.pool.before!.agreed]).toEqual([640, 320]);
    expect([e.pool.after!.n, e.pool.after!.agreed]).toEqual([640, 352]);
    expect(e.pool.change).toBeCloseTo(0.05, 12);
    expect(e.differenceInDifferences).toBeCloseTo(0.2, 12);
    const i = differenceInDifferences({
      kind: 'share',
      treatedAfter: { successes: 120, n: 160 },
      treatedBefore: { successes: 80, n: 160 },
      controlAfter: { successes: 352, n: 640 },
      controlBefore: { successes: 320, n: 640 },
    });
    if (!isComputable(i)) throw new Error('computable');
    expect(e.interval).toEqual({ lower: i.lower, upper: i.upper });
    expect(e.interval!.lower).toBeGreaterThan(0);
    expect(e.reason).toBeNull();
  });

  test('reviewer: the same comparison from counts rounded to 5 per cell (40 and 20 stay, 22 becomes 20)', async () => {
    const e = (await page('reviewer')).experience[0]!;
    expect([e.region.before.n, e.region.after!.agreed]).toEqual([160, 120]);
    expect([e.pool.after!.n, e.pool.after!.agreed]).toEqual([640, 320]);
    expect(e.pool.change).toBeCloseTo(0, 12);
    expect(e.differenceInDifferences).toBeCloseTo(0.25, 12);
  });
});
