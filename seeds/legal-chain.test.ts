/**
 * The demo's legal chain against the published figures (seeds/README.md, issue 20): investigations
 * ending without a petition, the reviewed share of first petitions before the pilots, the split of
 * new measures into supervision orders and voogdij, and terminations of parental authority per
 * 10,000 children. All regions together per year, for the demo and the national data set.
 */
import { describe, expect, test } from 'vitest';
import { periodRange } from '#app/domain/periods';
import type { MonthValues } from './generate';
import { CHAIN_LEVELS } from './magnitudes';
import { nationalPlan } from './national';
import { childrenInScope, seedScopeOf } from './regions';
import { DEMO_PLAN, regionSeries, type SeedPlan } from './seed';

function walk(plan: SeedPlan) {
  const periods = periodRange(plan.firstPeriod, plan.lastPeriod);
  return plan.regions.map((region) => ({ region, periods, series: regionSeries(region, plan) }));
}
const sets = { demo: walk(DEMO_PLAN), national: walk(nationalPlan(42, 120)) };

/** Σ part / Σ whole over the months of `year` in which every term is known (unknown is not 0). */
function share(
  set: ReturnType<typeof walk>,
  year: string,
  part: (v: MonthValues) => number,
  whole: (v: MonthValues) => number,
  codes: string[],
) {
  let p = 0;
  let w = 0;
  for (const r of set)
    r.periods.forEach((period, i) => {
      const v = r.series[i]!;
      if (!period.startsWith(year) || codes.some((c) => v[c] == null)) return;
      p += part(v);
      w += whole(v);
    });
  return p / w;
}

const n = (v: MonthValues, c: string) => v[c]!;
const inRange = (x: number, [lo, hi]: readonly [number, number], what: string) => {
  expect(x, what).toBeGreaterThanOrEqual(lo);
  expect(x, what).toBeLessThanOrEqual(hi);
};

describe('the legal chain near the published figures', () => {
  test('demo 2023, the year before every pilot: first petitions reviewed ≈ 80–85 %', () => {
    // (the national set's synthetic regions start their pilot in their first month: no year before)
    const reviewed = share(
      sets.demo,
      '2023',
      (v) => n(v, 'petitions_reviewed'),
      (v) => n(v, 'petitions_filed') - n(v, 'petitions_extension'),
      ['petitions_reviewed', 'petitions_filed', 'petitions_extension'],
    );
    inRange(reviewed, CHAIN_LEVELS.first_petitions_reviewed_before_pilot, 'demo 2023');
  });

  test.each([
    ['demo', ['2023', '2024', '2025']],
    ['national', ['2019', '2021', '2023', '2025']],
  ] as const)(
    '%s: ≈ 35 % of investigations end without a petition; ≈ 13 % of new measures are voogdij',
    (name, years) => {
      for (const year of years) {
        const without = share(
          sets[name],
          year,
          (v) => n(v, 'investigations_completed') - n(v, 'petitions_reviewed'),
          (v) => n(v, 'investigations_completed'),
          ['investigations_completed', 'petitions_reviewed'],
        );
        inRange(without, CHAIN_LEVELS.investigations_without_petition, `${name} ${year} without a petition`);
        const voogdij = share(
          sets[name],
          year,
          (v) => n(v, 'authority_ended'),
          (v) => n(v, 'measures_new'),
          ['authority_ended', 'measures_new'],
        );
        inRange(voogdij, CHAIN_LEVELS.authority_ended_of_new_measures, `${name} ${year} voogdij`);
      }
    },
  );

  test('terminations of parental authority per 10,000 children, all demo regions together, near 2.7–3.5', () => {
    for (const year of ['2023', '2024', '2025']) {
      let ended = 0;
      let children = 0;
      for (const r of sets.demo) {
        children += childrenInScope(seedScopeOf(r.region), `${year}-01`);
        r.periods.forEach((p, i) => {
          if (p.startsWith(year)) ended += r.series[i]!.authority_ended ?? 0;
        });
      }
      inRange((ended / children) * 10_000, CHAIN_LEVELS.authority_ended_per_10k, year);
    }
  });

  test('every new measure is a supervision order or voogdij, in every known month of both data sets', () => {
    let months = 0;
    for (const set of Object.values(sets))
      for (const r of set)
        for (const v of r.series) {
          if (v.measures_new == null || v.measures_ots_new == null || v.authority_ended == null) continue;
          expect(v.measures_ots_new + v.authority_ended).toBe(v.measures_new);
          months++;
        }
    expect(months).toBeGreaterThan(5000);
  });
});
