import { describe, expect, test } from 'vitest';
import type { CbsFigure, MunicipalityChange } from './comparison-groups';
import { cbsChildrenOfSet, populationEntries, populationOrigin } from './population-in-scope';
import { childYears, type ScopeEntry } from './population';

const fig = (region: string, year: number, value: number | null, status: CbsFigure['status'] = 'final') => ({
  region,
  period: `${year}JJ00`,
  value,
  status: value === null ? ('secret' as const) : status,
  rounded: false,
});

// Nieuwstad (GM1999) was formed on 1 January 2024 from Oud-Oost (GM0002) and Oud-West (GM0003)
const CHANGES: MunicipalityChange[] = [
  { oldCode: 'GM0002', newCode: 'GM1999', effectiveOn: '2024-01-01' },
  { oldCode: 'GM0003', newCode: 'GM1999', effectiveOn: '2024-01-01' },
];
const POPULATION: CbsFigure[] = [
  fig('GM0001', 2023, 4000),
  fig('GM0002', 2023, 1500),
  fig('GM0003', 2023, 2500),
  fig('GM0001', 2024, 4100),
  fig('GM1999', 2024, 3900, 'provisional'),
  fig('GM0001', 2025, 4200),
  fig('GM1999', 2025, null),
];
const TYPED: ScopeEntry[] = [
  {
    id: 7,
    effectiveFrom: '2022-01',
    children: 10000,
    municipalities: ['Alpha', 'Nieuwstad'],
    source: 'Schatting',
  },
];
const SET = {
  id: 1,
  effectiveFrom: '2023-07',
  municipalities: [
    { code: 'GM0001', partial: false },
    { code: 'GM1999', partial: false },
  ],
};

describe('CBS children of a set of municipalities', () => {
  test('before a merger the new municipality is summed from the ones it was made of', () => {
    expect(cbsChildrenOfSet(SET, 2023, POPULATION, CHANGES)).toEqual({ children: 8000, provisional: false });
  });
  test('after it its own figure counts, provisional when CBS says so', () => {
    expect(cbsChildrenOfSet(SET, 2024, POPULATION, CHANGES)).toEqual({ children: 8000, provisional: true });
  });
  test('a secret figure, a year without figures, part of a municipality or no municipality give none', () => {
    expect(cbsChildrenOfSet(SET, 2025, POPULATION, CHANGES)).toBeNull();
    expect(cbsChildrenOfSet(SET, 2026, POPULATION, CHANGES)).toBeNull();
    const partial = { ...SET, municipalities: [{ code: 'GM0001', partial: true }] };
    expect(cbsChildrenOfSet(partial, 2024, POPULATION, CHANGES)).toBeNull();
    expect(cbsChildrenOfSet({ ...SET, municipalities: [] }, 2024, POPULATION, CHANGES)).toBeNull();
  });
});

describe('the population the rates use', () => {
  const entries = populationEntries({ typed: TYPED, sets: [SET], population: POPULATION, changes: CHANGES });

  test('CBS from the month the municipalities are known and per year, typed before and where CBS has none', () => {
    expect(entries).toEqual([
      { id: 1, effectiveFrom: '2022-01', children: 10000, origin: 'typed', source: 'Schatting' },
      {
        id: 2,
        effectiveFrom: '2023-07',
        children: 8000,
        origin: 'cbs',
        source: 'CBS StatLine 03759ned, 2023',
      },
      {
        id: 3,
        effectiveFrom: '2024-01',
        children: 8000,
        origin: 'cbs',
        source: 'CBS StatLine 03759ned, 2024*',
      },
      // 2025: Nieuwstad's figure is secret, so the typed estimate stands (never 0); 2026 has none
      { id: 4, effectiveFrom: '2025-01', children: 10000, origin: 'typed', source: 'Schatting' },
    ]);
  });

  test('child-years over a year half typed, half CBS: (6 × 10,000 + 6 × 8,000) / 12 = 9,000', () => {
    expect(childYears(entries, '2023-01', '2023-12')).toBe(9000);
    expect(populationOrigin(entries, '2023-01', '2023-12')).toBe('mixed');
    expect(childYears(entries, '2024-01', '2024-03')).toBe(2000);
    expect(populationOrigin(entries, '2024-01', '2024-12')).toBe('cbs');
    expect(populationOrigin(entries, '2026-01', '2026-03')).toBe('typed');
  });

  test('without a typed scope a month CBS does not cover has no population: rates unknown, not over 0', () => {
    const only = populationEntries({
      typed: [],
      sets: [{ ...SET, effectiveFrom: '2024-01', municipalities: [{ code: 'GM0001', partial: false }] }],
      population: POPULATION,
      changes: CHANGES,
    });
    expect(only).toEqual([
      {
        id: 1,
        effectiveFrom: '2024-01',
        children: 4100,
        origin: 'cbs',
        source: 'CBS StatLine 03759ned, 2024',
      },
      {
        id: 2,
        effectiveFrom: '2025-01',
        children: 4200,
        origin: 'cbs',
        source: 'CBS StatLine 03759ned, 2025',
      },
      { id: 3, effectiveFrom: '2026-01', children: null },
    ]);
    expect(childYears(only, '2025-10', '2026-03')).toBeNull();
    expect(populationOrigin(only, '2025-10', '2026-03')).toBeNull();
    expect(childYears(only, '2023-12', '2024-01')).toBeNull();
  });

  test('a region with neither a typed scope nor municipalities has no entries', () => {
    expect(populationEntries({ typed: [], sets: [], population: POPULATION, changes: [] })).toEqual([]);
  });
});
