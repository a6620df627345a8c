/**
 * #12 item 6 and #22: what a reviewer sees of an outcome is made of the quarters' counts rounded to
 * 5, once; a baseline (a range of quarters), a year and the programme total are sums of those
 * rounded quarters. So Zeeland's 2023 baseline cannot give away the one termination of parental
 * authority in 2023-Q2 (the year minus the three other quarters is the rounded 0), and every page
 * shows the same count.
 */
import { describe, expect, test } from 'vitest';
import * as overviewRoute from '#app/routes/_app.overzicht/route';
import * as regionRoute from '#app/routes/_app.regios.$region._index/route';
import { SEED_SCOPES } from '#seeds/regions';
import { callRoute } from '#test/call-route';
import type { DemoUser } from '#test/demo-users';
import { setupTestDatabase } from '#test/db';

const db = setupTestDatabase('seeded');
type Overview = Awaited<ReturnType<typeof overviewRoute.loader>>;
type RegionPage = Awaited<ReturnType<typeof regionRoute.loader>>;

/** Sets one element of a region's months (all approved in the demo before 2026-10). */
function set(slug: string, element: string, values: Record<string, number>) {
  for (const [period, value] of Object.entries(values))
    db.$client
      .prepare(
        `update report_values set value = ? where element_code = ? and report_id =
         (select r.id from reports r join regions g on g.id = r.region_id where g.slug = ? and r.period = ?)`,
      )
      .run(value, element, slug, period);
}

// Zeeland 2023 (its baseline: the year before its pilot started in 2024): 3 terminations of
// parental authority a month, except 2023-Q2, which holds one.
const months = (year: number) =>
  Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
set(
  'zeeland',
  'authority_ended',
  Object.fromEntries(
    months(2023).map((m) => [m, ['2023-04', '2023-06'].includes(m) ? 0 : m === '2023-05' ? 1 : 3]),
  ),
);
// and 2026-Q3: one in Zeeland, 12 in every other region, so that the overview must hide a second
// region's count to protect Zeeland's within the programme total
for (const slug of [
  'amsterdam-amstelland',
  'foodvalley',
  'rotterdam-rijnmond',
  'utrecht',
  'west-brabant-west',
])
  set(slug, 'authority_ended', { '2026-07': 4, '2026-08': 4, '2026-09': 4 });
set('zeeland', 'authority_ended', { '2026-07': 0, '2026-08': 1, '2026-09': 0 });

const line = (d: { outcomes: { regions: { lines: { code: string }[] }[] } }) =>
  d.outcomes.regions[0].lines.find((l) => l.code === 'authority_ended_rate') as unknown as {
    count: number | string | null;
    value: number | null;
    baseline: number | null;
    hidden: boolean;
  };
const regionPage = async (slug: string, period: string, as: DemoUser = 'reviewer') =>
  (
    await callRoute<RegionPage>(regionRoute, {
      url: `/regios/${slug}?period=${period}`,
      as,
      params: { region: slug },
    })
  ).data;

describe('outcomes for a reviewer: one set of rounded quarters behind every output', () => {
  test('the quarters of Zeeland 2023 as a reviewer sees them: 9, 1, 9, 9 rounded to 10, 0, 10, 10', async () => {
    const counts = [];
    for (const q of ['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4'])
      counts.push(line(await regionPage('zeeland', q)).count);
    expect(counts).toEqual([10, 0, 10, 10]);
  });

  test('so the 2023 baseline is 10 + 0 + 10 + 10 = 30 for the reviewer (year − quarters = 0, nothing to learn), 28 for a manager', async () => {
    const childYears2023 = SEED_SCOPES.find((x) => x.slug === 'zeeland')!.children[2023];
    const reviewer = line(await regionPage('zeeland', '2026-Q3'));
    expect(reviewer.baseline).toBeCloseTo((30 * 10_000) / childYears2023, 6);
    const manager = line(await regionPage('zeeland', '2026-Q3', 'manager'));
    expect(manager.baseline).toBeCloseTo((28 * 10_000) / childYears2023, 6);
  });

  test('the overview and each region’s own page show the same rounded counts; the total is their sum', async () => {
    const { data: overview } = await callRoute<Overview>(overviewRoute, {
      url: '/overzicht?period=2026-Q3',
      as: 'reviewer',
    });
    const block = overview.outcomes!;
    const slugs = new Map(
      (db.$client.prepare('select id, slug from regions').all() as { id: number; slug: string }[]).map(
        (r) => [r.id, r.slug],
      ),
    );
    const counts = new Map(
      block.regions.map((r) => [
        slugs.get(r.regionId!)!,
        r.lines.find((l) => l.code === 'authority_ended_rate')!.count,
      ]),
    );
    // 12 → 10 in five regions, Zeeland's 1 → 0; the total 50 (the exact total is 61)
    expect(Object.fromEntries(counts)).toEqual({
      'amsterdam-amstelland': 10,
      foodvalley: 10,
      'rotterdam-rijnmond': 10,
      utrecht: 10,
      'west-brabant-west': 10,
      zeeland: 0,
    });
    expect(block.total!.lines.find((l) => l.code === 'authority_ended_rate')!.count).toBe(50);
    for (const [slug, count] of counts)
      expect(line(await regionPage(slug, '2026-Q3')).count, slug).toBe(count);
  });
});
