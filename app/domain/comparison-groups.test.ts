import { describe, expect, test } from 'vitest';
import {
  cbsPeriodMonths,
  cbsPeriodsCovering,
  checkOwnCounts,
  differenceInChange,
  groupRate,
  normaliseCbsPeriod,
  outcomeReference,
  predecessorsAt,
  regionGroups,
  successorsOf,
  suggestMatchedGroup,
  type CbsFigure,
  type MunicipalityChange,
} from './comparison-groups';
import { isComputable, type IntervalResult } from './intervals';

/** lower and upper to 4 decimals */
function limits(i: IntervalResult): [number, number] {
  if (!isComputable(i)) throw new Error(`not computable: ${i.reason}`);
  return [Number(i.lower.toFixed(4)), Number(i.upper.toFixed(4))];
}

const cell = (
  region: string,
  period: string,
  value: number | null,
  extra: Partial<CbsFigure> = {},
): CbsFigure => ({
  region,
  period,
  value,
  status: 'final',
  rounded: false,
  ...extra,
});

// The pilot: Alpha (GM0001) and Nieuwstad (GM1999), which on 1 January 2022 was formed from
// Oud-Oost (GM0002) and Oud-West (GM0003). CBS published 2021 on the old borders, 2023 on the new.
const CHANGES: MunicipalityChange[] = [
  { oldCode: 'GM0002', newCode: 'GM1999', effectiveOn: '2022-01-01' },
  { oldCode: 'GM0003', newCode: 'GM1999', effectiveOn: '2022-01-01' },
];
const POPULATION = [
  cell('GM0001', '2021', 4000),
  cell('GM0002', '2021', 1500),
  cell('GM0003', '2021', 2500),
  cell('GM0001', '2023', 4100),
  cell('GM1999', '2023', 3900),
];
const STARTED = [
  cell('GM0001', '2021JJ00', 12),
  cell('GM0002', '2021JJ00', 5),
  cell('GM0003', '2021JJ00', 7),
  cell('GM0001', '2023JJ00', 10),
  cell('GM1999', '2023JJ00', 6),
];
const PILOT = ['GM0001', 'GM1999'];

describe('CBS periods', () => {
  test("CBS's own codes and the app's names of years and half-years", () => {
    expect(normaliseCbsPeriod('2022JJ00')).toBe('2022');
    expect(normaliseCbsPeriod('2022HJ02')).toBe('2022-H2');
    expect(normaliseCbsPeriod('2022-H1')).toBe('2022-H1');
    expect(normaliseCbsPeriod('2022-Q1')).toBeNull();
    expect(normaliseCbsPeriod('2022KW01')).toBeNull();
    expect(cbsPeriodMonths('2022-H2')).toEqual({ from: '2022-07', to: '2022-12', months: 6 });
    expect(cbsPeriodMonths('2022')).toEqual({ from: '2022-01', to: '2022-12', months: 12 });
  });

  test('the CBS periods a baseline of months overlaps', () => {
    expect(cbsPeriodsCovering('2023-02', '2024-01', 'year')).toEqual(['2023', '2024']);
    expect(cbsPeriodsCovering('2023-02', '2024-01', 'half-year')).toEqual(['2023-H1', '2023-H2', '2024-H1']);
    expect(cbsPeriodsCovering('2026-07', '2026-09', 'half-year')).toEqual(['2026-H2']);
  });
});

describe('municipal redivisions', () => {
  test('a merged municipality resolves to its successor, through a chain of mergers', () => {
    const of = successorsOf([
      ...CHANGES,
      { oldCode: 'GM1999', newCode: 'GM2100', effectiveOn: '2025-01-01' },
    ]);
    expect(of('GM0002')).toEqual(['GM2100']);
    expect(of('GM1999')).toEqual(['GM2100']);
    expect(of('GM0001')).toEqual(['GM0001']);
  });

  test('the municipalities a successor was made of, before its start only', () => {
    expect(predecessorsAt(CHANGES, 'GM1999', '2021-01-01')).toEqual(['GM0002', 'GM0003']);
    expect(predecessorsAt(CHANGES, 'GM1999', '2023-01-01')).toEqual(['GM1999']);
  });
});

/** The pilot's own municipalities' rate of started trajectories over the given CBS periods. */
const pilotRate = (periods: string[]) =>
  groupRate({ members: PILOT, periods, events: STARTED, population: POPULATION, changes: CHANGES });

describe('a group rate per 10,000 children', () => {
  test('over the old borders: the merged parts are summed into their successor', () => {
    // 2021: events 12 + 5 + 7 = 24 over children 4000 + 1500 + 2500 = 8000 → 24 / 8000 × 10,000 = 30.0
    // Garwood: χ²(0.025; 48)/2 = 15.3773, χ²(0.975; 50)/2 = 35.7101 → 19.2216 … 44.6376
    const g = pilotRate(['2021']);
    expect(g).toMatchObject({ count: 24, childYears: 8000, value: 30, provisional: false, missing: [] });
    expect(limits(g.interval)).toEqual([19.2216, 44.6376]);
  });

  test('on the new borders the same area: 16 over 8000 = 20.0 per 10,000', () => {
    // 2023: events 10 + 6 = 16, children 4100 + 3900 = 8000 → 20.0; Garwood 11.4317 … 32.4787
    const g = pilotRate(['2023']);
    expect(g).toMatchObject({ count: 16, childYears: 8000, value: 20 });
    expect(limits(g.interval)).toEqual([11.4317, 32.4787]);
  });

  test('pooled over two years: 40 over 16,000 child-years = 25.0', () => {
    const g = pilotRate(['2021', '2023']);
    expect(g).toMatchObject({ count: 40, childYears: 16000, value: 25 });
  });

  test('a half-year counts half a year of children: 8 over 4000 child-years = 20.0', () => {
    const g = groupRate({
      members: PILOT,
      periods: ['2023HJ01'],
      events: [cell('GM0001', '2023HJ01', 5), cell('GM1999', '2023HJ01', 3)],
      population: POPULATION,
      changes: CHANGES,
    });
    expect(g).toMatchObject({ periods: ['2023-H1'], count: 8, childYears: 4000, value: 20 });
  });

  test("a successor's figure restated on the new borders is used, not added to its parts", () => {
    // 2021 restated: Nieuwstad 13 instead of 5 + 7; 12 + 13 = 25 over 8000 → 31.25
    const g = groupRate({
      members: PILOT,
      periods: ['2021'],
      events: [...STARTED, cell('GM1999', '2021', 13)],
      population: POPULATION,
      changes: CHANGES,
    });
    expect(g).toMatchObject({ count: 25, value: 31.25 });
  });

  test('a missing part of a merger makes the rate unknown and names it', () => {
    const g = groupRate({
      members: PILOT,
      periods: ['2021'],
      events: STARTED.filter((c) => c.region !== 'GM0003'),
      population: POPULATION,
      changes: CHANGES,
    });
    expect(g.count).toBeNull();
    expect(g.value).toBeNull();
    expect(isComputable(g.interval)).toBe(false);
    expect(g.missing).toEqual([{ code: 'GM0003', period: '2021', measure: 'events', reason: 'missing' }]);
  });

  test('a secret cell makes the rate unknown, never 0, and names the municipality', () => {
    const g = groupRate({
      members: PILOT,
      periods: ['2023'],
      events: [cell('GM0001', '2023', null, { status: 'secret' }), cell('GM1999', '2023', 6)],
      population: POPULATION,
      changes: CHANGES,
    });
    expect(g.value).toBeNull();
    expect(g.missing).toEqual([{ code: 'GM0001', period: '2023', measure: 'events', reason: 'secret' }]);
  });

  test('a missing population makes the rate unknown', () => {
    const g = groupRate({
      members: PILOT,
      periods: ['2023'],
      events: STARTED,
      population: POPULATION.filter((c) => c.region !== 'GM1999'),
      changes: CHANGES,
    });
    expect(g).toMatchObject({ count: 16, childYears: null, value: null });
    expect(g.missing).toEqual([{ code: 'GM1999', period: '2023', measure: 'population', reason: 'missing' }]);
  });

  test('provisional and rounded cells mark the figure', () => {
    const g = groupRate({
      members: PILOT,
      periods: ['2023'],
      events: [
        cell('GM0001', '2023', 10, { status: 'provisional', rounded: true }),
        cell('GM1999', '2023', 6),
      ],
      population: POPULATION,
      changes: CHANGES,
    });
    expect(g).toMatchObject({ value: 20, provisional: true, rounded: true });
  });

  test('a split municipality cannot be given to one of its successors', () => {
    const split: MunicipalityChange[] = [
      { oldCode: 'GM0030', newCode: 'GM0031', effectiveOn: '2022-01-01' },
      { oldCode: 'GM0030', newCode: 'GM0032', effectiveOn: '2022-01-01' },
    ];
    const input = {
      periods: ['2021'],
      events: [cell('GM0030', '2021', 9)],
      population: [cell('GM0030', '2021', 3000)],
      changes: split,
    };
    const one = groupRate({ ...input, members: ['GM0031'] });
    expect(one.value).toBeNull();
    expect(one.missing.map((m) => m.reason)).toEqual(['split', 'split']);
    // both successors together are the old area: 9 / 3000 × 10,000 = 30.0
    expect(groupRate({ ...input, members: ['GM0031', 'GM0032'] }).value).toBe(30);
  });

  test('the Netherlands from its own total (NL01)', () => {
    // 35,600 over 3,400,000 children × 10,000 = 104.70588…
    const g = groupRate({
      members: ['NL01'],
      periods: ['2022'],
      events: [cell('NL01', '2022', 35600)],
      population: [cell('NL01', '2022', 3_400_000)],
      changes: CHANGES,
    });
    expect(g.value).toBeCloseTo(104.70588, 4);
  });
});

describe('the groups of a region', () => {
  const base = { youthCareRegion: ['GM0001', 'GM1999', 'GM0010', 'GM0011'], matched: ['GM0020', 'GM0001'] };

  test('own, the rest of the youth-care region, the matched group (without pilot municipalities), the Netherlands', () => {
    const groups = regionGroups({
      ...base,
      scope: [
        { code: 'GM1999', partial: false },
        { code: 'GM0001', partial: false },
      ],
    });
    expect(groups).toEqual([
      { kind: 'own', members: ['GM0001', 'GM1999'], reason: null },
      { kind: 'region-rest', members: ['GM0010', 'GM0011'], reason: null },
      { kind: 'matched', members: ['GM0020'], reason: null },
      { kind: 'national', members: ['NL01'], reason: null },
    ]);
  });

  test('a partial municipality gives no fitting reference for own and rest, unless a district table exists', () => {
    const scope = [{ code: 'GM0363', partial: true }];
    const groups = regionGroups({ ...base, scope });
    expect(groups.map((g) => g.reason)).toEqual(['partial-scope', 'partial-scope', null, null]);
    const withDistricts = regionGroups({ ...base, scope, districtTable: true });
    expect(withDistricts.map((g) => g.reason)).toEqual([null, null, null, null]);
  });

  test('no matched group chosen, and a pilot covering its whole region', () => {
    const groups = regionGroups({
      youthCareRegion: ['GM0001'],
      matched: null,
      scope: [{ code: 'GM0001', partial: false }],
    });
    expect(groups.map((g) => g.reason)).toEqual([null, 'empty', 'not-chosen', null]);
  });
});

describe('the check of the pilot’s own counts', () => {
  test('flagged beyond 20 % of CBS’s count, not at 20 % exactly', () => {
    expect(checkOwnCounts(29, 24)).toEqual({ relativeDifference: 5 / 24, flagged: true });
    expect(checkOwnCounts(28, 24).flagged).toBe(false);
    expect(checkOwnCounts(30, 25)).toEqual({ relativeDifference: 0.2, flagged: false });
    expect(checkOwnCounts(19, 24).flagged).toBe(true);
    expect(checkOwnCounts(null, 24)).toEqual({ relativeDifference: null, flagged: false });
    expect(checkOwnCounts(3, 0)).toEqual({ relativeDifference: null, flagged: false });
  });
});

describe('difference in change since the baseline', () => {
  test('pilot −25 against the group’s −10: −15, within chance', () => {
    // pilot: 26 / 4000 = 65.0 at the baseline, 8 / 2000 = 40.0 now: −25
    // group: 24 / 8000 = 30.0 at the baseline, 16 / 8000 = 20.0 now: −10
    // Garwood limits: 40 [17.2692, 78.8159], 65 [42.4602, 95.2401], 20 [11.4317, 32.4787], 30 [19.2216, 44.6376]
    // MOVER lower −15 − √((40−17.2692)² + (95.2401−65)² + (32.4787−20)² + (30−19.2216)²) = −56.2680
    //       upper −15 + √((78.8159−40)² + (65−42.4602)² + (20−11.4317)² + (44.6376−30)²) = 32.9833 (scipy, unrounded limits)
    const c = differenceInChange({
      pilot: { current: { count: 8, childYears: 2000 }, baseline: { count: 26, childYears: 4000 } },
      group: { current: { count: 16, childYears: 8000 }, baseline: { count: 24, childYears: 8000 } },
    });
    expect(c.pilotChange.estimate).toBeCloseTo(-25, 10);
    expect(limits(c.pilotChange)).toEqual([-62.8306, 19.8857]);
    expect(c.groupChange.estimate).toBeCloseTo(-10, 10);
    expect(c.difference.estimate).toBeCloseTo(-15, 10);
    expect(limits(c.difference)).toEqual([-56.268, 32.9833]);
    expect(c.verdict).toBe('within-chance');
  });

  test('an unknown group gives no difference', () => {
    const c = differenceInChange({
      pilot: { current: { count: 8, childYears: 2000 }, baseline: { count: 26, childYears: 4000 } },
      group: { current: { count: null, childYears: 8000 }, baseline: { count: 24, childYears: 8000 } },
    });
    expect(isComputable(c.difference)).toBe(false);
    expect(c.verdict).toBe('not-computable');
  });
});

describe('a suggested matched group', () => {
  test('same urbanity first, then the nearest size, until the pilot’s children are reached', () => {
    const pilot = [{ code: 'GM0001', name: 'Alpha', children: 4000, urbanity: 2 }];
    const candidates = [
      { code: 'GM0001', name: 'Alpha', children: 4000, urbanity: 2 },
      { code: 'GM0040', name: 'Ver', children: 4000, urbanity: 5 },
      { code: 'GM0041', name: 'Klein', children: 1000, urbanity: 2 },
      { code: 'GM0042', name: 'Gelijk', children: 3500, urbanity: 2 },
      { code: 'GM0043', name: 'Groot', children: 9000, urbanity: 2 },
    ];
    // urbanity 2: Gelijk (|ln 3500/4000| = 0.134), Groot (0.811), Klein (1.386); 3500 < 4000, so + Groot
    expect(suggestMatchedGroup(pilot, candidates)).toEqual(['GM0042', 'GM0043']);
    expect(suggestMatchedGroup(pilot, candidates, ['GM0043'])).toEqual(['GM0041', 'GM0042']);
  });
});

describe('an outcome’s reference in the block', () => {
  const input = {
    code: 'measures_rate',
    measure: 'child_protection_started',
    grain: 'year' as const,
    period: { from: '2023-07', to: '2023-09' },
    baseline: { from: '2021-01', to: '2021-12' },
    pilot: { current: { count: 8, childYears: 2000 }, baseline: { count: 26, childYears: 4000 } },
    events: STARTED,
    population: POPULATION,
    changes: CHANGES,
  };

  test('no matched group chosen: the rest of the region, with the difference in change', () => {
    // the rest (here Alpha and Nieuwstad): 2023 16 / 8000 = 20.0, 2021 24 / 8000 = 30.0 → −10;
    // the pilot 40.0 against 65.0 → −25; difference −15 [−56.268, 32.9833] (as above)
    const r = outcomeReference({
      ...input,
      groups: [
        { kind: 'matched', members: null, reason: 'not-chosen' },
        { kind: 'region-rest', members: PILOT, reason: null },
        { kind: 'national', members: ['NL01'], reason: null },
      ],
    });
    expect(r).toMatchObject({
      group: 'region-rest',
      skipped: [{ kind: 'matched', reason: 'not-chosen' }],
      periods: ['2023'],
      baselinePeriods: ['2021'],
      value: 20,
      baseline: 30,
      groupChange: -10,
      verdict: 'within-chance',
    });
    expect(r.difference!.estimate).toBeCloseTo(-15, 10);
    expect(Number(r.difference!.lower.toFixed(4))).toBe(-56.268);
    expect(Number(r.difference!.upper.toFixed(4))).toBe(32.9833);
  });

  test('a group without a figure for the period gives way to the next; none: unknown with the missing named', () => {
    const r = outcomeReference({
      ...input,
      period: { from: '2026-07', to: '2026-09' },
      groups: [{ kind: 'national', members: ['NL01'], reason: null }],
    });
    expect(r.group).toBeNull();
    expect(r.value).toBeNull();
    expect(r.periods).toEqual(['2026']);
    expect(r.missing).toEqual([
      { code: 'NL01', period: '2026', measure: 'events', reason: 'missing' },
      { code: 'NL01', period: '2026', measure: 'population', reason: 'missing' },
    ]);
  });
});
