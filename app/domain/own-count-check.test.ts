import { describe, expect, test } from 'vitest';
import type { CbsFigure } from './comparison-groups';
import { latestOwnCbsCount, ownCountRow } from './own-count-check';

const cell = (region: string, period: string, value: number | null): CbsFigure => ({
  region,
  period,
  value,
  status: value === null ? 'secret' : 'final',
  rounded: true,
});
const CHANGES = [
  { oldCode: 'GM0002', newCode: 'GM1999', effectiveOn: '2024-01-01' },
  { oldCode: 'GM0003', newCode: 'GM1999', effectiveOn: '2024-01-01' },
];

describe('the newest ended CBS period with a figure for the own municipalities', () => {
  const events = [
    cell('GM0001', '2023HJ02', 6),
    cell('GM0002', '2023HJ02', 3),
    cell('GM0003', '2023HJ02', 3),
    cell('GM0001', '2024HJ01', 7),
    cell('GM1999', '2024HJ01', null),
    cell('GM0001', '2024HJ02', 8),
    cell('GM1999', '2024HJ02', 4),
  ];
  const members = ['GM0001', 'GM1999'];

  test('a half-year still running is not used: 2024-H2 ends after 2024-11', () => {
    // 2024-H1 has a secret cell, so 2023-H2 on the old borders: 6 + 3 + 3 = 12
    expect(
      latestOwnCbsCount({ members, grain: 'half-year', to: '2024-11', events, changes: CHANGES }),
    ).toEqual({
      period: '2023-H2',
      from: '2023-07',
      to: '2023-12',
      count: 12,
      provisional: false,
      rounded: true,
    });
  });

  test('once it has ended it is: 8 + 4 = 12 in 2024-H2', () => {
    expect(
      latestOwnCbsCount({ members, grain: 'half-year', to: '2025-03', events, changes: CHANGES }),
    ).toMatchObject({ period: '2024-H2', count: 12 });
  });

  test('nothing within three years: no figure', () => {
    expect(
      latestOwnCbsCount({ members, grain: 'half-year', to: '2027-12', events, changes: CHANGES }),
    ).toBeNull();
  });
});

describe('a row of the check', () => {
  const cbs = {
    period: '2024-H2',
    from: '2024-07',
    to: '2024-12',
    count: 20,
    provisional: false,
    rounded: true,
  };
  const row = (pilot: number | null, hidden = false, partial = false) =>
    ownCountRow({ code: 'measures_rate', measure: 'child_protection_started', cbs, pilot, hidden, partial });

  test('25 against 20 is +25 %: flagged; 15 against 20 is −25 %: flagged; 24 is +20 %: not', () => {
    expect(row(25)).toMatchObject({ relativeDifference: 0.25, flagged: true, reason: null });
    expect(row(15)).toMatchObject({ relativeDifference: -0.25, flagged: true });
    expect(row(24)).toMatchObject({ relativeDifference: 0.2, flagged: false });
  });

  test('a hidden count is not compared (no flag can give it away); an unknown one is not 0', () => {
    expect(row(3, true)).toMatchObject({
      pilot: null,
      hidden: true,
      relativeDifference: null,
      flagged: false,
    });
    expect(row(null)).toMatchObject({ pilot: null, relativeDifference: null, flagged: false });
  });

  test('part of a municipality: no fitting reference; no CBS figure: said so', () => {
    expect(row(25, false, true)).toMatchObject({ reason: 'partial-scope', cbs: null, flagged: false });
    expect(
      ownCountRow({
        code: 'measures_rate',
        measure: 'child_protection_started',
        cbs: null,
        pilot: 5,
        hidden: false,
        partial: false,
      }),
    ).toMatchObject({ reason: 'no-figure', pilot: null, flagged: false });
  });
});
