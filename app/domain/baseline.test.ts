import { describe, expect, test } from 'vitest';
import { changeAgainstBaseline, programmeBaseline } from './baseline';
import { getIndicator } from './indicators';

const SHARE = getIndicator('one_plan')!; // numerator / denominator × 100

describe('the programme total over the baseline', () => {
  test('Σ numerators / Σ denominators over each region’s own baseline, not a mean of the regions', () => {
    // region 1 (baseline 2023): 30 of 100 = 30 %; region 2 (baseline 2024-03 … 2025-02): 90 of 200 = 45 %
    // total: 120 / 300 = 40 % (the mean of 30 % and 45 % would be 37.5 %)
    const b = programmeBaseline(SHARE, [
      { regionId: 1, numerator: 30, denominator: 100, hidden: false },
      { regionId: 2, numerator: 90, denominator: 200, hidden: false },
    ]);
    expect(b).toEqual({ value: 40, numerator: 120, denominator: 300, excluded: [] });
    // now 52 %: +12 percentage points against the baseline
    expect(changeAgainstBaseline(52, b)).toBe(12);
    expect(changeAgainstBaseline(null, b)).toBeNull();
  });

  test('a region with an unknown or hidden baseline is left out and named; none left: unknown, never 0', () => {
    const b = programmeBaseline(SHARE, [
      { regionId: 1, numerator: 30, denominator: 100, hidden: false },
      { regionId: 2, numerator: null, denominator: 200, hidden: false },
      { regionId: 3, numerator: '<5', denominator: 8, hidden: true },
      { regionId: 4, numerator: 'x', denominator: 40, hidden: false },
    ]);
    expect(b).toEqual({
      value: 30,
      numerator: 30,
      denominator: 100,
      excluded: [
        { regionId: 2, reason: 'unknown' },
        { regionId: 3, reason: 'hidden' },
        { regionId: 4, reason: 'hidden' },
      ],
    });
    const none = programmeBaseline(SHARE, [
      { regionId: 2, numerator: null, denominator: null, hidden: false },
    ]);
    expect(none.value).toBeNull();
    expect(changeAgainstBaseline(50, none)).toBeNull();
  });
});
