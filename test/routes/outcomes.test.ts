/**
 * The outcomes block on the overview, the region page and the progress report, recomputed by hand
 * from the database: Σ counts ÷ Σ child-years × 10,000, each region against its own baseline, the
 * total naming the regions it leaves out, reviewers on approved figures only.
 */
import { describe, expect, test } from 'vitest';
import * as overviewRoute from '#app/routes/_app.overzicht/route';
import * as regionRoute from '#app/routes/_app.regios.$region._index/route';
import * as progressRoute from '#app/routes/_app.voortgang/route';
import { SEED_SCOPES } from '#seeds/regions';
import { roundCount } from '#app/domain/disclosure';
import { callRoute } from '#test/call-route';
import type { DemoUser } from '#test/demo-users';
import { setupTestDatabase } from '#test/db';
import { childrenInRates } from '#test/population';

const db = setupTestDatabase('seeded');
const overview = async (url: string) =>
  (await callRoute<Awaited<ReturnType<typeof overviewRoute.loader>>>(overviewRoute, { url, as: 'manager' }))
    .data;
const regionPage = async (slug: string, period: string, as: DemoUser) =>
  (
    await callRoute<Awaited<ReturnType<typeof regionRoute.loader>>>(regionRoute, {
      url: `/regios/${slug}?period=${period}`,
      as,
      params: { region: slug },
    })
  ).data;
// CBS's children of the region's municipalities where CBS covers the scope, typed otherwise (issue 24)
const children = (slug: string, year: number) => childrenInRates(db.$client, slug, year);

/** Σ of an element over a region's months, straight from the database. */
function sum(slug: string, element: string, from: string, to: string, approvedOnly = false): number {
  return (
    db.$client
      .prepare(
        `select sum(v.value) as s from report_values v join reports r on r.id = v.report_id
         join regions g on g.id = r.region_id where g.slug = ? and v.element_code = ?
         and r.period between ? and ? ${approvedOnly ? "and r.status = 'goedgekeurd'" : ''}`,
      )
      .get(slug, element, from, to) as { s: number }
  ).s;
}

// Zeeland's third quarter: one termination of parental authority (a count a reviewer sees as <5).
db.$client
  .prepare(
    `update report_values set value = case (select period from reports where id = report_id) when '2026-09' then 1 else 0 end
     where element_code = 'authority_ended' and report_id in
     (select r.id from reports r join regions g on g.id = r.region_id where g.slug = 'zeeland' and r.period between '2026-07' and '2026-09')`,
  )
  .run();

// The demo leaves about 0.4 % of values unknown at random; this file's totals need every region's
// new measures of 2026-Q3 known (a region with an unknown month is left out of a total: app/domain/outcomes.test.ts).
db.$client
  .prepare(
    `update report_values set value = 4 where element_code = 'measures_new' and value is null and report_id in
     (select id from reports where period between '2026-07' and '2026-09')`,
  )
  .run();

describe('the outcomes block', () => {
  test('overview 2026-Q3: the programme rate is Σ new measures ÷ Σ child-years × 10,000', async () => {
    const d = await overview('/overzicht?period=2026-Q3');
    const block = d.outcomes!;
    const slugs = SEED_SCOPES.map((s) => s.slug);
    const count = slugs.reduce((n, s) => n + sum(s, 'measures_new', '2026-07', '2026-09'), 0);
    // a quarter is 3/12 of a child-year per child in scope
    const years = slugs.reduce((n, s) => n + (children(s, 2026) * 3) / 12, 0);
    const measures = block.total!.lines.find((l) => l.code === 'measures_rate')!;
    expect(measures.count).toBe(count);
    expect(measures.value).toBeCloseTo((count * 10_000) / years, 10);
    expect(block.excluded.measures_rate).toEqual([]);
    // never in a principle score: the cards hold the four principles and the workforce condition only
    expect(Object.keys(d.current!.total.groups).sort()).toEqual([
      'family',
      'learning',
      'legal',
      'simple',
      'workforce',
    ]);
  });

  test('region page: Zeeland against its baseline 2023 and against 2026-Q2', async () => {
    const d = await regionPage('zeeland', '2026-Q3', 'manager');
    const line = d.outcomes.regions[0].lines.find((l) => l.code === 'placements_rate')!;
    const now =
      (sum('zeeland', 'placements_new', '2026-07', '2026-09') * 10_000) /
      ((children('zeeland', 2026) * 3) / 12);
    const q2 =
      (sum('zeeland', 'placements_new', '2026-04', '2026-06') * 10_000) /
      ((children('zeeland', 2026) * 3) / 12);
    const base =
      (sum('zeeland', 'placements_new', '2023-01', '2023-12') * 10_000) / children('zeeland', 2023);
    expect(d.outcomes.baselines).toEqual([{ regionId: expect.any(Number), from: '2023-01', to: '2023-12' }]);
    expect(line.value).toBeCloseTo(now, 10);
    expect(line.previous).toBeCloseTo(q2, 10);
    expect(line.baseline).toBeCloseTo(base, 10);
    expect(line.changeBaseline.difference).toBeCloseTo(now - base, 10);
    expect(line.changeBaseline.relative).toBeCloseTo((now - base) / base, 10);
    expect(line.changePrevious.difference).toBeCloseTo(now - q2, 10);
  });

  test('recurrence after closure follows the families closed in the baseline: its baseline is measured in 2024', async () => {
    // Zeeland's baseline is 2023; families closed in 2023 are followed for twelve months, so the
    // baseline of recurrence is the re-reports of 2024 over the closures of 2023 (issue 20). The
    // plain baseline (2023 over 2022) has no closures a year earlier and would always be unknown.
    const d = await regionPage('zeeland', '2026-Q3', 'manager');
    const lines = d.outcomes.regions[0].lines;
    const all = lines.find((l) => l.code === 'recurrence_after_closure')!;
    const recurred = sum('zeeland', 'recurrence_12m', '2024-01', '2024-12');
    const closed = sum('zeeland', 'families_closed', '2023-01', '2023-12');
    expect(recurred).toBeGreaterThan(0);
    expect(all.baseline).toBeCloseTo((recurred / closed) * 100, 10);
    const without = lines.find((l) => l.code === 'recurrence_without_measure')!;
    const recurredWithout = sum('zeeland', 'recurrence_12m_without_measure', '2024-01', '2024-12');
    const closedWithout = sum('zeeland', 'families_closed_without_measure', '2023-01', '2023-12');
    expect(without.baseline).toBeCloseTo((recurredWithout / closedWithout) * 100, 10);
    const withMeasure = lines.find((l) => l.code === 'recurrence_with_measure')!;
    expect(withMeasure.baseline).toBeCloseTo(
      ((recurred - recurredWithout) / (closed - closedWithout)) * 100,
      10,
    );
    // the rates keep the region's own baseline months
    expect(d.outcomes.baselines).toEqual([{ regionId: expect.any(Number), from: '2023-01', to: '2023-12' }]);
    // a reviewer (approved, whole quarters) gets the same follow-up baseline, made of the quarters
    // rounded to 5: Σ rounded re-reports of 2024 over Σ rounded closures of 2023
    const r = await regionPage('zeeland', '2026-Q3', 'reviewer');
    const shown = r.outcomes.regions[0].lines.find((l) => l.code === 'recurrence_after_closure')!;
    const rounded = (element: string, year: number) =>
      [1, 4, 7, 10].reduce((n, m) => {
        const from = `${year}-${String(m).padStart(2, '0')}`;
        const to = `${year}-${String(m + 2).padStart(2, '0')}`;
        return n + roundCount(sum('zeeland', element, from, to));
      }, 0);
    expect(rounded('families_closed', 2023) % 5).toBe(0);
    expect(shown.baseline).toBeCloseTo(
      (rounded('recurrence_12m', 2024) / rounded('families_closed', 2023)) * 100,
      10,
    );
    // the region page's indicator table uses the same follow-up baseline; one without a follow-up keeps 2023
    expect(d.baseline.card.indicators.recurrence_after_closure).toMatchObject({
      numerator: recurred,
      denominator: closed,
    });
    expect(d.baseline.card.indicators.recurrence_without_measure.value).toBeCloseTo(
      (recurredWithout / closedWithout) * 100,
      10,
    );
    const rvtWithout2023 = sum('zeeland', 'rvt_closed_without_measure', '2023-01', '2023-12');
    expect(d.baseline.card.indicators.closed_without_measure.numerator).toBe(rvtWithout2023);
  });

  test('October 2026 on approved figures only: the total holds the two approved regions and names the others', async () => {
    const d = await overview('/overzicht?period=2026-10&approved=1');
    const block = d.outcomes!;
    const slugOf = new Map(d.regions.map((r) => [r.id, r.slug]));
    expect(block.excluded.signals_rate.map((e) => [slugOf.get(e.regionId), e.reason])).toEqual(
      [
        ['foodvalley', 'incomplete'],
        ['utrecht', 'incomplete'],
        ['zeeland', 'incomplete'],
        ['west-brabant-west', 'incomplete'],
      ].sort(
        (a, b) => d.regions.findIndex((r) => r.slug === a[0]) - d.regions.findIndex((r) => r.slug === b[0]),
      ),
    );
    const approved = ['amsterdam-amstelland', 'rotterdam-rijnmond'];
    const count = approved.reduce((n, s) => n + sum(s, 'signals_new', '2026-10', '2026-10', true), 0);
    const years = approved.reduce((n, s) => n + children(s, 2026) / 12, 0);
    const signals = block.total!.lines.find((l) => l.code === 'signals_rate')!;
    expect(signals.count).toBe(count);
    expect(signals.value).toBeCloseTo((count * 10_000) / years, 10);
    // regions without an approved October show no value on approved figures
    for (const r of block.regions.filter((x) => !approved.includes(slugOf.get(x.regionId!)!)))
      expect(r.lines.every((l) => l.value === null)).toBe(true);
  });

  test('a reviewer sees a rate made of the count rounded to 5: one termination in a quarter is 0', async () => {
    const d = await regionPage('zeeland', '2026-Q3', 'reviewer');
    const exact = sum('zeeland', 'authority_ended', '2026-07', '2026-09');
    const line = d.outcomes.regions[0].lines.find((l) => l.code === 'authority_ended_rate')!;
    expect(exact).toBe(1);
    expect(line).toMatchObject({ value: 0, count: 0, hidden: false });
    // a manager sees the exact count
    const m = await regionPage('zeeland', '2026-Q3', 'manager');
    expect(m.outcomes.regions[0].lines.find((l) => l.code === 'authority_ended_rate')!.count).toBe(1);
  });

  test('the progress report carries the block for the publication (approved, suppressed)', async () => {
    const { data: d } = await callRoute<Awaited<ReturnType<typeof progressRoute.loader>>>(progressRoute, {
      url: '/voortgang?period=2026-Q3',
      as: 'manager',
    });
    expect(d.outcomes.codes).toEqual([
      'signals_rate',
      'measures_rate',
      'ots_rate',
      'placements_rate',
      'authority_ended_rate',
      'recurrence_after_closure',
      'recurrence_without_measure',
      'recurrence_with_measure',
      'closed_without_measure',
    ]);
    expect(d.outcomes.regions).toHaveLength(6);
    expect(d.outcomes.total!.lines.every((l) => typeof l.count !== 'string' || l.count === '<5')).toBe(true);
  });
});
