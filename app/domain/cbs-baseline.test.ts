import { describe, expect, test } from 'vitest';
import { cbsPrePilotBaseline, cbsSpanProblem, defaultCbsSpan } from './cbs-baseline';
import type { CbsFigure, MunicipalityChange } from './comparison-groups';

const cell = (region: string, period: string, value: number | null): CbsFigure => ({
  region,
  period,
  value,
  status: 'final',
  rounded: true,
});

// The pilot: Alpha (GM0001) and Nieuwstad (GM1999), formed on 1 January 2021 from Oud-Oost
// (GM0002) and Oud-West (GM0003); CBS published 2020 on the old borders.
const CHANGES: MunicipalityChange[] = [
  { oldCode: 'GM0002', newCode: 'GM1999', effectiveOn: '2021-01-01' },
  { oldCode: 'GM0003', newCode: 'GM1999', effectiveOn: '2021-01-01' },
];
const POPULATION = [
  cell('GM0001', '2020', 4000),
  cell('GM0002', '2020', 1500),
  cell('GM0003', '2020', 2500),
  cell('GM0001', '2021', 4000),
  cell('GM1999', '2021', 4000),
];
// 18, 18, 18 and 22 a half-year, each over 8000 children × ½ = 4000 child-years
const STARTED = [
  cell('GM0001', '2020HJ01', 10),
  cell('GM0002', '2020HJ01', 3),
  cell('GM0003', '2020HJ01', 5),
  cell('GM0001', '2020HJ02', 8),
  cell('GM0002', '2020HJ02', 4),
  cell('GM0003', '2020HJ02', 6),
  cell('GM0001', '2021HJ01', 9),
  cell('GM1999', '2021HJ01', 9),
  cell('GM0001', '2021HJ02', 12),
  cell('GM1999', '2021HJ02', 10),
];
const SCOPE = [
  { code: 'GM0001', partial: false },
  { code: 'GM1999', partial: false },
];
const base = {
  scope: SCOPE,
  baseline: { from: '2020-01', to: '2021-12' },
  grain: 'half-year' as const,
  events: STARTED,
  population: POPULATION,
  changes: CHANGES,
};

describe('a baseline from CBS figures of the years before the pilot', () => {
  test('the own municipalities on today’s borders: (18 + 18 + 18 + 22) over 16,000 child-years = 47.5', () => {
    expect(cbsPrePilotBaseline(base)).toEqual({
      periods: ['2020-H1', '2020-H2', '2021-H1', '2021-H2'],
      from: '2020-01',
      to: '2021-12',
      count: 76,
      childYears: 16000,
      value: 47.5,
      provisional: false,
      rounded: true,
      missing: [],
      reason: null,
    });
  });

  test('only whole CBS half-years within both the baseline and 2019–2022', () => {
    // 2020-03 … 2023-06: 2020-H2 … 2022-H2; 2022 has no figures here
    const r = cbsPrePilotBaseline({ ...base, baseline: { from: '2020-03', to: '2023-06' } });
    expect(r.periods).toEqual(['2020-H2', '2021-H1', '2021-H2', '2022-H1', '2022-H2']);
    expect(r).toMatchObject({ value: null, reason: 'unknown' });
    expect(r.missing).toContainEqual({
      code: 'GM0001',
      period: '2022-H1',
      measure: 'events',
      reason: 'missing',
    });
    // 2020-03 … 2021-06: 2020-H2 and 2021-H1: 36 over 8000 child-years = 45.0
    expect(cbsPrePilotBaseline({ ...base, baseline: { from: '2020-03', to: '2021-06' } })).toMatchObject({
      periods: ['2020-H2', '2021-H1'],
      from: '2020-07',
      to: '2021-06',
      count: 36,
      childYears: 8000,
      value: 45,
    });
  });

  test('a baseline after 2022, part of a municipality, no scope, no figures, a secret cell: no value, with the reason', () => {
    expect(cbsPrePilotBaseline({ ...base, baseline: { from: '2023-01', to: '2023-12' } })).toMatchObject({
      periods: [],
      value: null,
      reason: 'no-period',
    });
    expect(cbsPrePilotBaseline({ ...base, scope: [{ code: 'GM0001', partial: true }] })).toMatchObject({
      value: null,
      reason: 'partial-scope',
    });
    expect(cbsPrePilotBaseline({ ...base, scope: [] })).toMatchObject({ value: null, reason: 'no-scope' });
    // a measure CBS gives per Veilig Thuis region only: no cell for these municipalities at all
    expect(cbsPrePilotBaseline({ ...base, events: [] })).toMatchObject({ value: null, reason: 'no-figures' });
    const secret = STARTED.map((c) =>
      c.region === 'GM0003' && c.period === '2020HJ02' ? { ...c, value: null, status: 'secret' as const } : c,
    );
    const r = cbsPrePilotBaseline({ ...base, events: secret });
    expect(r).toMatchObject({ value: null, count: null, reason: 'unknown' });
    expect(r.missing).toEqual([{ code: 'GM1999', period: '2020-H2', measure: 'events', reason: 'secret' }]);
  });
});

describe('the span of a CBS baseline', () => {
  test('up to 48 months of whole half-years within 2019–2022; else the first problem, in order', () => {
    expect(cbsSpanProblem({ from: '2019-01', to: '2022-12' })).toBeNull();
    expect(cbsSpanProblem({ from: '2020-07', to: '2021-06' })).toBeNull();
    expect(cbsSpanProblem({ from: '2022-12', to: '2019-01' })).toBe('order');
    // 54 months, also outside: the length is named first
    expect(cbsSpanProblem({ from: '2018-07', to: '2022-12' })).toBe('length');
    expect(cbsSpanProblem({ from: '2021-01', to: '2023-06' })).toBe('outside');
    expect(cbsSpanProblem({ from: '2018-01', to: '2018-12' })).toBe('outside');
    expect(cbsSpanProblem({ from: '2019-02', to: '2022-12' })).toBe('whole');
    expect(cbsSpanProblem({ from: '2019-01', to: '2022-11' })).toBe('whole');
  });

  test('the default: the whole half-years of the baseline within 2019–2022, else the four years', () => {
    expect(defaultCbsSpan({ from: '2021-01', to: '2022-12' })).toEqual({ from: '2021-01', to: '2022-12' });
    expect(defaultCbsSpan({ from: '2020-03', to: '2021-08' })).toEqual({ from: '2020-07', to: '2021-06' });
    expect(defaultCbsSpan({ from: '2022-01', to: '2023-12' })).toEqual({ from: '2022-01', to: '2022-12' });
    expect(defaultCbsSpan({ from: '2023-01', to: '2023-12' })).toEqual({ from: '2019-01', to: '2022-12' });
    expect(defaultCbsSpan({ from: '2022-08', to: '2023-03' })).toEqual({ from: '2019-01', to: '2022-12' });
  });

  test('48 months on today’s borders: 144 trajectories over 32,000 child-years = 45.0', () => {
    const population = [2019, 2020, 2021, 2022].flatMap((y) =>
      y < 2021
        ? [cell('GM0001', `${y}`, 4000), cell('GM0002', `${y}`, 1500), cell('GM0003', `${y}`, 2500)]
        : [cell('GM0001', `${y}`, 4000), cell('GM1999', `${y}`, 4000)],
    );
    // 20 + 16 + 18 + 18 + 18 + 22 + 18 + 14 = 144, each half-year over 8000 × ½ = 4000 child-years
    const events = [
      cell('GM0001', '2019HJ01', 11),
      cell('GM0002', '2019HJ01', 4),
      cell('GM0003', '2019HJ01', 5),
      cell('GM0001', '2019HJ02', 9),
      cell('GM0002', '2019HJ02', 3),
      cell('GM0003', '2019HJ02', 4),
      ...STARTED,
      cell('GM0001', '2022HJ01', 10),
      cell('GM1999', '2022HJ01', 8),
      cell('GM0001', '2022HJ02', 7),
      cell('GM1999', '2022HJ02', 7),
    ];
    expect(
      cbsPrePilotBaseline({ ...base, baseline: { from: '2019-01', to: '2022-12' }, events, population }),
    ).toMatchObject({
      periods: ['2019-H1', '2019-H2', '2020-H1', '2020-H2', '2021-H1', '2021-H2', '2022-H1', '2022-H2'],
      from: '2019-01',
      to: '2022-12',
      count: 144,
      childYears: 32000,
      value: 45,
      reason: null,
    });
  });
});
