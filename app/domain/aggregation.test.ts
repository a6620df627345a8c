import { describe, expect, test } from 'vitest';
import { setToday } from '#test/clock';
import {
  aggregateRows,
  bucketOf,
  bucketRange,
  bucketsBetween,
  elementValue,
  lastEndedQuarter,
  latestCompleteQuarter,
  parseBucket,
  reportsExpectedInQuarter,
  previousBucket,
  type ElementRow,
} from './aggregation';

const row = (elementCode: string, o: Partial<ElementRow>): ElementRow => ({
  regionId: 1,
  bucket: '2026-Q3',
  elementCode,
  total: null,
  known: 0,
  last: null,
  weightedSum: null,
  weightTotal: null,
  ...o,
});
const months = [{ regionId: 1, bucket: '2026-Q3', months: 3, provisional: false, lastPeriod: '2026-09' }];

describe('aggregating element rows over months', () => {
  test('a flow is the sum of its months', () => {
    const [b] = aggregateRows([row('signals_new', { total: 300, known: 3, last: 110 })], months);
    expect(elementValue(b, 'signals_new')).toEqual({ value: 300, approximate: false });
  });

  test('a flow with an unknown month is unknown, not a smaller sum', () => {
    const [b] = aggregateRows([row('signals_new', { total: 190, known: 2, last: 110 })], months);
    expect(elementValue(b, 'signals_new').value).toBeNull();
  });

  test('a stock over a range is the last month’s level; its sum of levels stays for per-month ratios', () => {
    const [b] = aggregateRows([row('fte_filled', { total: 90, known: 3, last: 31 })], months);
    expect(elementValue(b, 'fte_filled').value).toBe(31);
    expect(b.elements.get('fte_filled')).toMatchObject({ sum: 90, level: 31 });
  });

  test('a weighted median is the weighted mean of the months, marked approximate', () => {
    const [b] = aggregateRows(
      [
        row('days_to_help_median_all', {
          total: 60,
          known: 3,
          last: 20,
          weightedSum: 20 * 10 + 30 * 30,
          weightTotal: 40,
        }),
      ],
      months,
    );
    expect(elementValue(b, 'days_to_help_median_all')).toEqual({ value: 27.5, approximate: true });
  });

  test('a weighted value without weight is unknown', () => {
    const [b] = aggregateRows([row('client_survey_score', { total: 7, known: 1, weightTotal: 0 })], months);
    expect(elementValue(b, 'client_survey_score').value).toBeNull();
  });

  test('rows without a month row (not visible) are dropped', () => {
    expect(aggregateRows([row('signals_new', { regionId: 9 })], months)[0].elements.size).toBe(0);
  });
});

describe('period buckets', () => {
  test('months map to quarters and years and back', () => {
    expect(bucketOf('2026-08', 'quarter')).toBe('2026-Q3');
    expect(bucketOf('2026-08', 'year')).toBe('2026');
    expect(bucketRange('2026-Q3')).toEqual({ from: '2026-07', to: '2026-09' });
    expect(bucketRange('2025')).toEqual({ from: '2025-01', to: '2025-12' });
    expect(previousBucket('2026-Q1')).toBe('2025-Q4');
    expect(previousBucket('2026-01')).toBe('2025-12');
    expect(bucketRange('2026-01..2026-09')).toEqual({ from: '2026-01', to: '2026-09' });
    expect(previousBucket('2026-04..2026-09')).toBe('2025-10..2026-03');
    expect(bucketsBetween('2025-11', '2026-04', 'quarter')).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
  });

  test('the latest complete quarter needs three approved reports from every region', () => {
    const counts = new Map([
      ['2026-Q2', 18],
      ['2026-Q3', 18],
      ['2026-Q4', 2],
    ]);
    expect(latestCompleteQuarter(counts, 6)).toBe('2026-Q3');
    expect(latestCompleteQuarter(counts, 7)).toBeNull();
  });

  test('a region that starts reporting later is expected only from its reporting start', () => {
    const starts = ['2023-01', '2023-01', '2026-08'];
    expect(reportsExpectedInQuarter('2026-Q2', starts)).toBe(6);
    expect(reportsExpectedInQuarter('2026-Q3', starts)).toBe(8);
    const counts = new Map([
      ['2026-Q2', 6],
      ['2026-Q3', 7],
    ]);
    // Q3 misses one of the new region's two months: Q2 is the latest complete quarter.
    expect(latestCompleteQuarter(counts, (q) => reportsExpectedInQuarter(q, starts))).toBe('2026-Q2');
    expect(
      latestCompleteQuarter(new Map([...counts, ['2026-Q3', 8]]), (q) => reportsExpectedInQuarter(q, starts)),
    ).toBe('2026-Q3');
  });
});

describe('period parameters', () => {
  test('a month, quarter or year of 2015 to next year is read; malformed or out of range is null', () => {
    setToday(); // November 2026: 2015 to 2027
    expect(['2026-07', '2026-Q3', '2026', '2015-01', '2027-Q4'].map((v) => parseBucket(v))).toEqual([
      '2026-07',
      '2026-Q3',
      '2026',
      '2015-01',
      '2027-Q4',
    ]);
    expect(
      [
        '0000-Q1',
        '0001-Q4',
        '0000',
        '1999-12',
        '2014-12',
        '2028-01',
        '2099-Q4',
        '2100-Q1',
        '2026-Q5',
        '2026-13',
        'x',
        '',
        null,
      ].map((v) => parseBucket(v)),
    ).toEqual([null, null, null, null, null, null, null, null, null, null, null, null, null]);
  });

  test('only the grains asked for', () => {
    expect(parseBucket('2026', ['quarter'])).toBe(null);
    expect(parseBucket('2026-Q2', ['quarter'])).toBe('2026-Q2');
    expect(parseBucket('2026-01..2026-03', ['range'])).toBe('2026-01..2026-03');
  });

  test('the last ended quarter by the calendar', () => {
    expect(lastEndedQuarter(new Date('2026-11-30T12:00:00Z'))).toBe('2026-Q3');
    expect(lastEndedQuarter(new Date('2026-10-01T00:00:00Z'))).toBe('2026-Q3');
    expect(lastEndedQuarter(new Date('2026-09-30T00:00:00Z'))).toBe('2026-Q2');
    expect(lastEndedQuarter(new Date('2027-01-15T00:00:00Z'))).toBe('2026-Q4');
  });
});
