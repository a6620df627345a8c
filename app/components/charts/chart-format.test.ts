import { describe, expect, test } from 'vitest';
import { formatDifference, formatValue } from './chart-format';

describe('a difference in an indicator’s own unit', () => {
  test('a share’s difference is in percentage points, one notation per language, never % or pp', () => {
    expect(formatDifference(3.2, 'percent', 'nl')).toBe('+3,2\u00a0procentpunt');
    expect(formatDifference(-1.5, 'percent', 'en')).toBe('−1.5\u00a0percentage points');
    expect(formatDifference(0, 'percent', 'nl')).toBe('±0\u00a0procentpunt');
    // the value itself keeps its percent sign
    expect(formatValue(3.2, 'percent', 'nl')).toBe('3,2\u00a0%');
  });

  test('other units: the number with its sign, per 100 with two decimals, unknown as a dash', () => {
    expect(formatDifference(0.125, 'per100', 'en')).toBe('+0.13');
    expect(formatDifference(-2, 'days', 'nl')).toBe('−2');
    expect(formatDifference(12.4, 'score100', 'nl')).toBe('+12');
    expect(formatDifference(null, 'percent', 'nl')).toBe('—');
    expect(formatDifference(Number.NaN, 'percent', 'en')).toBe('—');
  });
});
