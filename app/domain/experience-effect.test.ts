import { describe, expect, test } from 'vitest';
import { experienceEffectWindow, periodIndexOfDate, periodMonths } from './experience-effect';

describe('the periods of an experience item’s before and after', () => {
  test('a start on the first day of a quarter: that quarter is the first "after"', () => {
    expect(experienceEffectWindow('2025-10-01', '2026-Q3', 'quarter')).toEqual({
      cadence: 'quarter',
      before: { from: '2024-Q4', to: '2025-Q3' },
      after: { from: '2025-Q4', to: '2026-Q3' },
    });
  });
  test('a start inside a quarter: that quarter is neither before nor after; after runs to the last period', () => {
    expect(experienceEffectWindow('2025-11-15', '2026-Q2', 'quarter')).toEqual({
      cadence: 'quarter',
      before: { from: '2024-Q4', to: '2025-Q3' },
      after: { from: '2026-Q1', to: '2026-Q2' },
    });
    expect(experienceEffectWindow('2025-11-15', '2025-Q4', 'quarter').after).toBeNull();
  });
  test('professionals: half-years, two on either side', () => {
    expect(experienceEffectWindow('2025-03-10', '2026-H2', 'half')).toEqual({
      cadence: 'half',
      before: { from: '2024-H1', to: '2024-H2' },
      after: { from: '2025-H2', to: '2026-H1' },
    });
    expect(periodIndexOfDate('2025-07-01', 'half')).toBe(2025 * 2 + 1);
    expect(periodMonths(2025 * 2 + 1, 'half')).toEqual({ from: '2025-07', to: '2025-12' });
    expect(periodMonths(2025 * 4 + 3, 'quarter')).toEqual({ from: '2025-10', to: '2025-12' });
  });
});
