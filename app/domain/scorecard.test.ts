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
    // petitions the review applies to = filed − the certified institution's: region 1 10 − 2 = 8,
    // region 2 46 − 6 = 40
    el(1, 'petitions_filed', 10),
    el(1, 'petitions_by_institution', 2),
    el(1, 'petitions_reviewed', 4),
    el(2, 'petitions_filed', 46),
    el(2, 'petitions_by_institution', 6),
    el(2, 'petitions_reviewed', 36),
    // region 3 does not know the institution's petitions: no denominator, left out of the total
    el(3, 'petitions_filed', 30),
    { ...el(3, 'petitions_by_institution', 0), total: null, known: 2, last: null },
    el(3, 'petitions_reviewed', 20),
  ],
  [
    { regionId: 1, bucket: '2026-Q3', months: 3, provisional: true, lastPeriod: '2026-09' },
    { regionId: 2, bucket: '2026-Q3', months: 3, provisional: false, lastPeriod: '2026-09' },
    { regionId: 3, bucket: '2026-Q3', months: 3, provisional: false, lastPeriod: '2026-09' },
  ],
);
const input = {
  bucket: '2026-Q3',
  regionIds: [1, 2, 3],
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
    expect(regions[2].indicators.independent_review).toMatchObject({
      numerator: null,
      denominator: null,
      value: null,
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

  test('a principle with one indicator of eight has "onvoldoende gegevens"', () => {
    const { regions } = buildScorecard(input);
    expect(regions[1].groups.legal).toMatchObject({ score: null, sufficient: false, withValue: 1, total: 8 });
  });

  test('a register indicator below the minimum denominator shows its value but gets no score', () => {
    const { regions } = buildScorecard({
      ...input,
      registers: new Map([
        [1, { experiments: { numerator: 1, denominator: 2 }, bottlenecks: { numerator: 3, denominator: 3 } }],
      ]),
    });
    // 1 of 2 ended experiments evaluated: 50 %, but 2 < 3 entries, so no score
    expect(regions[0].indicators.experiments_evaluated).toMatchObject({
      numerator: 1,
      denominator: 2,
      value: 50,
    });
    expect(regions[0].indicators.experiments_evaluated.score).toBeNull();
    // 3 of 3 bottlenecks taken up: 100 %, score 100 (target 90, floor 30)
    expect(regions[0].indicators.bottlenecks_taken_up).toMatchObject({ value: 100, score: 100 });
  });

  test('outcomes have no group score and those without a target no score of their own', () => {
    const { regions } = buildScorecard(input);
    expect(Object.keys(regions[0].groups).sort()).toEqual([
      'family',
      'learning',
      'legal',
      'simple',
      'workforce',
    ]);
    expect(regions[0].indicators.closed_without_measure).toMatchObject({
      target: null,
      floor: null,
      score: null,
    });
  });

  test('for reviewers small counts become <5 and small-denominator values and scores are hidden', () => {
    const { regions, total } = buildScorecard({ ...input, suppress: DEFAULT_THRESHOLDS });
    expect(regions[0].indicators.independent_review).toMatchObject({
      numerator: '<5',
      denominator: 8,
      value: null,
      score: null,
      hidden: true,
    });
    // total 40 − 36 would give region 1's 4: the other region's numerator is hidden too ("x"),
    // and with it its value; the programme total stays
    expect(regions[1].indicators.independent_review).toMatchObject({
      numerator: 'x',
      denominator: 40,
      value: null,
      hidden: true,
    });
    expect(total.indicators.independent_review).toMatchObject({ numerator: 40, denominator: 48 });
    // the principle score says how many indicators it leaves out
    expect(regions[1].groups.legal.hiddenIndicators).toBe(1);
  });

  test('register counts are experiments and bottlenecks, not families: never suppressed', () => {
    const { regions } = buildScorecard({ ...input, suppress: DEFAULT_THRESHOLDS });
    expect(regions[0].indicators.experiments_evaluated).toMatchObject({
      numerator: 2,
      denominator: 4,
      value: 50,
    });
    expect(regions[0].indicators.bottlenecks_taken_up).toMatchObject({
      numerator: 3,
      denominator: 3,
      value: 100,
    });
  });

  test('with the element values: the case flow hides what the figures hide', () => {
    const { regions, elements } = buildScorecard({
      ...input,
      suppress: DEFAULT_THRESHOLDS,
      withElements: true,
    });
    expect(regions[1].indicators.independent_review.numerator).toBe('x');
    // petitions_reviewed is that numerator: shown beside it, it would give it away
    expect(elements?.[1].petitions_reviewed).toBe('x');
    expect(elements?.[1].petitions_filed).toBe(46);
    expect(elements?.[0].petitions_reviewed).toBe('<5');
  });
});
