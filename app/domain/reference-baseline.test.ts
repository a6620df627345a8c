import { describe, expect, test } from 'vitest';
import { referenceBaselineValue } from './reference-baseline';

describe('a baseline filled from a reference series', () => {
  test('the mean of the periods within the baseline, weighted by their months', () => {
    // 2021 as a year (12 months, 60) and 2022-Q1 … Q2 (3 months each, 70 and 80), baseline 2021-01 … 2022-06:
    // (60 × 12 + 70 × 3 + 80 × 3) / 18 = (720 + 210 + 240) / 18 = 65
    const values = [
      { period: '2021', value: 60 },
      { period: '2022-Q1', value: 70 },
      { period: '2022-Q2', value: 80 },
      { period: '2022-Q3', value: 99 }, // after the baseline
      { period: '2020-Q4', value: 1 }, // before it
    ];
    expect(referenceBaselineValue(values, { from: '2021-01', to: '2022-06' })).toBe(65);
  });

  test('a period cutting the baseline is not used; unknown values are left out; none known: no value, never 0', () => {
    expect(
      referenceBaselineValue([{ period: '2022', value: 50 }], { from: '2022-04', to: '2022-12' }),
    ).toBeNull();
    expect(
      referenceBaselineValue(
        [
          { period: '2022-Q2', value: null },
          { period: '2022-Q3', value: 42 },
        ],
        { from: '2022-04', to: '2022-12' },
      ),
    ).toBe(42);
    expect(referenceBaselineValue([], { from: '2022-01', to: '2022-12' })).toBeNull();
  });
});
