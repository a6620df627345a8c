import { describe, expect, test } from 'vitest';
import { aggregateRows, type ElementRow } from './aggregation';
import { buildScorecard } from './scorecard';
import { DEFAULT_THRESHOLDS } from './suppression';

const el = (regionId: number, elementCode: string, total: number): ElementRow => ({
  regionId,
  bucket: '2026-Q3',
  elementCode,
  total,
  known: 3,
  last: total,
  weightedSum: null,
  weightTotal: null,
});
const buckets = aggregateRows(
  [
    el(1, 'petitions_filed', 8),
    el(1, 'petitions_reviewed', 4),
    el(2, 'petitions_filed', 40),
    el(2, 'petitions_reviewed', 36),
  ],
  [
    { regionId: 1, bucket: '2026-Q3', months: 3, provisional: true, lastPeriod: '2026-09' },
    { regionId: 2, bucket: '2026-Q3', months: 3, provisional: false, lastPeriod: '2026-09' },
  ],
);
const input = {
  bucket: '2026-Q3',
  regionIds: [1, 2],
  buckets,
  registers: new Map([
    [1, { experiments: { numerator: 2, denominator: 4 }, bottlenecks: { numerator: 3, denominator: 3 } }],
  ]),
  targets: [{ indicatorCode: 'independent_review', target: 90, floor: 40, effectiveFrom: '2026-09' }],
  suppress: null,
};

describe('a scorecard', () => {
  test('the total sums numerators and denominators of the regions', () => {
    const { regions, total } = buildScorecard(input);
    expect(regions[0].indicators.independent_review).toMatchObject({
      numerator: 4,
      denominator: 8,
      value: 50,
    });
    expect(total.indicators.independent_review).toMatchObject({ numerator: 40, denominator: 48 });
    expect(total.indicators.independent_review.value).toBeCloseTo((40 / 48) * 100, 10);
    expect(total.provisional).toBe(true);
  });

  test('uses the target in force at the end of the bucket', () => {
    const { regions } = buildScorecard(input);
    expect(regions[0].indicators.independent_review).toMatchObject({ target: 90, floor: 40, score: 20 });
  });

  test('register counts feed the learning indicators; a region without entries has no value', () => {
    const { regions, total } = buildScorecard(input);
    expect(regions[0].indicators.experiments_evaluated.value).toBe(50);
    expect(regions[1].indicators.experiments_evaluated.value).toBeNull();
    expect(total.indicators.bottlenecks_taken_up.value).toBe(100);
  });

  test('a principle with one indicator of six has "onvoldoende gegevens"', () => {
    const { regions } = buildScorecard(input);
    expect(regions[1].groups.legal).toMatchObject({ score: null, sufficient: false, withValue: 1, total: 6 });
  });

  test('for reviewers small counts become <5 and small-denominator values and scores are hidden', () => {
    const { regions } = buildScorecard({ ...input, suppress: DEFAULT_THRESHOLDS });
    expect(regions[0].indicators.independent_review).toMatchObject({
      numerator: '<5',
      denominator: 8,
      value: null,
      score: null,
      hidden: true,
    });
    expect(regions[1].indicators.independent_review).toMatchObject({
      numerator: 36,
      denominator: 40,
      value: 90,
    });
  });
});
