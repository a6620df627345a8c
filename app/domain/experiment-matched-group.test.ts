import { describe, expect, test } from 'vitest';
import type { CbsFigure, GroupMembers, MunicipalityChange } from './comparison-groups';
import { cbsPeriodsWithin, matchedGroupEffect } from './experiment-matched-group';

const cell = (
  region: string,
  period: string,
  value: number | null,
  status: CbsFigure['status'] = 'final',
) => ({
  region,
  period,
  value,
  status,
  rounded: true,
});

// The matched group: Delta (GM0040) and Nieuwdorp (GM1997), formed on 1 January 2025 from Oud-Noord
// (GM0041) and Oud-Zuid (GM0042); CBS published 2024 on the old borders.
const CHANGES: MunicipalityChange[] = [
  { oldCode: 'GM0041', newCode: 'GM1997', effectiveOn: '2025-01-01' },
  { oldCode: 'GM0042', newCode: 'GM1997', effectiveOn: '2025-01-01' },
];
const POPULATION = [
  cell('GM0040', '2024', 3000),
  cell('GM0041', '2024', 1200),
  cell('GM0042', '2024', 1800),
  cell('GM0040', '2025', 3000),
  cell('GM1997', '2025', 3000),
];
// before: (10 + 4 + 5) + (9 + 3 + 5) = 36 over 6000 children × ½ × 2 = 6000 child-years: 60.0
// after: (7 + 5) + (6 + 6) = 24 over 6000 child-years: 40.0 — the group's change −20.0
const STARTED = [
  cell('GM0040', '2024HJ01', 10),
  cell('GM0041', '2024HJ01', 4),
  cell('GM0042', '2024HJ01', 5),
  cell('GM0040', '2024HJ02', 9),
  cell('GM0041', '2024HJ02', 3),
  cell('GM0042', '2024HJ02', 5),
  cell('GM0040', '2025HJ01', 7),
  cell('GM1997', '2025HJ01', 5),
  cell('GM0040', '2025HJ02', 6),
  cell('GM1997', '2025HJ02', 6, 'provisional'),
];
const MATCHED: GroupMembers = { kind: 'matched', members: ['GM0040', 'GM1997'], reason: null };
const WINDOW = { before: { from: '2024-01', to: '2024-12' }, after: { from: '2025-01', to: '2025-12' } };
// the region: 40 measures over 1000 child-years (400.0) before, 20 (200.0) after: −200.0
const REGION = { before: { count: 40, childYears: 1000 }, after: { count: 20, childYears: 1000 } };
const base = {
  measure: 'child_protection_started',
  grain: 'half-year' as const,
  group: MATCHED,
  window: WINDOW,
  region: REGION,
  events: STARTED,
  population: POPULATION,
  changes: CHANGES,
};

describe('the CBS periods of a window', () => {
  test('only the half-years or years wholly within the months', () => {
    expect(cbsPeriodsWithin({ from: '2024-01', to: '2024-12' }, 'half-year')).toEqual(['2024-H1', '2024-H2']);
    expect(cbsPeriodsWithin({ from: '2024-03', to: '2025-02' }, 'half-year')).toEqual(['2024-H2']);
    expect(cbsPeriodsWithin({ from: '2024-03', to: '2025-02' }, 'year')).toEqual([]);
    expect(cbsPeriodsWithin({ from: '2023-07', to: '2025-06' }, 'year')).toEqual(['2024']);
  });
});

describe('an experiment against the matched group', () => {
  test('the region’s change −200.0 minus the group’s −20.0 (a merger counted on the new borders): −180.0, a decrease', () => {
    const e = matchedGroupEffect(base);
    expect(e.reason).toBeNull();
    expect(e.group.before).toEqual({
      periods: ['2024-H1', '2024-H2'],
      count: 36,
      childYears: 6000,
      value: 60,
    });
    expect(e.group.after).toEqual({
      periods: ['2025-H1', '2025-H2'],
      count: 24,
      childYears: 6000,
      value: 40,
    });
    expect(e.group.change).toBe(-20);
    expect(e.regionChange).toBe(-200);
    expect(e.provisional).toBe(true);
    expect(e.rounded).toBe(true);
    expect(e.missing).toEqual([]);
    // MOVER over Garwood (20/1000, 40/1000, 24/6000, 36/6000 per 10,000), by hand: −346.42 … −19.86
    expect(e.difference!.estimate).toBe(-180);
    expect(e.difference!.lower).toBeCloseTo(-346.4227, 3);
    expect(e.difference!.upper).toBeCloseTo(-19.8636, 3);
    expect(e.verdict).toBe('decrease');
  });

  test('before a merger every old municipality needs its figure: a secret cell makes the group unknown and is named', () => {
    const events = STARTED.map((c) =>
      c.region === 'GM0042' && c.period === '2024HJ02' ? { ...c, value: null, status: 'secret' as const } : c,
    );
    const e = matchedGroupEffect({ ...base, events });
    expect(e.reason).toBe('groupUnknown');
    expect(e.group.before.value).toBeNull();
    expect(e.group.after?.value).toBe(40);
    expect(e.difference).toBeNull();
    expect(e.verdict).toBe('not-computable');
    expect(e.missing).toEqual([{ code: 'GM1997', period: '2024-H2', measure: 'events', reason: 'secret' }]);
  });

  test('no group chosen, no month after the start, no whole half-year, no figures, an unknown region: each with its reason', () => {
    expect(
      matchedGroupEffect({ ...base, group: { kind: 'matched', members: null, reason: 'not-chosen' } }).reason,
    ).toBe('not-chosen');
    expect(matchedGroupEffect({ ...base, group: undefined }).reason).toBe('not-chosen');
    const notStarted = matchedGroupEffect({ ...base, window: { ...WINDOW, after: null } });
    expect(notStarted).toMatchObject({ reason: 'notStarted', group: { after: null }, difference: null });
    // after 2025-02 … 2025-05 holds no whole half-year
    expect(
      matchedGroupEffect({ ...base, window: { ...WINDOW, after: { from: '2025-02', to: '2025-05' } } })
        .reason,
    ).toBe('noPeriod');
    // a measure CBS gives per Veilig Thuis region only: no cell for the group's municipalities
    expect(matchedGroupEffect({ ...base, events: [] })).toMatchObject({
      reason: 'noFigures',
      difference: null,
    });
    const region = matchedGroupEffect({ ...base, region: { ...REGION, after: null } });
    expect(region).toMatchObject({ reason: 'region', regionChange: null, difference: null });
    // the group's own figures still show
    expect(region.group.change).toBe(-20);
  });
});
