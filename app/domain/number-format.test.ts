import { describe, expect, test } from 'vitest';
import { formatNumber, formatPercent } from './number-format';

describe('the one number formatter', () => {
  test('Dutch writes a decimal comma and groups thousands with a point; English the other way round', () => {
    expect(formatNumber(1234.56, 'nl')).toBe('1.234,6');
    expect(formatNumber(1234.56, 'en')).toBe('1,234.6');
    expect(formatNumber(12.3456, 'nl', 4)).toBe('12,3456');
    expect(formatNumber(2, 'nl', 4)).toBe('2');
    expect(formatNumber(-0.5, 'en', 0)).toBe('-1');
  });

  test('a value that is not a finite number shows as a dash, never NaN or Infinity', () => {
    expect(formatNumber(Number.NaN, 'nl')).toBe('—');
    expect(formatNumber(Number.POSITIVE_INFINITY, 'en')).toBe('—');
    expect(formatPercent(Number.NaN, 'nl')).toBe('—');
  });

  test('a fraction as a whole percentage in each language', () => {
    expect(formatPercent(0.875, 'nl')).toBe('88%');
    expect(formatPercent(0.875, 'en')).toBe('88%');
    expect(formatPercent(0.8754, 'nl', 1)).toBe('87,5%');
  });
});
