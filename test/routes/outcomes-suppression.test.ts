/**
 * #12 item 6: what a reviewer sees of an outcome is decided once per quarter over every region and
 * agrees with the quarter's one decision; a baseline (a range of quarters) hides what any of its
 * quarters hides. Without it, Zeeland's 2023 baseline rate gave away the one termination of
 * parental authority that its 2023-Q2 shows as "<5" (the year minus the three other quarters), and
 * a count the overview hid to protect the total was shown on the region's own page.
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

describe('outcomes for a reviewer: one decision per quarter', () => {
  test('the quarters of Zeeland 2023 as a reviewer sees them: 9, <5, 9, 9', async () => {
    const counts = [];
    for (const q of ['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4'])
      counts.push(line(await regionPage('zeeland', q)).count);
    expect(counts).toEqual([9, '<5', 9, 9]);
  });

  test('so the 2023 baseline (28 = 9 + 1 + 9 + 9) is hidden from the reviewer, and shown to a manager', async () => {
    const reviewer = line(await regionPage('zeeland', '2026-Q3'));
    expect(reviewer.baseline).toBeNull();
    const manager = line(await regionPage('zeeland', '2026-Q3', 'manager'));
    const childYears2023 = SEED_SCOPES.find((x) => x.slug === 'zeeland')!.children[2023];
    expect(manager.baseline).not.toBeNull();
    expect(manager.baseline).toBeCloseTo((28 * 10_000) / childYears2023, 6);
  });

  test('a count the overview hides for a reviewer is hidden on that region’s own page too', async () => {
    const { data: overview } = await callRoute<Overview>(overviewRoute, {
      url: '/overzicht?period=2026-Q3',
      as: 'reviewer',
    });
    const block = overview.outcomes!;
    const hiddenOnOverview = block.regions
      .filter((r) => typeof r.lines.find((l) => l.code === 'authority_ended_rate')!.count !== 'number')
      .map((r) => r.regionId);
    // Zeeland's one, and exactly one more: with the total shown (61), one hidden cell alone would follow
    const total = block.total!.lines.find((l) => l.code === 'authority_ended_rate')!;
    expect(total.count).toBe(61);
    expect(hiddenOnOverview.length).toBe(2);
    const slugs = new Map(
      (db.$client.prepare('select id, slug from regions').all() as { id: number; slug: string }[]).map(
        (r) => [r.id, r.slug],
      ),
    );
    for (const id of hiddenOnOverview)
      expect(typeof line(await regionPage(slugs.get(id!)!, '2026-Q3')).count, slugs.get(id!)).not.toBe(
        'number',
      );
  });
});

describe('a baseline that cuts a quarter (a pilot that started mid-quarter)', () => {
  test('the reviewer still gets the region page, without the baseline values; the manager sees them', async () => {
    db.$client
      .prepare("update regions set baseline_from = '2023-02', baseline_to = '2024-01' where slug = 'utrecht'")
      .run();
    const reviewer = await callRoute<RegionPage>(regionRoute, {
      url: '/regios/utrecht?period=2026-Q3',
      as: 'reviewer',
      params: { region: 'utrecht' },
    });
    // it was a 400 ("whole quarters only") for the whole page
    expect(reviewer.status).toBe(200);
    const rb = (
      reviewer.data as unknown as {
        baseline: { from: string; to: string; shown: boolean; card: { indicators: object } };
      }
    ).baseline;
    expect(rb).toMatchObject({ from: '2023-02', to: '2024-01', shown: false });
    expect(Object.keys(rb.card.indicators)).toHaveLength(0);
    const manager = await callRoute<RegionPage>(regionRoute, {
      url: '/regios/utrecht?period=2026-Q3',
      as: 'manager',
      params: { region: 'utrecht' },
    });
    expect(manager.status).toBe(200);
    const mb = (manager.data as unknown as { baseline: { shown: boolean; card: { indicators: object } } })
      .baseline;
    expect(mb.shown).toBe(true);
    expect(Object.keys(mb.card.indicators).length).toBeGreaterThan(20);
  });
});
