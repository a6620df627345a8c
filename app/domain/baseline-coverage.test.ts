import { describe, expect, test } from 'vitest';
import type { RegionBucket } from './aggregation';
import { combineUnits, coveredBucket, matchedChange, minimumKnownMonths } from './baseline-coverage';
import { periodRange } from './periods';

/** A month's (or quarter's) unit with flow values; null is unknown. */
const unit = (bucket: string, months: number, values: Record<string, number | null>): RegionBucket => ({
  regionId: 1,
  bucket,
  months,
  provisional: false,
  lastPeriod: bucket,
  elements: new Map(
    Object.entries(values).map(([k, v]) => [k, { sum: v, level: v, weightedSum: null, weightTotal: null }]),
  ),
});
const YEAR = { from: '2023-01', to: '2023-12' };
const CODES = ['triage_on_time', 'triage_simple'];

describe('the minimum coverage of a baseline', () => {
  test('at least 75 % of its months: 9 of 12, 5 of 6, 3 of 3', () => {
    expect(minimumKnownMonths(12)).toBe(9);
    expect(minimumKnownMonths(6)).toBe(5);
    expect(minimumKnownMonths(3)).toBe(3);
    expect(minimumKnownMonths(24)).toBe(18);
  });
});

describe('a baseline over the months it has', () => {
  // Months 1–12 of 2023: triaged on time m, triaged 10 each month.
  const months = periodRange('2023-01', '2023-12').map((p, i) =>
    unit(p, 1, { triage_on_time: i + 1, triage_simple: 10 }),
  );

  test('every month known: the whole year (78 of 120)', () => {
    const c = coveredBucket(months, CODES, YEAR, 1);
    expect(c.coverage).toEqual({ known: 12, total: 12, minimum: 9 });
    expect(c.bucket?.elements.get('triage_on_time')?.sum).toBe(78);
    expect(c.bucket?.elements.get('triage_simple')?.sum).toBe(120);
    expect(c.bucket?.months).toBe(12);
  });

  test('one unknown month is left out, not the year: 11 months, 78 − 4 = 74 of 110', () => {
    const withGap = months.map((m, i) =>
      i === 3 ? unit(m.bucket, 1, { ...values(m), triage_on_time: null }) : m,
    );
    const c = coveredBucket(withGap, CODES, YEAR, 1);
    expect(c.coverage).toEqual({ known: 11, total: 12, minimum: 9 });
    expect(c.bucket?.elements.get('triage_on_time')?.sum).toBe(74);
    // the denominator of the same 11 months, not of 12
    expect(c.bucket?.elements.get('triage_simple')?.sum).toBe(110);
    expect(c.used.map((u) => u.from)).not.toContain('2023-04');
  });

  test('a month not reported at all counts as unknown; 8 of 12 is below the minimum: no baseline, never 0', () => {
    const eight = months.slice(0, 8);
    const c = coveredBucket(eight, CODES, YEAR, 1);
    expect(c.coverage).toEqual({ known: 8, total: 12, minimum: 9 });
    expect(c.bucket).toBeUndefined();
    // nine months: just enough (Σ 1…9 = 45 of 90)
    const nine = coveredBucket(months.slice(0, 9), CODES, YEAR, 1);
    expect(nine.bucket?.elements.get('triage_on_time')?.sum).toBe(45);
    expect(nine.bucket?.elements.get('triage_simple')?.sum).toBe(90);
  });

  test('units outside the range are not used', () => {
    const c = coveredBucket(
      [...months, unit('2024-01', 1, { triage_on_time: 99, triage_simple: 10 })],
      CODES,
      YEAR,
      1,
    );
    expect(c.bucket?.elements.get('triage_on_time')?.sum).toBe(78);
  });

  test('a reviewer counts in whole rounded quarters: 3 of 4 quarters (9 months) suffice, a partial one is unknown', () => {
    const quarters = [
      unit('2023-Q1', 3, { triage_on_time: 5, triage_simple: 30 }),
      unit('2023-Q2', 3, { triage_on_time: 15, triage_simple: 30 }),
      { ...unit('2023-Q3', 2, {}), elements: new Map() }, // partial: no figures
      unit('2023-Q4', 3, { triage_on_time: 30, triage_simple: 30 }),
    ];
    const c = coveredBucket(quarters, CODES, YEAR, 3);
    expect(c.coverage).toEqual({ known: 9, total: 12, minimum: 9 });
    expect(c.bucket?.elements.get('triage_on_time')?.sum).toBe(50);
    expect(c.bucket?.elements.get('triage_simple')?.sum).toBe(90);
    const two = coveredBucket(quarters.slice(0, 3), CODES, YEAR, 3);
    expect(two.coverage.known).toBe(6);
    expect(two.bucket).toBeUndefined();
  });

  test('a stock keeps the level of the last used unit', () => {
    const b = combineUnits(
      [unit('2023-01', 1, { families_active_rvt: 40 }), unit('2023-03', 1, { families_active_rvt: 44 })],
      'x',
    );
    expect(b?.elements.get('families_active_rvt')?.level).toBe(44);
    expect(b?.elements.get('families_active_rvt')?.sum).toBe(84);
  });
});

function values(b: RegionBucket): Record<string, number | null> {
  return Object.fromEntries([...b.elements].map(([k, v]) => [k, v.sum]));
}

describe('the programme change holds like with like', () => {
  test('the same regions now and at baseline; who is left out is named with the side and the reason', () => {
    // region 1: now 60 of 100, baseline 40 of 100; region 2: now 30 of 50, baseline 20 of 50;
    // region 3: now 90 of 100, baseline unknown (coverage); region 4: now unknown.
    const m = matchedChange(100, [
      {
        regionId: 1,
        now: { numerator: 60, denominator: 100 },
        baseline: { numerator: 40, denominator: 100 },
      },
      { regionId: 2, now: { numerator: 30, denominator: 50 }, baseline: { numerator: 20, denominator: 50 } },
      { regionId: 3, now: { numerator: 90, denominator: 100 }, baseline: { leftOut: 'coverage' } },
      { regionId: 4, now: { leftOut: 'unknown' }, baseline: { numerator: 10, denominator: 10 } },
    ]);
    // now 90 / 150 = 60 %; baseline 60 / 150 = 40 %; +20 points. With region 3 in the current side
    // only, the mixed comparison would say 180 / 250 = 72 % against 40 %: +32.
    expect(m.now).toBeCloseTo(60, 10);
    expect(m.baseline).toBeCloseTo(40, 10);
    expect(m.difference).toBeCloseTo(20, 10);
    expect(m.regions).toEqual([1, 2]);
    expect(m.parts).toEqual({
      now: { numerator: 90, denominator: 150 },
      baseline: { numerator: 60, denominator: 150 },
    });
    expect(m.leftOut).toEqual([
      { regionId: 3, side: 'baseline', reason: 'coverage' },
      { regionId: 4, side: 'now', reason: 'unknown' },
    ]);
  });

  test('no region on both sides: unknown, never 0', () => {
    const m = matchedChange(10_000, [
      { regionId: 1, now: { leftOut: 'hidden' }, baseline: { numerator: 5, denominator: 100 } },
    ]);
    expect(m).toEqual({
      now: null,
      baseline: null,
      difference: null,
      regions: [],
      leftOut: [{ regionId: 1, side: 'now', reason: 'hidden' }],
      parts: null,
    });
  });
});
