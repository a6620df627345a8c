import { describe, expect, test } from 'vitest';
import { aggregateRows, type ElementRow } from './aggregation';
import { getIndicator, type Indicator } from './indicators';
import {
  computeIndicatorValue,
  computePrincipleScore,
  principleMissing,
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
        row(1, 'fte_rvt', 9, 4),
        row(1, 'staff_left', 3),
        row(1, 'headcount', 36, 12),
      ],
      [meta(1)],
    );
    // the RVT's families at the end of September (20) per the RVT's FTE then (4)
    expect(indicatorParts(getIndicator('caseload_rvt')!, buckets[0])).toEqual({
      numerator: 20,
      denominator: 4,
    });
    const turnover = getIndicator('turnover')!;
    const v = computeIndicatorValue(turnover, [indicatorParts(turnover, buckets[0])]);
    // 3 leavers on an average of 12 staff in 3 months = 100 % a year
    expect(v.value).toBeCloseTo(100, 10);
  });

  test('recurrence after closure is recurred / closed a year earlier, in all and split by measure', () => {
    // Closed a year earlier: 80, of whom 50 without a measure (so 30 with one). Reported again: 12,
    // of whom 5 closed without a measure (so 7 with one).
    const buckets = aggregateRows(
      [
        row(1, 'closed_12m_ago', 80),
        row(1, 'closed_without_measure_12m_ago', 50),
        row(1, 'recurrence_12m', 12),
        row(1, 'recurrence_12m_without_measure', 5),
      ],
      [meta(1)],
    );
    const value = (code: string) => {
      const ind = getIndicator(code)!;
      return computeIndicatorValue(ind, [indicatorParts(ind, buckets[0])]);
    };
    expect(value('recurrence_after_closure')).toMatchObject({ numerator: 12, denominator: 80, value: 15 });
    expect(value('recurrence_without_measure')).toMatchObject({ numerator: 5, denominator: 50, value: 10 });
    // 7 of 30: 23.33 %
    expect(value('recurrence_with_measure').numerator).toBe(7);
    expect(value('recurrence_with_measure').denominator).toBe(30);
    expect(value('recurrence_with_measure').value).toBeCloseTo(23.333, 3);
    // a month without the split (stored before the element existed): the split is unknown, not 0
    const old = aggregateRows([row(1, 'closed_12m_ago', 80), row(1, 'recurrence_12m', 12)], [meta(1)]);
    const without = getIndicator('recurrence_without_measure')!;
    expect(computeIndicatorValue(without, [indicatorParts(without, old[0])]).value).toBeNull();
    expect(getIndicator('recurrence_after_closure')).toMatchObject({
      direction: 'lower',
      followUpMonths: 12,
    });
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

describe('the definitions of issue 20, hand-computed', () => {
  const valueOf = (code: string, rows: ElementRow[]) => {
    const ind = getIndicator(code)!;
    return computeIndicatorValue(ind, [indicatorParts(ind, aggregateRows(rows, [meta(1)])[0])]);
  };

  test('re-escalation divides by the families handed back at least once, not by all closures', () => {
    // 40 families closed that were at the RVT, 10 of them handed back at least once, 3 of those
    // escalated again: 3 / 10 = 30 % (the old denominator gave 3 / 40 = 7.5 %, four-fold diluted).
    const rows = [
      row(1, 'rvt_closed', 40),
      row(1, 'closed_handed_back', 10),
      row(1, 'closed_reescalated', 3),
    ];
    expect(valueOf('reescalation', rows)).toMatchObject({ numerator: 3, denominator: 10, value: 30 });
    // score: target 10, floor 40 → (30 − 40) / (10 − 40) = 1/3 → 33.3
    expect(scoreValue(30, 10, 40)).toBeCloseTo(33.333, 3);
    // a region that never hands back has no value (not a perfect score)
    expect(
      valueOf('reescalation', [row(1, 'closed_handed_back', 0), row(1, 'closed_reescalated', 0)]).value,
    ).toBeNull();
  });

  test('handovers count only those beyond the first escalation and hand-back, per closed RVT family, unscored', () => {
    // 40 closed RVT families with 6 extra handovers: 0.15 per family; no target, so never a score
    const v = valueOf('handovers_per_case', [row(1, 'rvt_closed', 40), row(1, 'closed_extra_handovers', 6)]);
    expect(v).toMatchObject({ numerator: 6, denominator: 40, value: 0.15 });
    expect(getIndicator('handovers_per_case')).toMatchObject({ group: 'outcome', target: null, floor: null });
    // the stored count of every handover no longer counts: without the new element no value
    expect(
      valueOf('handovers_per_case', [row(1, 'rvt_closed', 40), row(1, 'closed_handovers', 50)]).value,
    ).toBeNull();
  });

  test('independent review counts only the petitions the review applies to', () => {
    // 30 petitions: 12 by the certified institution (8 extensions, 4 own first requests for a
    // placement), 18 by the Board; 15 of those reviewed: 15 / 18 = 83.3 %
    const rows = [
      row(1, 'petitions_filed', 30),
      row(1, 'petitions_extension', 8),
      row(1, 'petitions_by_institution', 12),
      row(1, 'petitions_reviewed', 15),
    ];
    const v = valueOf('independent_review', rows);
    expect(v).toMatchObject({ numerator: 15, denominator: 18 });
    expect(v.value).toBeCloseTo(83.333, 3);
    // a stored month without the institution's petitions: unknown, never filed − extensions
    const old = valueOf('independent_review', [
      row(1, 'petitions_filed', 30),
      row(1, 'petitions_extension', 8),
      row(1, 'petitions_reviewed', 15),
    ]);
    expect(old.value).toBeNull();
  });

  test('the legal chain: investigations ending without a petition, and days from request to decision', () => {
    // 25 investigations completed, 9 without a petition: 36 %
    expect(
      valueOf('investigations_without_petition', [
        row(1, 'investigations_completed', 25),
        row(1, 'reviews_advised_against', 9),
      ]),
    ).toMatchObject({ numerator: 9, denominator: 25, value: 36 });
    // two regions: median 100 days over 10 investigations and 80 days over 30 → (1000 + 2400) / 40 = 85
    const days = getIndicator('request_to_decision')!;
    expect(
      computeIndicatorValue(days, [
        { numerator: 100 * 10, denominator: 10 },
        { numerator: 80 * 30, denominator: 30 },
      ]),
    ).toMatchObject({ value: 85, approximate: true });
    expect(days.formula).toEqual({
      kind: 'weighted',
      element: 'days_request_to_decision_median',
      weight: 'investigations_completed',
    });
  });

  test('caseload per role, each against its own norm', () => {
    // end of September: 130 local families on 8.5 FTE, 40 RVT families on 5 FTE, 96 children with a
    // measure on 6 FTE of child protection workers
    const rows = [
      row(1, 'families_active_local', 390, 130),
      row(1, 'fte_local_team', 25.5, 8.5),
      row(1, 'families_active_rvt', 120, 40),
      row(1, 'fte_rvt', 15, 5),
      row(1, 'children_with_measure', 288, 96),
      row(1, 'fte_youth_protection', 18, 6),
    ];
    expect(valueOf('caseload_local', rows).value).toBeCloseTo(15.294, 3);
    expect(valueOf('caseload_rvt', rows).value).toBe(8);
    expect(valueOf('caseload', rows).value).toBe(16);
    // scores: local 15.29 against 15 / 25 → 97.1; RVT at its target 8 → 100; 16 children against 15 / 20 → 80
    expect(scoreValue(130 / 8.5, 15, 25)).toBeCloseTo(97.059, 3);
    expect(scoreValue(8, 8, 14)).toBe(100);
    expect(scoreValue(16, 15, 20)).toBe(80);
    // a stored month with only the total filled FTE: every caseload unknown
    expect(
      valueOf('caseload', [row(1, 'children_with_measure', 96), row(1, 'fte_filled', 20)]).value,
    ).toBeNull();
  });

  test('days to help counts those still waiting, weighted by started plus waiting', () => {
    // region 1: 30 started + 10 waiting, median 24 days; region 2: 10 started + 10 waiting, median 36
    // → (24 × 40 + 36 × 20) / 60 = 28
    const days = getIndicator('days_to_help')!;
    expect(days.formula).toEqual({
      kind: 'weighted',
      element: 'days_to_help_median_all',
      weight: 'help_cohort',
    });
    expect(
      computeIndicatorValue(days, [
        { numerator: 24 * 40, denominator: 40 },
        { numerator: 36 * 20, denominator: 20 },
      ]),
    ).toMatchObject({ value: 28, approximate: true });
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

describe('principleMissing: why a principle has no score, as its chart marks it (#22)', () => {
  test('a score: nothing missing', () => {
    expect(
      principleMissing({ ...computePrincipleScore([80, 60, null, null]), hiddenIndicators: 2 }),
    ).toBeNull();
  });
  test('hidden: the hidden indicators are what keeps it below half coverage', () => {
    // 1 of 4 with a value, 1 hidden: 2 of 4 would reach 50 %
    expect(principleMissing({ ...computePrincipleScore([80, null, null, null]), hiddenIndicators: 1 })).toBe(
      'hidden',
    );
  });
  test('unknown: too few values even with the hidden ones, or none hidden', () => {
    expect(
      principleMissing({ ...computePrincipleScore([80, null, null, null, null]), hiddenIndicators: 1 }),
    ).toBe('unknown');
    expect(principleMissing(computePrincipleScore([null, null, null]))).toBe('unknown');
    expect(principleMissing({ ...computePrincipleScore([]), hiddenIndicators: 0 })).toBe('unknown');
  });
});
