import { describe, expect, test } from 'vitest';
import { computeRegionCompleteness, rate, sumCompleteness } from './completeness';

const base = { reportingStart: '2026-01', dueDay: 15, today: '2026-05-20' };

describe('completeness of one region', () => {
  test('months before the start are not expected; a month counts once its due date has passed', () => {
    const c = computeRegionCompleteness({
      ...base,
      periods: ['2025-12', '2026-01', '2026-02', '2026-03', '2026-04'],
      reports: [
        { period: '2026-01', status: 'goedgekeurd', submittedAt: '2026-02-15T22:00:00.000Z' },
        { period: '2026-02', status: 'ingediend', submittedAt: '2026-03-16T08:00:00.000Z' },
        { period: '2026-03', status: 'concept', submittedAt: null },
        { period: '2026-04', status: 'ingediend', submittedAt: '2026-05-02T08:00:00.000Z' },
      ],
    });
    expect(c.cells.map((x) => [x.period, x.state, x.onTime])).toEqual([
      ['2025-12', 'not_expected', null],
      ['2026-01', 'approved', true],
      ['2026-02', 'submitted', false],
      ['2026-03', 'missing', null],
      ['2026-04', 'submitted', true],
    ]);
    // 2026-04 is due 2026-05-15, before today: expected. So 4 expected months.
    expect(c).toMatchObject({ expected: 4, submitted: 3, onTime: 2, approved: 1 });
  });

  test('a month not yet due is open and not counted, even when submitted early, so rates stay at most 100 %', () => {
    const c = computeRegionCompleteness({
      ...base,
      today: '2026-02-10',
      periods: ['2026-01'],
      reports: [{ period: '2026-01', status: 'ingediend', submittedAt: '2026-02-03T08:00:00.000Z' }],
    });
    expect(c).toMatchObject({ expected: 0, submitted: 0 });
    expect(c.cells[0]!.state).toBe('submitted');
    expect(rate(c.submitted, c.expected)).toBeNull();
  });

  test('a returned report is not submitted', () => {
    const c = computeRegionCompleteness({
      ...base,
      periods: ['2026-01'],
      reports: [{ period: '2026-01', status: 'teruggestuurd', submittedAt: '2026-02-03T08:00:00.000Z' }],
    });
    expect(c.cells[0]).toMatchObject({ state: 'missing', submitted: false, onTime: null });
  });

  test('rates are capped at 1 and sums add up', () => {
    expect(rate(5, 4)).toBe(1);
    expect(rate(3, 4)).toBe(0.75);
    const s = sumCompleteness([
      { cells: [], expected: 4, submitted: 3, onTime: 2, approved: 1 },
      { cells: [], expected: 2, submitted: 2, onTime: 2, approved: 2 },
    ]);
    expect(s).toEqual({ expected: 6, submitted: 5, onTime: 4, approved: 3 });
  });
});
