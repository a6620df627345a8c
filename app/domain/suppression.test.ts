import { describe, expect, test } from 'vitest';
import { DEFAULT_THRESHOLDS as T, showFigureSet, type FigureCell } from './suppression';

const COUNTS = { numerator: true, denominator: true };
const one = (f: FigureCell, t = T) =>
  showFigureSet({ regions: [{ f }], total: null, counts: [] }, t).regions[0].f;
const counts = (values: (number | null)[], t = T) =>
  showFigureSet({ regions: [], total: null, counts: values.map((value) => ({ value, isCount: true })) }, t)
    .counts;

describe('small-number suppression', () => {
  test('counts 1 to 4 are shown as <5; 0, 5 and unknown are shown as they are', () => {
    expect(counts([0, 1, 4, 5, null])).toEqual([0, '<5', '<5', 5, null]);
  });

  test('the thresholds come from the settings', () => {
    expect(counts([6], { smallCount: 10, smallDenominator: 10 })).toEqual(['<10']);
  });

  test('a value that is not a count (days, FTE) is never suppressed', () => {
    const set = { regions: [], total: null, counts: [{ value: 3, isCount: false }] };
    expect(showFigureSet(set, T).counts).toEqual([3]);
  });

  test('a percentage whose denominator is below 10 is hidden with its score', () => {
    const f = one({ numerator: 6, denominator: 9, value: 66.7, score: 40, countParts: COUNTS });
    expect(f).toEqual({ numerator: 6, denominator: 9, value: null, score: null, hidden: true });
    const ok = one({ numerator: 3, denominator: 10, value: 30, score: 0, countParts: COUNTS });
    expect(ok).toEqual({ numerator: '<5', denominator: 10, value: 30, score: 0, hidden: false });
  });

  test('a denominator that is not a count (FTE) neither hides the value nor becomes <5', () => {
    const f = one({
      numerator: 40,
      denominator: 3.5,
      value: 11.4,
      score: 100,
      countParts: { numerator: true, denominator: false },
    });
    expect(f).toEqual({ numerator: 40, denominator: 3.5, value: 11.4, score: 100, hidden: false });
  });

  test('a rate per 10,000 children is hidden with a count of 1–4, whatever its population', () => {
    const rate = { countParts: { numerator: true, denominator: false }, rate: true as const, score: null };
    // 3 placements over 7,500 child-years: 4 per 10,000 would give the 3 back
    expect(one({ ...rate, numerator: 3, denominator: 7_500, value: 4 })).toEqual({
      numerator: '<5',
      denominator: 7_500,
      value: null,
      score: null,
      hidden: true,
    });
    expect(one({ ...rate, numerator: 5, denominator: 7_500, value: 6.67 })).toMatchObject({
      value: 6.67,
      hidden: false,
    });
    expect(one({ ...rate, numerator: 0, denominator: 7_500, value: 0 })).toMatchObject({
      value: 0,
      hidden: false,
    });
  });

  test('without thresholds (managers, coordinators) every figure and count is exact', () => {
    const set = {
      regions: [{ a: { numerator: 2, denominator: 3, value: 66.7, score: 10, countParts: COUNTS } }],
      total: { a: { numerator: 2, denominator: 3, value: 66.7, score: 10, countParts: COUNTS } },
      counts: [{ value: 2, isCount: true }],
    };
    const shown = showFigureSet(set, null);
    expect(shown.regions[0].a).toEqual({
      numerator: 2,
      denominator: 3,
      value: 66.7,
      score: 10,
      hidden: false,
    });
    expect(shown.total?.a.value).toBe(66.7);
    expect(shown.counts).toEqual([2]);
  });
});
