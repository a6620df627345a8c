import { describe, expect, test } from 'vitest';
import { changeAgainst, childYears, computeRate, scopeInForce, type ScopeEntry } from './population';

const entry = (id: number, effectiveFrom: string, children: number): ScopeEntry => ({
  id,
  effectiveFrom,
  children,
  municipalities: [],
});

// Region A: 10,000 children all of 2025. Region B: 20,000 until June, 30,000 from July 2025
// (a municipality joined the pilot mid-year).
const A = [entry(1, '2025-01', 10_000)];
const B = [entry(2, '2025-01', 20_000), entry(3, '2025-07', 30_000)];

describe('population in scope', () => {
  test('the latest entry not after the month holds', () => {
    expect(scopeInForce(B, '2025-06')?.children).toBe(20_000);
    expect(scopeInForce(B, '2025-07')?.children).toBe(30_000);
    expect(scopeInForce(B, '2024-12')).toBeNull();
  });

  test('a later entry for the same month corrects the earlier one', () => {
    expect(scopeInForce([entry(5, '2025-01', 9_000), entry(4, '2025-01', 8_000)], '2025-03')?.children).toBe(
      9_000,
    );
  });

  test('child-years count each month at the population of that month', () => {
    expect(childYears(A, '2025-01', '2025-12')).toBe(10_000);
    // (6 × 20,000 + 6 × 30,000) / 12
    expect(childYears(B, '2025-01', '2025-12')).toBe(25_000);
    // Q3: 3 × 30,000 / 12
    expect(childYears(B, '2025-07', '2025-09')).toBe(7_500);
    // Q2–Q3 straddles the change: (3 × 20,000 + 3 × 30,000) / 12
    expect(childYears(B, '2025-04', '2025-09')).toBe(12_500);
  });

  test('a month without population makes the child-years unknown', () => {
    expect(childYears(B, '2024-12', '2025-02')).toBeNull();
  });
});

describe('rates per 10,000 children per year', () => {
  test('one region: count over child-years', () => {
    // 30 new measures in 2025 among 10,000 children
    expect(computeRate([{ count: 30, childYears: 10_000 }]).value).toBe(30);
    // 30 placements in Q3 among 30,000 children = 7,500 child-years: 40 per 10,000 per year
    expect(computeRate([{ count: 30, childYears: childYears(B, '2025-07', '2025-09') }]).value).toBe(40);
  });

  test('two regions with a mid-year change: Σ counts ÷ Σ child-years, not a mean of rates', () => {
    const total = computeRate([
      { count: 30, childYears: childYears(A, '2025-01', '2025-12') },
      { count: 100, childYears: childYears(B, '2025-01', '2025-12') },
    ]);
    // A: 30 per 10,000; B: 100 / 25,000 = 40 per 10,000; the mean (35) would be wrong:
    // 130 / 35,000 × 10,000 = 37.142857…
    expect(total.count).toBe(130);
    expect(total.childYears).toBe(35_000);
    expect(total.value).toBeCloseTo(37.142857, 5);
  });

  test('a region with an unknown count is left out of both sums', () => {
    const total = computeRate([
      { count: null, childYears: 10_000 },
      { count: 100, childYears: 25_000 },
    ]);
    expect(total).toEqual({ count: 100, childYears: 25_000, value: 40 });
  });

  test('no known part gives no rate, not 0', () => {
    expect(computeRate([{ count: 5, childYears: null }]).value).toBeNull();
    expect(computeRate([]).value).toBeNull();
  });
});

describe('change against a reference', () => {
  test('difference and relative change', () => {
    // 37.5 per 10,000 now against a baseline of 50: −12.5, i.e. −25 %
    expect(changeAgainst(37.5, 50)).toEqual({ difference: -12.5, relative: -0.25 });
    // a share of 72 % against 60 %: +12 points, +20 %
    const c = changeAgainst(72, 60);
    expect(c.difference).toBe(12);
    expect(c.relative).toBeCloseTo(0.2, 10);
  });

  test('an unknown side gives no change; a zero reference no relative change', () => {
    expect(changeAgainst(null, 50)).toEqual({ difference: null, relative: null });
    expect(changeAgainst(3, 0)).toEqual({ difference: 3, relative: null });
  });
});
