import { describe, expect, test } from 'vitest';
import {
  addMonths,
  dueDate,
  endOfMonth,
  isPeriod,
  lastEndedPeriod,
  monthsOfQuarter,
  periodRange,
  quarterOf,
} from './periods';

describe('periods', () => {
  test('adding months crosses year boundaries both ways', () => {
    expect(addMonths('2023-12', 1)).toBe('2024-01');
    expect(addMonths('2024-01', -1)).toBe('2023-12');
    expect(addMonths('2023-01', 45)).toBe('2026-10');
  });

  test('the demo range 2023-01 … 2026-10 has 46 months', () => {
    const range = periodRange('2023-01', '2026-10');
    expect(range).toHaveLength(46);
    expect(range[0]).toBe('2023-01');
    expect(range[45]).toBe('2026-10');
    expect(periodRange('2024-02', '2024-01')).toEqual([]);
  });

  test('only well-formed months are periods', () => {
    expect(isPeriod('2026-10')).toBe(true);
    expect(isPeriod('2026-13')).toBe(false);
    expect(isPeriod('2026-1')).toBe(false);
  });

  test('a report is due on the given day of the following month, clamped to its length', () => {
    expect(dueDate('2026-10', 15)).toBe('2026-11-15');
    expect(dueDate('2026-12', 15)).toBe('2027-01-15');
    expect(dueDate('2026-01', 31)).toBe('2026-02-28');
  });

  test('the month just ended is the one before today', () => {
    expect(lastEndedPeriod(new Date('2026-11-28T12:00:00Z'))).toBe('2026-10');
  });

  test('quarters', () => {
    expect(quarterOf('2026-10')).toBe('2026-Q4');
    expect(monthsOfQuarter('2026-Q3')).toEqual(['2026-07', '2026-08', '2026-09']);
  });
});

describe('endOfMonth', () => {
  test('the last calendar day, leap years included', () => {
    expect(['2026-02', '2028-02', '2026-04', '2026-12'].map(endOfMonth)).toEqual([
      '2026-02-28',
      '2028-02-29',
      '2026-04-30',
      '2026-12-31',
    ]);
  });
});
