import { describe, expect, test } from 'vitest';
import {
  differenceInDifferences,
  isComputable,
  linearCombination,
  poissonExact,
  poissonRate,
  proportionDifference,
  rateDifference,
  scaleInterval,
  verdictOf,
  wilson,
  zFor,
  type IntervalResult,
} from './intervals';

/** lower and upper to 4 decimals (the published tables' precision) */
function limits(i: IntervalResult): [number, number] {
  if (!isComputable(i)) throw new Error(`not computable: ${i.reason}`);
  return [Number(i.lower.toFixed(4)), Number(i.upper.toFixed(4))];
}

// Hand computation: the χ² quantile with 2 degrees of freedom is −2·ln(1 − p), so for 0 and 1
// events Garwood's limits have closed forms; z = 1.959964 for 95 %.
const Z = 1.959963984540054;

describe('Poisson, exact (Garwood)', () => {
  test('0 events: lower 0, upper −ln(0.025) = 3.6889', () => {
    const i = poissonExact(0);
    expect(limits(i)).toEqual([0, 3.6889]);
    expect(isComputable(i) && i.upper).toBeCloseTo(-Math.log(0.025), 10);
    expect(i.estimate).toBe(0);
    expect(i.method).toBe('poisson-exact');
  });

  test('1 event: lower −ln(0.975) = 0.0253, upper χ²(0.975; 4)/2 = 5.5716', () => {
    const i = poissonExact(1);
    expect(isComputable(i) && i.lower).toBeCloseTo(-Math.log(0.975), 10);
    expect(limits(i)).toEqual([0.0253, 5.5716]);
  });

  test('10 events: 4.7954 to 18.3904 (Garwood’s table)', () => {
    expect(limits(poissonExact(10))).toEqual([4.7954, 18.3904]);
  });

  test('a rate per 10,000: 10 events over 2,000 child-years is 50 (23.98–91.95)', () => {
    const i = poissonRate(10, 2_000);
    expect(isComputable(i) && i.estimate).toBe(50);
    // the count's limits × 10,000 / 2,000 = × 5
    expect(limits(i)).toEqual([23.9769, 91.9518]);
  });

  test('a 90 % level is narrower: 10 events 5.4254 to 16.9622', () => {
    expect(limits(poissonExact(10, 1, 0.9))).toEqual([5.4254, 16.9622]);
  });

  test('unknown, no population and a negative count have no interval, never 0', () => {
    expect(poissonExact(null)).toMatchObject({ lower: null, upper: null, reason: 'unknown' });
    expect(poissonRate(5, null)).toMatchObject({ lower: null, reason: 'unknown' });
    expect(poissonRate(5, 0)).toMatchObject({ lower: null, reason: 'no-denominator' });
    expect(poissonExact(-1)).toMatchObject({ lower: null, reason: 'invalid' });
    expect(poissonExact(Number.NaN)).toMatchObject({ lower: null, reason: 'invalid' });
  });

  test('a level outside (0, 1) is a programming error', () => {
    expect(() => poissonExact(3, 1, 95)).toThrow(RangeError);
  });
});

describe('Wilson', () => {
  // upper limit of 0 of n: z² / (n + z²)
  test('0 % of 10: 0 to 0.2775', () => {
    const i = wilson(0, 10);
    expect(isComputable(i) && i.upper).toBeCloseTo((Z * Z) / (10 + Z * Z), 12);
    expect(limits(i)).toEqual([0, 0.2775]);
  });

  test('100 % of 10: 0.7225 to exactly 1', () => {
    const i = wilson(10, 10);
    expect(limits(i)).toEqual([0.7225, 1]);
    expect(isComputable(i) && i.upper).toBe(1);
  });

  test('n = 1: 0 of 1 is 0–0.7935, 1 of 1 is 0.2065–1', () => {
    expect(limits(wilson(0, 1))).toEqual([0, 0.7935]);
    expect(limits(wilson(1, 1))).toEqual([0.2065, 1]);
  });

  test('n = 5: 0 of 5 is 0–0.4345, 2 of 5 is 0.1176–0.7693, 5 of 5 is 0.5655–1', () => {
    expect(limits(wilson(0, 5))).toEqual([0, 0.4345]);
    expect(limits(wilson(2, 5))).toEqual([0.1176, 0.7693]);
    expect(limits(wilson(5, 5))).toEqual([0.5655, 1]);
  });

  test('n = 0 has no interval; a part larger than its whole is invalid', () => {
    expect(wilson(0, 0)).toMatchObject({ lower: null, reason: 'no-denominator' });
    expect(wilson(6, 5)).toMatchObject({ lower: null, reason: 'invalid' });
    expect(wilson(null, 5)).toMatchObject({ lower: null, reason: 'unknown' });
  });

  test('z for 95 % is 1.959964', () => {
    expect(zFor()).toBeCloseTo(Z, 12);
  });
});

describe('differences', () => {
  test('Newcombe’s example: 56/70 − 48/80 = 0.2000 (0.0524 to 0.3339)', () => {
    const i = proportionDifference({ successes: 56, n: 70 }, { successes: 48, n: 80 });
    expect(isComputable(i) && i.estimate).toBeCloseTo(0.2, 12);
    expect(limits(i)).toEqual([0.0524, 0.3339]);
    expect(i.method).toBe('newcombe');
  });

  test('rate difference: 10 − 1 events over one unit each is 9 (2.0727 to 17.4468)', () => {
    // 9 − √((10 − 4.79539)² + (5.57164 − 1)²) and 9 + √((18.39036 − 10)² + (1 − 0.02532)²)
    const i = rateDifference({ count: 10, childYears: 10_000 }, { count: 1, childYears: 10_000 });
    expect(isComputable(i) && i.estimate).toBeCloseTo(9, 12);
    expect(limits(i)).toEqual([2.0727, 17.4468]);
    expect(verdictOf(i)).toBe('increase');
  });

  test('a difference with an unknown side has no interval', () => {
    const i = rateDifference({ count: 10, childYears: 10_000 }, { count: null, childYears: 10_000 });
    expect(i).toMatchObject({ lower: null, upper: null, reason: 'unknown' });
    expect(verdictOf(i)).toBe('not-computable');
  });

  test('difference-in-differences on two regions: (20 − 30) − (24 − 25) = −9 (−29.98 to 11.73)', () => {
    // pilot region 30 → 20 events, comparison region 25 → 24, each over 10,000 child-years, so
    // the rates per 10,000 are the counts. Garwood limits: 20 (12.2165, 30.8884), 30 (20.2409,
    // 42.8269), 24 (15.3773, 35.7101), 25 (16.1787, 36.9049); down = √(7.7835² + 12.8269² +
    // 11.7101² + 8.8213²) = 20.9774, up = √(10.8884² + 9.7591² + 8.6227² + 11.9049²) = 20.7335.
    const i = differenceInDifferences({
      kind: 'rate',
      treatedAfter: { count: 20, childYears: 10_000 },
      treatedBefore: { count: 30, childYears: 10_000 },
      controlAfter: { count: 24, childYears: 10_000 },
      controlBefore: { count: 25, childYears: 10_000 },
    });
    expect(isComputable(i) && i.estimate).toBeCloseTo(-9, 12);
    expect(limits(i)).toEqual([-29.9774, 11.7335]);
    expect(verdictOf(i)).toBe('within-chance');
  });

  test('difference-in-differences of shares uses Wilson parts', () => {
    // (56/70 − 48/80) − (40/80 − 40/80): the control parts add their Wilson distances
    const i = differenceInDifferences({
      kind: 'share',
      treatedAfter: { successes: 56, n: 70 },
      treatedBefore: { successes: 48, n: 80 },
      controlAfter: { successes: 40, n: 80 },
      controlBefore: { successes: 40, n: 80 },
    });
    const w = wilson(40, 80);
    const half = isComputable(w) ? 0.5 - w.lower : NaN; // symmetric at p = 0.5
    const d = proportionDifference({ successes: 56, n: 70 }, { successes: 48, n: 80 });
    if (!isComputable(d) || !isComputable(i)) throw new Error('computable');
    expect(i.lower).toBeCloseTo(0.2 - Math.sqrt((0.2 - d.lower) ** 2 + 2 * half ** 2), 12);
    expect(i.upper).toBeCloseTo(0.2 + Math.sqrt((d.upper - 0.2) ** 2 + 2 * half ** 2), 12);
  });

  test('a combination refuses parts of different levels', () => {
    expect(() =>
      linearCombination([
        { interval: poissonExact(3, 1, 0.9), sign: 1 },
        { interval: poissonExact(3), sign: -1 },
      ]),
    ).toThrow(RangeError);
  });
});

describe('verdict', () => {
  const at = (lower: number, upper: number): IntervalResult => ({
    estimate: (lower + upper) / 2,
    lower,
    upper,
    method: 'mover',
    level: 0.95,
  });
  test('a change is claimed only where the interval excludes 0', () => {
    expect(verdictOf(at(0.1, 2))).toBe('increase');
    expect(verdictOf(at(-3, -0.01))).toBe('decrease');
    expect(verdictOf(at(-1, 2))).toBe('within-chance');
    expect(verdictOf(at(0, 2))).toBe('within-chance');
    expect(verdictOf(null)).toBe('not-computable');
  });

  test('scaling a share’s interval to percentage points', () => {
    expect(limits(scaleInterval(wilson(0, 10), 100))).toEqual([0, 27.7533]);
  });
});
