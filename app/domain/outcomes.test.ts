import { describe, expect, test } from 'vitest';
import type { AggregatedElement, RegionBucket } from './aggregation';
import { buildOutcomes, type OutcomeInput } from './outcomes';
import { outcomeLines } from './outcome-lines';
import type { ScopeEntry } from './population';
import { DEFAULT_THRESHOLDS, discloseQuarters, showFigureSet } from './disclosure';

const el = (sum: number | null): AggregatedElement => ({
  sum,
  level: sum,
  weightedSum: null,
  weightTotal: null,
});
const bucket = (regionId: number, months: number, values: Record<string, number | null>): RegionBucket => ({
  regionId,
  bucket: '2025',
  months,
  provisional: false,
  lastPeriod: '2025-12',
  elements: new Map(Object.entries(values).map(([k, v]) => [k, el(v)])),
});
const scope = (id: number, effectiveFrom: string, children: number): ScopeEntry => ({
  id,
  effectiveFrom,
  children,
  municipalities: [],
});
const YEAR = { from: '2025-01', to: '2025-12' };

// Region 1: 10,000 children; region 2: 20,000 until June, 30,000 from July; region 3 reported 11
// of 12 months (or had one not approved); region 4 has no population.
function input(overrides: Partial<OutcomeInput> = {}): OutcomeInput {
  return {
    regionIds: [1, 2, 3, 4],
    buckets: new Map([
      [
        1,
        bucket(1, 12, {
          measures_new: 30,
          placements_new: 12,
          rvt_closed: 200,
          rvt_closed_without_measure: 150,
        }),
      ],
      [
        2,
        bucket(2, 12, {
          measures_new: 100,
          placements_new: null,
          rvt_closed: 100,
          rvt_closed_without_measure: 90,
        }),
      ],
      [
        3,
        bucket(3, 11, {
          measures_new: 40,
          placements_new: 4,
          rvt_closed: 50,
          rvt_closed_without_measure: 45,
        }),
      ],
      [
        4,
        bucket(4, 12, {
          measures_new: 8,
          placements_new: 3,
          rvt_closed: 30,
          rvt_closed_without_measure: 3,
        }),
      ],
    ]),
    ranges: new Map([1, 2, 3, 4].map((id) => [id, YEAR])),
    scopes: new Map([
      [1, [scope(1, '2025-01', 10_000)]],
      [2, [scope(2, '2025-01', 20_000), scope(3, '2025-07', 30_000)]],
      [3, [scope(4, '2024-01', 5_000)]],
    ]),
    ...overrides,
  };
}

describe('outcomes per 10,000 children', () => {
  test('per region: count ÷ child-years over its months', () => {
    const { regions } = buildOutcomes(input());
    expect(regions[0].figures.measures_rate.value).toBe(30); // 30 / 10,000
    expect(regions[1].figures.measures_rate.value).toBe(40); // 100 / 25,000 child-years
    expect(regions[1].figures.measures_rate.denominator).toBe(25_000);
    expect(regions[2].figures.measures_rate.value).toBeNull(); // a month missing
    expect(regions[3].figures.measures_rate.value).toBeNull(); // no population
    expect(regions[0].figures.placements_rate.value).toBe(12);
  });

  test('the total is Σ counts ÷ Σ child-years of the regions it holds, and names the others', () => {
    const { total } = buildOutcomes(input());
    // (30 + 100) / (10,000 + 25,000) × 10,000
    expect(total.figures.measures_rate.numerator).toBe(130);
    expect(total.figures.measures_rate.value).toBeCloseTo(37.142857, 5);
    expect(total.excluded.measures_rate).toEqual([
      { regionId: 3, reason: 'incomplete' },
      { regionId: 4, reason: 'no_population' },
    ]);
    // placements: region 2 unknown → only region 1: 12 / 10,000
    expect(total.figures.placements_rate.value).toBe(12);
    expect(total.excluded.placements_rate).toEqual([
      { regionId: 2, reason: 'unknown' },
      { regionId: 3, reason: 'incomplete' },
      { regionId: 4, reason: 'no_population' },
    ]);
  });

  test('shares follow the indicator definition and add up numerators and denominators', () => {
    const { regions, total } = buildOutcomes(input());
    expect(regions[0].figures.closed_without_measure.value).toBe(75);
    // RVT families closed without a measure over RVT families closed (the #11 definition):
    // (150 + 90 + 45 + 3) / (200 + 100 + 50 + 30): a share needs no population and no full year
    expect(total.figures.closed_without_measure.value).toBeCloseTo((288 / 380) * 100, 10);
    expect(total.excluded.closed_without_measure).toEqual([]);
    // no data for recurrence after closure anywhere: unknown, not 0, and so its split
    for (const code of ['recurrence_after_closure', 'recurrence_without_measure', 'recurrence_with_measure'])
      expect(total.figures[code].value, code).toBeNull();
  });

  test('for reviewers a rate is the rounded count over the population; a share over a small rounded denominator is hidden', () => {
    const exact = bucket(1, 12, { measures_new: 3, rvt_closed: 7, rvt_closed_without_measure: 6 });
    const outcomes = (b: RegionBucket) =>
      buildOutcomes(input({ regionIds: [1], buckets: new Map([[1, b]]) })).regions[0].figures;
    // the rounded base cells of the year: 3 → 5, 7 → 5, 6 → 5 (one quarter stands for the year here)
    const [rounded] = discloseQuarters([{ ...exact, bucket: '2025-Q4', months: 3 }], DEFAULT_THRESHOLDS);
    const shown = showFigureSet(
      { regions: [outcomes({ ...rounded, bucket: '2025', months: 12 })], total: null, counts: [] },
      DEFAULT_THRESHOLDS,
    ).regions[0];
    // 5 / 10,000 child-years = 5 per 10,000
    expect(shown.measures_rate).toMatchObject({ numerator: 5, value: 5, hidden: false });
    expect(shown.closed_without_measure).toMatchObject({
      numerator: 'x',
      denominator: 5,
      value: null,
      hidden: true,
      reason: 'small-denominator',
    });
    // exact for managers and coordinators: 3 / 10,000 child-years = 3 per 10,000
    expect(outcomes(exact).measures_rate.value).toBe(3);
  });
});

describe('outcome lines', () => {
  test('change against the previous period and the baseline, from the shown values', () => {
    const shown = (value: number | null, numerator: number | string | null = 10, hidden = false) => ({
      value,
      numerator,
      hidden,
    });
    const [line, hidden] = outcomeLines(
      ['measures_rate', 'placements_rate'],
      { measures_rate: shown(37.5), placements_rate: shown(null, 'x', true) },
      { measures_rate: shown(40), placements_rate: shown(12) },
      { measures_rate: shown(50), placements_rate: shown(10) },
      [{ measures_rate: shown(42) }, { measures_rate: shown(40) }, { measures_rate: shown(37.5) }],
    );
    // 37.5 against 40: −2.5 (−6.25 %); against the baseline 50: −12.5 (−25 %)
    expect(line).toMatchObject({
      unit: 'rate',
      value: 37.5,
      previous: 40,
      baseline: 50,
      changePrevious: { difference: -2.5, relative: -0.0625 },
      changeBaseline: { difference: -12.5, relative: -0.25 },
      trend: [42, 40, 37.5],
    });
    // a hidden value shows no change either (it would give the value back)
    expect(hidden).toMatchObject({
      value: null,
      count: 'x',
      hidden: true,
      changePrevious: { difference: null },
      changeBaseline: { difference: null },
    });
  });
});
