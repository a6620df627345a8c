import { describe, expect, test } from 'vitest';
import { formatNumber, formatPercent, roundAsShown } from './number-format';

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

describe('a number rounded as a page writes it', () => {
  test('rounds as the formatter does, ties and binary fractions included, and writes back the same text', () => {
    expect(roundAsShown(55.35596804511278, 0)).toBe(55);
    expect(roundAsShown(72.5, 0)).toBe(73);
    expect(roundAsShown(1234567.89, 1)).toBe(1234567.9);
    // Intl rounds the shortest decimal of the value ("1.005"), not its binary expansion
    // (1.00499999…): 1,01, where Math.round(1.005 * 100) / 100 would give 1
    expect(roundAsShown(1.005, 2)).toBe(1.01);
    expect(roundAsShown(-2.5, 0)).toBe(-3);
    for (const v of [0.15, 0.25, 2.675, 49.5, 99.49999999999999, 1e-7, 8.152173913043478, 15.479876160990713])
      for (const d of [0, 1, 2])
        for (const lang of ['nl', 'en'] as const)
          expect(formatNumber(roundAsShown(v, d), lang, d)).toBe(formatNumber(v, lang, d));
    expect(roundAsShown(Number.NaN, 0)).toBeNaN();
  });
});
