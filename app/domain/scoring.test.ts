import { describe, expect, test } from 'vitest';
import { aggregateRows, type ElementRow } from './aggregation';
import { getIndicator, type Indicator } from './indicators';
import {
  computeIndicatorValue,
  computePrincipleScore,
  indicatorParts,
  scoreValue,
  targetInForce,
} from './scoring';

const triage = getIndicator('triage_on_time')!;
const row = (regionId: number, elementCode: string, total: number | null, last = total): ElementRow => ({
  regionId,
  bucket: '2026-Q3',
  elementCode,
  total,
  known: total === null ? 2 : 3,
  last,
  weightedSum: null,
  weightTotal: null,
});
const meta = (regionId: number) => ({
  regionId,
  bucket: '2026-Q3',
  months: 3,
  provisional: false,
  lastPeriod: '2026-09',
});

describe('indicator values across regions', () => {
  test('is the sum of numerators over the sum of denominators, not a mean of percentages', () => {
    const parts = [
      { numerator: 9, denominator: 10 },
      { numerator: 10, denominator: 100 },
    ];
    const v = computeIndicatorValue(getIndicator('independent_review')!, parts);
    expect(v.value).toBeCloseTo((19 / 110) * 100, 10);
    expect(v.value).not.toBeCloseTo(50, 0);
    expect(v).toMatchObject({ numerator: 19, denominator: 110, approximate: false });
  });

  test('a formula sums its terms: triage total is the three triage levels', () => {
    const buckets = aggregateRows(
      [
        row(1, 'triage_on_time', 80),
        row(1, 'triage_simple', 50),
        row(1, 'triage_complex', 30),
        row(1, 'triage_multi_complex', 20),
      ],
      [meta(1)],
    );
    expect(indicatorParts(triage, buckets[0])).toEqual({ numerator: 80, denominator: 100 });
    expect(computeIndicatorValue(triage, [indicatorParts(triage, buckets[0])]).value).toBe(80);
  });

  test('stocks divided by stocks use the last month; flows over stocks use the sum of monthly levels', () => {
    const buckets = aggregateRows(
      [
        row(1, 'families_active_local', 300, 100),
        row(1, 'families_active_rvt', 60, 20),
        row(1, 'fte_filled', 30, 12),
        row(1, 'staff_left', 3),
        row(1, 'headcount', 36, 12),
      ],
      [meta(1)],
    );
    expect(indicatorParts(getIndicator('caseload')!, buckets[0])).toEqual({
      numerator: 120,
      denominator: 12,
    });
    const turnover = getIndicator('turnover')!;
    const v = computeIndicatorValue(turnover, [indicatorParts(turnover, buckets[0])]);
    // 3 leavers on an average of 12 staff in 3 months = 100 % a year
    expect(v.value).toBeCloseTo(100, 10);
  });

  test('lasting safety is 1 − recurred / closed', () => {
    const safety = getIndicator('lasting_safety')!;
    const buckets = aggregateRows([row(1, 'closed_12m_ago', 80), row(1, 'recurrence_12m', 8)], [meta(1)]);
    expect(computeIndicatorValue(safety, [indicatorParts(safety, buckets[0])]).value).toBeCloseTo(90, 10);
  });

  test('a zero denominator gives no value, not 0', () => {
    expect(computeIndicatorValue(triage, [{ numerator: 0, denominator: 0 }]).value).toBeNull();
  });

  test('an unknown denominator gives no value; across regions that region is left out', () => {
    const buckets = aggregateRows(
      [row(1, 'petitions_reviewed', 5), row(1, 'petitions_filed', null)],
      [meta(1)],
    );
    const review = getIndicator('independent_review')!;
    expect(indicatorParts(review, buckets[0])).toEqual({ numerator: 5, denominator: null });
    expect(computeIndicatorValue(review, [indicatorParts(review, buckets[0])]).value).toBeNull();
    const both = computeIndicatorValue(review, [
      indicatorParts(review, buckets[0]),
      { numerator: 6, denominator: 8 },
    ]);
    expect(both).toMatchObject({ numerator: 6, denominator: 8, value: 75 });
  });

  test('a weighted indicator combines Σ value × weight over Σ weight and is approximate', () => {
    const days = getIndicator('days_to_help')!;
    const v = computeIndicatorValue(days, [
      { numerator: 20 * 10, denominator: 10 },
      { numerator: 30 * 30, denominator: 30 },
    ]);
    expect(v).toMatchObject({ value: 27.5, approximate: true });
  });
});

describe('scores', () => {
  test('higher is better: value between floor and target scores proportionally, clamped', () => {
    expect(scoreValue(77.5, 95, 60)).toBeCloseTo(50, 10);
    expect(scoreValue(99, 95, 60)).toBe(100);
    expect(scoreValue(40, 95, 60)).toBe(0);
  });

  test('lower is better: the same formula with target below floor', () => {
    expect(scoreValue(28, 14, 42)).toBeCloseTo(50, 10);
    expect(scoreValue(10, 14, 42)).toBe(100);
    expect(scoreValue(50, 14, 42)).toBe(0);
  });

  test('no value gives no score', () => {
    expect(scoreValue(null, 95, 60)).toBeNull();
  });

  test('a principle score is the mean of the scores with a value, with coverage', () => {
    expect(computePrincipleScore([100, 50, null, 0])).toEqual({
      score: 50,
      coverage: 0.75,
      withValue: 3,
      total: 4,
      sufficient: true,
    });
  });

  test('exactly 50 % coverage still scores; below 50 % is "onvoldoende gegevens"', () => {
    expect(computePrincipleScore([80, 60, null, null]).score).toBe(70);
    const low = computePrincipleScore([80, null, null, null, null, null]);
    expect(low).toMatchObject({ score: null, sufficient: false, withValue: 1 });
    expect(low.coverage).toBeCloseTo(1 / 6, 10);
  });
});

describe('targets in force', () => {
  const ind = getIndicator('one_plan') as Indicator;
  const settings = [
    { indicatorCode: 'one_plan', target: 80, floor: 30, effectiveFrom: '2025-01' },
    { indicatorCode: 'one_plan', target: 85, floor: 35, effectiveFrom: '2026-07' },
    { indicatorCode: 'one_contact', target: 99, floor: 1, effectiveFrom: '2020-01' },
  ];
  test('the latest setting effective at or before the period wins', () => {
    expect(targetInForce(ind, settings, '2026-09')).toEqual({
      target: 85,
      floor: 35,
      effectiveFrom: '2026-07',
    });
    expect(targetInForce(ind, settings, '2026-06')).toEqual({
      target: 80,
      floor: 30,
      effectiveFrom: '2025-01',
    });
  });
  test('before any setting the default holds', () => {
    expect(targetInForce(ind, settings, '2024-12')).toEqual({ target: 90, floor: 40, effectiveFrom: null });
  });
});
