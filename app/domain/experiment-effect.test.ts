import { describe, expect, test } from 'vitest';
import {
  computeEffect,
  effectWindow,
  markersFor,
  pooledQuarter,
  quarterState,
  type QuarterFigure,
} from './experiment-effect';
import { getIndicator } from './indicators';

// one_plan: a share (numerator / denominator × 100)
const SHARE = getIndicator('one_plan')!;

/** A region's quarter: counts with the value they give, over `months` months. */
function fig(numerator: number | null, denominator: number | null, months = 3): QuarterFigure {
  const value = numerator === null || denominator === null ? null : (numerator / denominator) * 100;
  return { months, numerator, denominator, value, hidden: false };
}
const HIDDEN: QuarterFigure = { months: 3, numerator: '<5', denominator: 8, value: null, hidden: true };

describe('the quarters compared', () => {
  test('up to n quarters before the start quarter, and from it on, never after the last quarter', () => {
    expect(effectWindow('2025-04-15', '2025-Q4', 2)).toEqual([
      { quarter: '2024-Q4', side: 'before' },
      { quarter: '2025-Q1', side: 'before' },
      { quarter: '2025-Q2', side: 'after' },
      { quarter: '2025-Q3', side: 'after' },
    ]);
    expect(effectWindow('2025-12-01', '2026-Q1').map((w) => w.quarter)).toEqual([
      '2024-Q4',
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
    ]);
    // started after the last quarter with figures: only "before"
    expect(effectWindow('2026-07-01', '2026-Q2', 1)).toEqual([{ quarter: '2026-Q2', side: 'before' }]);
    expect(effectWindow(null, '2026-Q2')).toEqual([]);
  });

  test('a quarter with a month missing or an unknown part is unknown, never 0; a hidden one is hidden', () => {
    expect(quarterState(fig(3, 10))).toBe('known');
    expect(quarterState(fig(3, 10, 2))).toBe('unknown');
    expect(quarterState(fig(null, 10))).toBe('unknown');
    expect(quarterState(undefined)).toBe('unknown');
    expect(quarterState(HIDDEN)).toBe('hidden');
    expect(quarterState(fig(0, 10))).toBe('known');
  });
});

describe('the pooled reference', () => {
  test('is Σ numerators / Σ denominators of the known regions, never a mean of percentages', () => {
    // 10/50 = 20 % and 30/150 = 20 %... but 12/60 and 38/140: 50/200 = 25 % (the mean of 20 % and 27.1 % is not)
    expect(
      pooledQuarter(SHARE, [
        { regionId: 1, figure: fig(12, 60) },
        { regionId: 2, figure: fig(38, 140) },
      ]),
    ).toEqual({ value: 25, state: 'known', leftOut: [] });
  });

  test('leaves out and names unknown and hidden regions; with none left the quarter is unknown or hidden', () => {
    expect(
      pooledQuarter(SHARE, [
        { regionId: 1, figure: fig(15, 50) },
        { regionId: 2, figure: fig(null, 90) },
        { regionId: 3, figure: HIDDEN },
      ]),
    ).toEqual({ value: 30, state: 'known', leftOut: [2, 3] });
    expect(pooledQuarter(SHARE, [{ regionId: 2, figure: fig(20, 90, 1) }])).toEqual({
      value: null,
      state: 'unknown',
      leftOut: [2],
    });
    expect(pooledQuarter(SHARE, [{ regionId: 3, figure: HIDDEN }])).toEqual({
      value: null,
      state: 'hidden',
      leftOut: [3],
    });
    expect(pooledQuarter(SHARE, [])).toEqual({ value: null, state: 'unknown', leftOut: [] });
  });
});

describe('before and after, with the difference-in-differences', () => {
  const window = effectWindow('2025-04-15', '2025-Q4', 2); // 2024-Q4, 2025-Q1 | 2025-Q2, 2025-Q3

  test('hand-computed: a linked indicator with a month unknown in one quarter', () => {
    const e = computeEffect({
      indicator: SHARE,
      window,
      // 20 %, 30 % | 45 %, and 2025-Q3 has figures for 2 of its 3 months: unknown
      region: [fig(20, 100), fig(30, 100), fig(45, 100), fig(70, 100, 2)],
      reference: {
        kind: 'regions',
        regions: [
          { regionId: 7, figures: [fig(10, 50), fig(12, 60), fig(15, 50), fig(20, 100)] },
          { regionId: 8, figures: [fig(30, 150), fig(38, 140), fig(null, 90), fig(40, 100)] },
        ],
      },
    });
    // reference per quarter: 40/200 = 20 %, 50/200 = 25 %, 15/50 = 30 % (region 8 unknown), 60/200 = 30 %
    expect(e.rows.map((r) => [r.quarter, r.side, r.region, r.reference, r.difference, r.leftOut])).toEqual([
      ['2024-Q4', 'before', 20, 20, 0, []],
      ['2025-Q1', 'before', 30, 25, 5, []],
      ['2025-Q2', 'after', 45, 30, 15, [8]],
      ['2025-Q3', 'after', null, 30, null, []],
    ]);
    expect(e.rows[3].regionState).toBe('unknown');
    // region: before (20 + 30) / 2 = 25, after 45 (2025-Q3 unknown) → +20
    // reference over the same quarters: (20 + 25) / 2 = 22.5, after 30 → +7.5
    // DiD = 20 − 7.5 = 12.5 percentage points
    expect(e).toMatchObject({
      regionBefore: 25,
      regionAfter: 45,
      regionChange: 20,
      referenceBefore: 22.5,
      referenceAfter: 30,
      referenceChange: 7.5,
      differenceInDifferences: 12.5,
      used: { before: ['2024-Q4', '2025-Q1'], after: ['2025-Q2'] },
      unknownQuarters: ['2025-Q3'],
      hiddenQuarters: [],
    });
  });

  test('against a national series; a hidden quarter is left out and named apart from unknown ones', () => {
    const e = computeEffect({
      indicator: SHARE,
      window,
      region: [fig(40, 100), HIDDEN, fig(50, 200), fig(60, 200)],
      // 2024-Q4 has no reference value stored
      reference: { kind: 'series', values: [null, 35, 33, 28] },
    });
    // used: before none left (2024-Q4 reference unknown, 2025-Q1 region hidden) → no DiD
    expect(e.used).toEqual({ before: [], after: ['2025-Q2', '2025-Q3'] });
    expect(e.unknownQuarters).toEqual(['2024-Q4']);
    expect(e.hiddenQuarters).toEqual(['2025-Q1']);
    // after: region (25 + 30) / 2 = 27.5, reference (33 + 28) / 2 = 30.5
    expect([e.regionAfter, e.referenceAfter, e.regionBefore, e.differenceInDifferences]).toEqual([
      27.5,
      30.5,
      null,
      null,
    ]);
    expect(e.rows[0].difference).toBeNull();
    expect(e.rows[2].difference).toBe(-8);
  });

  test('a rise in the region matched by the reference gives a DiD of 0, not a claimed effect', () => {
    const e = computeEffect({
      indicator: SHARE,
      window,
      region: [fig(10, 100), fig(20, 100), fig(30, 100), fig(40, 100)],
      reference: { kind: 'series', values: [50, 60, 70, 80] },
    });
    expect([e.regionChange, e.referenceChange, e.differenceInDifferences]).toEqual([20, 20, 0]);
  });
});

describe('markers on charts', () => {
  const experiments = [
    { id: 2, title: 'B', regionName: 'Zeeland', startDate: '2026-02-01', endDate: '2026-08-31' },
    { id: 1, title: 'A', regionName: 'Utrecht', startDate: '2025-11-15', endDate: null },
    { id: 3, title: 'C', regionName: 'Utrecht', startDate: null, endDate: null },
  ];
  test('a start and an end fall on the quarter, month or year of the chart; outside ones are not marked', () => {
    expect(
      markersFor(experiments, ['2025-Q4', '2026-Q1', '2026-Q2']).map((m) => [m.category, m.kind, m.title]),
    ).toEqual([
      ['2025-Q4', 'start', 'A'],
      ['2026-Q1', 'start', 'B'],
    ]);
    expect(markersFor(experiments, ['2026-07', '2026-08']).map((m) => [m.category, m.kind, m.title])).toEqual(
      [['2026-08', 'end', 'B']],
    );
    expect(markersFor(experiments, ['2025', '2026']).map((m) => [m.category, m.kind, m.regionName])).toEqual([
      ['2025', 'start', 'Utrecht'],
      ['2026', 'start', 'Zeeland'],
      ['2026', 'end', 'Zeeland'],
    ]);
    expect(markersFor(experiments, [])).toEqual([]);
  });
});
