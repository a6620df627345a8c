import { describe, expect, test } from 'vitest';
import { DEFAULT_THRESHOLDS as T, suppressCount, suppressFigure } from './suppression';

describe('small-number suppression', () => {
  test('counts 1 to 4 are shown as <5; 0, 5 and unknown are shown as they are', () => {
    expect([0, 1, 4, 5, null].map((n) => suppressCount(n, T))).toEqual([0, '<5', '<5', 5, null]);
  });

  test('the thresholds come from the settings', () => {
    expect(suppressCount(6, { smallCount: 10, smallDenominator: 10 })).toBe('<10');
  });

  test('a percentage whose denominator is below 10 is hidden with its score', () => {
    const f = suppressFigure(
      { numerator: 6, denominator: 9, value: 66.7, score: 40 },
      { numerator: true, denominator: true },
      T,
    );
    expect(f).toEqual({ numerator: 6, denominator: 9, value: null, score: null, hidden: true });
    const ok = suppressFigure(
      { numerator: 3, denominator: 10, value: 30, score: 0 },
      { numerator: true, denominator: true },
      T,
    );
    expect(ok).toEqual({ numerator: '<5', denominator: 10, value: 30, score: 0, hidden: false });
  });

  test('a denominator that is not a count (FTE) neither hides the value nor becomes <5', () => {
    const f = suppressFigure(
      { numerator: 40, denominator: 3.5, value: 11.4, score: 100 },
      { numerator: true, denominator: false },
      T,
    );
    expect(f).toEqual({ numerator: 40, denominator: 3.5, value: 11.4, score: 100, hidden: false });
  });
});
