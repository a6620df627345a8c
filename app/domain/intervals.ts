/**
 * Confidence intervals for the figures the monitor shows: counts and rates, shares, and the
 * differences between them. Pure; the distributions come from stdlib (chi-square and normal
 * quantiles), the methods from the literature public statisticians use:
 *
 * - **Counts and rates (Poisson, exact).** Garwood (1936): for k events the limits of the mean are
 *   χ²(α/2; 2k)/2 and χ²(1 − α/2; 2k + 2)/2 (the lower limit of 0 events is 0). A rate divides
 *   them by its exposure (child-years) and scales them (per 10,000). Exact for any count, so no
 *   approximation (Byar) is needed. Ulm (1990), Am J Epidemiol 131:373–375.
 * - **Shares (Wilson score).** Wilson (1927): the interval of p = x/n that keeps its coverage at
 *   0 %, 100 % and small n, where the textbook Wald interval collapses to a point. Brown, Cai &
 *   DasGupta (2001), Stat Sci 16:101–133.
 * - **Differences and difference-in-differences (MOVER).** Newcombe's hybrid score interval for a
 *   difference of two shares (Newcombe 1998, Stat Med 17:873–890, method 10) and its
 *   generalisation to any linear combination of independent estimates, "method of variance
 *   estimates recovery" (Zou & Donner 2008, Stat Med 27:1693–1702; Zou 2008, Am J Epidemiol
 *   168:212–224): each part's variance is recovered from the distance of its own interval limit
 *   (Wilson for a share, Garwood for a rate) to its estimate, on the side that moves the combination
 *   down (lower limit) or up (upper limit), and the variances of the independent parts are added.
 *   For two Poisson rates this is the MOVER interval of Li, Tang & Wong (2011), Biom J 53:283–297.
 *   It keeps the asymmetry of each part near 0, where a normal approximation on the difference
 *   would give negative counts and too narrow an interval.
 *
 * An interval says how far the true value could lie from the estimate through chance alone
 * (random variation of the counts); it says nothing about bias, definition changes or why a value
 * moved. A figure that is unknown or hidden has no interval (`NoInterval`), never [0, 0].
 */
import chisquareQuantile from '@stdlib/stats-base-dists-chisquare-quantile';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';

export const DEFAULT_LEVEL = 0.95;

export type IntervalMethod =
  | 'poisson-exact'
  | 'wilson'
  | 'newcombe' // difference of two shares (MOVER with Wilson limits)
  | 'mover-poisson' // difference of two rates (MOVER with Garwood limits)
  | 'mover'; // a linear combination of independent estimates (difference-in-differences)

/** Why an interval cannot be computed. */
export type NoIntervalReason =
  | 'unknown' // a part is unknown (no value)
  | 'no-denominator' // a share over 0, or a rate over no population
  | 'invalid'; // a negative count, a part larger than its whole, a non-finite number

export interface Interval {
  estimate: number;
  lower: number;
  upper: number;
  method: IntervalMethod;
  level: number;
}

export interface NoInterval {
  estimate: null;
  lower: null;
  upper: null;
  method: IntervalMethod;
  level: number;
  reason: NoIntervalReason;
}

export type IntervalResult = Interval | NoInterval;

export function isComputable(i: IntervalResult | null | undefined): i is Interval {
  return !!i && i.lower !== null;
}

function none(method: IntervalMethod, reason: NoIntervalReason, level: number): NoInterval {
  return { estimate: null, lower: null, upper: null, method, level, reason };
}

function checkLevel(level: number) {
  if (!(level > 0 && level < 1)) throw new RangeError(`Confidence level must lie in (0, 1), got ${level}`);
}

/** The two-sided normal quantile z for a confidence level (1.959964… for 95 %). */
export function zFor(level: number = DEFAULT_LEVEL): number {
  checkLevel(level);
  return normalQuantile(1 - (1 - level) / 2, 0, 1);
}

const isCount = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

/**
 * Garwood's exact interval of a Poisson mean for `count` events, divided by `exposure` (1: the
 * count itself). A count need not be whole (a rounded or pooled count is), but not negative.
 */
export function poissonExact(
  count: number | null,
  exposure: number | null = 1,
  level: number = DEFAULT_LEVEL,
): IntervalResult {
  checkLevel(level);
  if (count === null || exposure === null) return none('poisson-exact', 'unknown', level);
  if (!isCount(count) || count < 0 || !isCount(exposure) || exposure < 0)
    return none('poisson-exact', 'invalid', level);
  if (exposure === 0) return none('poisson-exact', 'no-denominator', level);
  const alpha = 1 - level;
  const lower = count === 0 ? 0 : chisquareQuantile(alpha / 2, 2 * count) / 2;
  const upper = chisquareQuantile(1 - alpha / 2, 2 * count + 2) / 2;
  return {
    estimate: count / exposure,
    lower: lower / exposure,
    upper: upper / exposure,
    method: 'poisson-exact',
    level,
  };
}

/**
 * A rate per `per` (10,000) children per year: `count` events over `childYears` of exposure, with
 * Garwood's exact limits scaled alike.
 */
export function poissonRate(
  count: number | null,
  childYears: number | null,
  per: number = 10_000,
  level: number = DEFAULT_LEVEL,
): IntervalResult {
  const i = poissonExact(count, childYears, level);
  if (!isComputable(i)) return i;
  return { ...i, estimate: i.estimate * per, lower: i.lower * per, upper: i.upper * per };
}

/**
 * Wilson's score interval of a share `successes / n` (as a fraction 0…1). 0 of n has lower limit 0,
 * n of n upper limit 1; n = 0 has none.
 */
export function wilson(
  successes: number | null,
  n: number | null,
  level: number = DEFAULT_LEVEL,
): IntervalResult {
  checkLevel(level);
  if (successes === null || n === null) return none('wilson', 'unknown', level);
  if (!isCount(successes) || !isCount(n) || successes < 0 || n < 0 || successes > n)
    return none('wilson', 'invalid', level);
  if (n === 0) return none('wilson', 'no-denominator', level);
  const z = zFor(level);
  const z2 = z * z;
  const p = successes / n;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return {
    estimate: p,
    lower: successes === 0 ? 0 : Math.max(0, centre - half),
    upper: successes === n ? 1 : Math.min(1, centre + half),
    method: 'wilson',
    level,
  };
}

/** One independent part of a linear combination: its own interval and its sign (+1 or −1). */
export interface Term {
  interval: IntervalResult;
  sign: 1 | -1;
}

/**
 * MOVER: the interval of Σ signᵢ·θᵢ over independent estimates θᵢ, each with its own interval. The
 * lower limit subtracts √Σ of the squared distances to the limits that move the sum down (the lower
 * limit of a + term, the upper limit of a − term), the upper limit likewise upwards.
 */
export function linearCombination(
  terms: readonly Term[],
  method: IntervalMethod = 'mover',
  level: number = DEFAULT_LEVEL,
): IntervalResult {
  checkLevel(level);
  if (terms.length === 0) return none(method, 'invalid', level);
  let estimate = 0;
  let down = 0;
  let up = 0;
  for (const { interval: i, sign } of terms) {
    if (!isComputable(i)) return none(method, i?.reason ?? 'unknown', level);
    if (i.level !== level)
      throw new RangeError('Every part of a combination needs the same confidence level');
    estimate += sign * i.estimate;
    const below = i.estimate - i.lower;
    const above = i.upper - i.estimate;
    down += (sign === 1 ? below : above) ** 2;
    up += (sign === 1 ? above : below) ** 2;
  }
  return { estimate, lower: estimate - Math.sqrt(down), upper: estimate + Math.sqrt(up), method, level };
}

/** Counts of one share: `successes` of `n`. */
export interface ShareCounts {
  successes: number | null;
  n: number | null;
}

/** Counts of one rate: `count` events over `childYears` (or any exposure). */
export interface RateCounts {
  count: number | null;
  childYears: number | null;
}

/**
 * Newcombe's hybrid score interval of p₁ − p₂ (two independent shares, as fractions): MOVER with
 * Wilson limits.
 */
export function proportionDifference(
  a: ShareCounts,
  b: ShareCounts,
  level: number = DEFAULT_LEVEL,
): IntervalResult {
  return linearCombination(
    [
      { interval: wilson(a.successes, a.n, level), sign: 1 },
      { interval: wilson(b.successes, b.n, level), sign: -1 },
    ],
    'newcombe',
    level,
  );
}

/**
 * The interval of r₁ − r₂ for two independent Poisson rates (per `per` children per year): MOVER
 * with Garwood's exact limits (Li, Tang & Wong 2011).
 */
export function rateDifference(
  a: RateCounts,
  b: RateCounts,
  per: number = 10_000,
  level: number = DEFAULT_LEVEL,
): IntervalResult {
  return linearCombination(
    [
      { interval: poissonRate(a.count, a.childYears, per, level), sign: 1 },
      { interval: poissonRate(b.count, b.childYears, per, level), sign: -1 },
    ],
    'mover-poisson',
    level,
  );
}

/** The pooled counts of one group (pilot or comparison) before and after. */
export type DidInput<T> = { treatedAfter: T; treatedBefore: T; controlAfter: T; controlBefore: T };

/**
 * Difference-in-differences on pooled counts: (treated after − treated before) − (control after −
 * control before), four independent parts, each with its own interval (Garwood for rates, Wilson
 * for shares), combined by MOVER (the variances of the independent parts added).
 */
export function differenceInDifferences(
  input: { kind: 'rate'; per?: number } & DidInput<RateCounts>,
  level?: number,
): IntervalResult;
export function differenceInDifferences(
  input: { kind: 'share' } & DidInput<ShareCounts>,
  level?: number,
): IntervalResult;
export function differenceInDifferences(
  input:
    ({ kind: 'rate'; per?: number } & DidInput<RateCounts>) | ({ kind: 'share' } & DidInput<ShareCounts>),
  level: number = DEFAULT_LEVEL,
): IntervalResult {
  const parts: IntervalResult[] =
    input.kind === 'rate'
      ? [input.treatedAfter, input.treatedBefore, input.controlAfter, input.controlBefore].map((c) =>
          poissonRate(c.count, c.childYears, input.per ?? 10_000, level),
        )
      : [input.treatedAfter, input.treatedBefore, input.controlAfter, input.controlBefore].map((c) =>
          wilson(c.successes, c.n, level),
        );
  const signs: (1 | -1)[] = [1, -1, -1, 1];
  return linearCombination(
    parts.map((interval, k) => ({ interval, sign: signs[k] })),
    'mover',
    level,
  );
}

/** What a difference's interval lets one claim: a rise, a fall, or nothing beyond chance. */
export type Verdict = 'increase' | 'decrease' | 'within-chance' | 'not-computable';

/**
 * A change is claimed only where the interval excludes no change (0): wholly above it is an
 * increase, wholly below a decrease; an interval that touches or spans 0 is within chance.
 */
export function verdictOf(difference: IntervalResult | null | undefined): Verdict {
  if (!isComputable(difference)) return 'not-computable';
  if (difference.lower > 0) return 'increase';
  if (difference.upper < 0) return 'decrease';
  return 'within-chance';
}

/** Scale an interval (a share as a fraction → percentage points: 100). */
export function scaleInterval(i: IntervalResult, factor: number): IntervalResult {
  if (!isComputable(i)) return i;
  const a = i.lower * factor;
  const b = i.upper * factor;
  return { ...i, estimate: i.estimate * factor, lower: Math.min(a, b), upper: Math.max(a, b) };
}
