import { describe, expect, test } from 'vitest';
import { crossTab, median, medianOpenAgeDays, openAgeByGroup } from './register-stats';

describe('register statistics', () => {
  test('a cross table has every row and column, zeros included, and consistent totals', () => {
    const t = crossTab(
      [
        { row: 'avg', col: 'open', n: 2 },
        { row: 'avg', col: 'closed', n: 1 },
        { row: 'bw1', col: 'open', n: 4 },
        { row: 'unknown', col: 'open', n: 9 },
      ],
      ['avg', 'bw1', 'wzd'],
      ['open', 'closed'],
    );
    expect(t.rows).toEqual([
      { key: 'avg', counts: { open: 2, closed: 1 }, total: 3 },
      { key: 'bw1', counts: { open: 4, closed: 0 }, total: 4 },
      { key: 'wzd', counts: { open: 0, closed: 0 }, total: 0 },
    ]);
    expect(t.colTotals).toEqual({ open: 6, closed: 1 });
    expect(t.total).toBe(7);
  });

  test('the median of an odd and an even count, and of nothing', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([])).toBeNull();
  });

  test('the median age counts open bottlenecks only', () => {
    const rows = [
      { identifiedDate: '2026-01-01', resolvedDate: null, status: 'gesignaleerd', group: 1 },
      { identifiedDate: '2026-02-01', resolvedDate: null, status: 'in analyse', group: 1 },
      { identifiedDate: '2025-01-01', resolvedDate: '2025-02-01', status: 'vervallen', group: 2 },
    ];
    expect(medianOpenAgeDays(rows, '2026-03-01')).toBe((59 + 28) / 2);
    expect(openAgeByGroup(rows, [1, 2], '2026-03-01')).toEqual([
      { key: 1, open: 2, medianAgeDays: 43.5 },
      { key: 2, open: 0, medianAgeDays: null },
    ]);
  });
});
