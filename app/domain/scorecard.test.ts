import { describe, expect, test } from 'vitest';
import { aggregateRows, type ElementRow } from './aggregation';
import { buildScorecard } from './scorecard';
import { DEFAULT_THRESHOLDS, discloseQuarters } from './disclosure';

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

// as a reviewer sees them: approved, rounded to 5
const disclosed = discloseQuarters(
  buckets.map((b) => ({ ...b, provisional: false })),
  DEFAULT_THRESHOLDS,
);

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

  test('for reviewers every figure is made of base cells rounded to 5; totals are sums of rounded cells', () => {
    const { regions, total } = buildScorecard({ ...input, suppress: DEFAULT_THRESHOLDS, buckets: disclosed });
    // region 1: reviewed 4 → 5; filed 10 − institution 2 → 10 − 0 = 10: 50 %
    expect(regions[0].indicators.independent_review).toMatchObject({
      numerator: 5,
      denominator: 10,
      value: 50,
      hidden: false,
      state: 'rounded',
    });
    // region 2: reviewed 36 → 35; filed 46 → 45 − institution 6 → 5 = 40: 87.5 %
    expect(regions[1].indicators.independent_review).toMatchObject({
      numerator: 35,
      denominator: 40,
      value: 87.5,
    });
    // region 3's denominator is unknown (never 0): left out of the total, 40 / 50
    expect(regions[2].indicators.independent_review).toMatchObject({
      numerator: null,
      value: null,
      state: 'unknown',
    });
    expect(total.indicators.independent_review).toMatchObject({ numerator: 40, denominator: 50, value: 80 });
  });

  test('for reviewers a value over a rounded denominator below 10 is hidden, with its numerator', () => {
    const small = discloseQuarters(
      aggregateRows(
        [el(1, 'petitions_filed', 9), el(1, 'petitions_by_institution', 3), el(1, 'petitions_reviewed', 6)],
        [{ regionId: 1, bucket: '2026-Q3', months: 3, provisional: false, lastPeriod: '2026-09' }],
      ),
      DEFAULT_THRESHOLDS,
    );
    const { regions } = buildScorecard({
      ...input,
      regionIds: [1],
      suppress: DEFAULT_THRESHOLDS,
      buckets: small,
    });
    // 9 → 10 minus 3 → 5 = 5 < 10: "kleine noemer"; the numerator 5 beside it would give 100 %
    expect(regions[0].indicators.independent_review).toMatchObject({
      numerator: 'x',
      denominator: 5,
      value: null,
      score: null,
      hidden: true,
      state: 'hidden',
      reason: 'small-denominator',
    });
    expect(regions[0].groups.legal.hiddenIndicators).toBe(1);
  });

  test('register counts are experiments and bottlenecks, not families: never rounded', () => {
    const { regions } = buildScorecard({ ...input, suppress: DEFAULT_THRESHOLDS, buckets: disclosed });
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

  test('with the element values: the case flow shows the same rounded base cells', () => {
    const { regions, elements } = buildScorecard({
      ...input,
      suppress: DEFAULT_THRESHOLDS,
      buckets: disclosed,
      withElements: true,
    });
    expect(regions[1].indicators.independent_review.numerator).toBe(35);
    expect(elements?.[1].petitions_reviewed).toBe(35);
    expect(elements?.[1].petitions_filed).toBe(45);
    expect(elements?.[0].petitions_reviewed).toBe(5);
    // unknown stays unknown, never 0
    expect(elements?.[2].petitions_by_institution).toBeNull();
  });
});
