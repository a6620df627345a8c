import { describe, expect, test } from 'vitest';
import { formatDate, formatDateTime, formatPeriodLabel, formatQuarter, formatUnit } from './format';

describe('dates on pages: one format per language', () => {
  test('a calendar date is 15-11-2026 in Dutch and 15 Nov 2026 in English', () => {
    expect(formatDate('2026-11-15', 'nl')).toBe('15-11-2026');
    expect(formatDate('2026-11-15', 'en')).toBe('15 Nov 2026');
    expect(formatDate('2026-09-01', 'en')).toBe('1 Sep 2026');
    expect(formatDate('2026-09-01', 'nl')).toBe('01-09-2026');
  });
  test('a moment is shown in Dutch time with the same date format', () => {
    // 23:30 UTC on 31 October is 00:30 on 1 November in Amsterdam (winter time)
    expect(formatDateTime('2026-10-31T23:30:00.000Z', 'nl')).toBe('01-11-2026 00:30');
    expect(formatDateTime('2026-10-31T23:30:00.000Z', 'en')).toBe('1 Nov 2026, 00:30');
    expect(formatDate('2026-10-31T23:30:00.000Z', 'nl')).toBe('01-11-2026');
  });
  test('something that is not a date is shown as it is', () => {
    expect(formatDate('onbekend', 'nl')).toBe('onbekend');
  });
});

describe('periods and units on pages: words, never codes', () => {
  test('a quarter is "3e kwartaal 2026" in Dutch and "Q3 2026" in English', () => {
    expect(formatQuarter('2026-Q3', 'nl')).toBe('3e kwartaal 2026');
    expect(formatQuarter('2026-Q1', 'en')).toBe('Q1 2026');
    expect(formatQuarter('nonsense', 'nl')).toBe('nonsense');
  });
  test('any period: a month, a quarter, a year or a range of months', () => {
    expect(formatPeriodLabel('2026-10', 'nl')).toBe('oktober 2026');
    expect(formatPeriodLabel('2026-Q4', 'nl')).toBe('4e kwartaal 2026');
    // the compare page's range of months, as its chart caption names it
    expect(formatPeriodLabel('2025-10..2026-09', 'nl')).toBe('oktober 2025 – september 2026');
    expect(formatPeriodLabel('2026', 'en')).toBe('2026');
    expect(formatPeriodLabel('2026-01–2026-10', 'en')).toBe('January 2026 – October 2026');
  });
  test('a unit code in words', () => {
    expect(formatUnit('percent', 'nl')).toBe('procent');
    expect(formatUnit('percent', 'en')).toBe('per cent');
    expect(formatUnit('per10000', 'nl')).toBe('per 10.000');
  });
});
