import { describe, expect, test } from 'vitest';
import { readEnteredNumber } from './number-input';

describe('one rule for typed numbers', () => {
  test('a Dutch count reads 1.234 as 1234 and 1.234.567 as 1234567', () => {
    expect(readEnteredNumber('1.234', 'count', 'nl')).toEqual({ ok: true, value: 1234 });
    expect(readEnteredNumber('1.234.567', 'count', 'nl')).toEqual({ ok: true, value: 1234567 });
    expect(readEnteredNumber(' 412 ', 'count', 'nl')).toEqual({ ok: true, value: 412 });
  });
  test('a Dutch count refuses a point that does not group thousands', () => {
    expect(readEnteredNumber('1.23', 'count', 'nl')).toEqual({ ok: false, problem: 'notNumber' });
    expect(readEnteredNumber('12.', 'count', 'nl')).toEqual({ ok: false, problem: 'notNumber' });
  });
  test('a Dutch decimal takes a comma and refuses a point, never reading 1.234 as 1.234', () => {
    expect(readEnteredNumber('61,5', 'decimal', 'nl')).toEqual({ ok: true, value: 61.5 });
    expect(readEnteredNumber('61.5', 'decimal', 'nl')).toEqual({ ok: false, problem: 'decimalSeparator' });
    expect(readEnteredNumber('1.234', 'days', 'nl')).toEqual({ ok: false, problem: 'decimalSeparator' });
    expect(readEnteredNumber('1.234,5', 'score', 'nl')).toEqual({ ok: false, problem: 'decimalSeparator' });
  });
  test('English mirrors it: a count reads 1,234 as 1234, a decimal takes a point and refuses a comma', () => {
    expect(readEnteredNumber('1,234', 'count', 'en')).toEqual({ ok: true, value: 1234 });
    expect(readEnteredNumber('61.5', 'decimal', 'en')).toEqual({ ok: true, value: 61.5 });
    expect(readEnteredNumber('61,5', 'decimal', 'en')).toEqual({ ok: false, problem: 'decimalSeparator' });
  });
  test('empty is unknown, never 0; words are not numbers', () => {
    expect(readEnteredNumber('', 'count', 'nl')).toEqual({ ok: true, value: null });
    expect(readEnteredNumber(undefined, 'decimal', 'nl')).toEqual({ ok: true, value: null });
    expect(readEnteredNumber('abc', 'decimal', 'nl')).toEqual({ ok: false, problem: 'notNumber' });
    expect(readEnteredNumber('12 5', 'count', 'nl')).toEqual({ ok: false, problem: 'notNumber' });
    expect(readEnteredNumber('1 234', 'count', 'nl')).toEqual({ ok: true, value: 1234 });
  });
  test('a count with a decimal comma is read as a decimal, so the whole-number rule can name it', () => {
    expect(readEnteredNumber('12,5', 'count', 'nl')).toEqual({ ok: true, value: 12.5 });
  });
});
