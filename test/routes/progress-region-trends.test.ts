/**
 * The progress report gives per region its trend (issue 12, item 8): each principle's score per
 * period, from the publication's figures only (approved, suppressed). Utrecht's 2026-Q3 reports are
 * set back to "ingediend" here: the report must then show no Utrecht score for 2026-Q3, while a
 * manager's own view still has them.
 */
import { describe, expect, test } from 'vitest';
import * as progressRoute from '#app/routes/_app.voortgang/route';
import * as regionRoute from '#app/routes/_app.regios.$region._index/route';
import { callRoute } from '#test/call-route';
import { setupTestDatabase } from '#test/db';

const db = setupTestDatabase('seeded');
const progress = async () =>
  (
    await callRoute<Awaited<ReturnType<typeof progressRoute.loader>>>(progressRoute, {
      url: '/voortgang?period=2026-Q3',
      as: 'manager',
    })
  ).data;
const utrecht = db.$client.prepare(`select id from regions where slug = 'utrecht'`).get() as { id: number };
db.$client
  .prepare(
    `update reports set status = 'ingediend' where region_id = ? and period between '2026-07' and '2026-09'`,
  )
  .run(utrecht.id);
const PRINCIPLES = ['simple', 'family', 'legal', 'learning'] as const;

describe('per region its trend in the progress report', () => {
  test('four periods per principle per region, equal to the report’s own region scores of the quarter', async () => {
    const d = await progress();
    expect(d.buckets).toEqual(['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3']);
    expect(d.regionTrends.map((r) => r.regionId)).toEqual(d.regions.map((r) => r.id));
    d.regionTrends.forEach((r, k) => {
      for (const p of PRINCIPLES) {
        expect(r.scores[p]).toHaveLength(4);
        const g = d.current.regions[k].groups[p];
        expect(r.scores[p][3]).toBe(g.sufficient ? g.score : null);
      }
    });
  });

  test('approved figures only: Utrecht’s submitted 2026-Q3 has no score in the report (the manager’s region page has)', async () => {
    const d = await progress();
    const u = d.regionTrends.find((r) => r.regionId === utrecht.id)!;
    for (const p of PRINCIPLES) expect(u.scores[p][3], p).toBeNull();
    expect(PRINCIPLES.some((p) => u.scores[p][2] !== null)).toBe(true);
    const { data: region } = await callRoute<Awaited<ReturnType<typeof regionRoute.loader>>>(regionRoute, {
      url: '/regios/utrecht?period=2026-Q3',
      as: 'manager',
      params: { region: 'utrecht' },
    });
    const own = region.cards[region.cards.length - 1];
    expect(own.provisional).toBe(true);
    expect(PRINCIPLES.some((p) => own.groups[p].score !== null)).toBe(true);
  });
});
