/**
 * Baselines that stay visible (issue 23, item 6). A region's baseline uses the months it has: a
 * figure over the baseline is made of the months in which every element it reads is known, provided
 * those months reach a minimum coverage (at least 75 %: 9 of 12 months). One unknown month no longer
 * voids a year; fewer than the minimum leaves the baseline unknown (never 0), with the months known
 * stated.
 *
 * The units are the months for a viewer of exact figures, and the rounded quarter cells
 * (disclosure.ts) for a reviewer: a reviewer's baseline counts its months in whole quarters, so
 * three quarters out of four reach the minimum, and everything stays a sum of rounded cells.
 *
 * A programme comparison holds like with like: the change of the programme total against its
 * baseline is computed over the regions that have both a current value and a baseline value, and
 * names the regions it leaves out and why (`matchedChange`).
 * Pure: no database, Remix or React.
 */
import { bucketRange, type AggregatedElement, type RegionBucket } from './aggregation';
import { getElement } from './catalogue';
import { periodRange, type Period } from './periods';

/** The share of a baseline's months that must be known for a figure over it. */
export const BASELINE_MIN_SHARE = 0.75;

/** The months that must be known of a baseline of `months` months: 9 of 12, 5 of 6, 3 of 3. */
export function minimumKnownMonths(months: number): number {
  return Math.ceil(months * BASELINE_MIN_SHARE - 1e-9);
}

export interface Coverage {
  /** months used (every element the figure reads known in them) */
  known: number;
  /** months of the baseline */
  total: number;
  /** months needed */
  minimum: number;
}

export const isCovered = (c: Coverage) => c.known > 0 && c.known >= c.minimum;

function elementKnown(code: string, el: AggregatedElement | undefined): boolean {
  if (!el) return false;
  const aggregation = getElement(code)?.aggregation;
  if (aggregation === 'weighted') return el.weightedSum !== null && !!el.weightTotal;
  if (aggregation === 'stock') return el.level !== null && el.sum !== null;
  return el.sum !== null;
}

/** Whether a unit (a month, or a rounded quarter) is complete and knows every element in `codes`. */
export function unitKnown(unit: RegionBucket, codes: readonly string[], monthsPerUnit: number): boolean {
  if (unit.months < monthsPerUnit || unit.elements.size === 0) return false;
  return codes.every((code) => elementKnown(code, unit.elements.get(code)));
}

const addAll = (values: readonly (number | null)[]) =>
  values.reduce<number | null>((s, v) => (s === null || v === null ? null : s + v), 0);

/**
 * Units (oldest first) combined into one bucket: flows and sums of levels added, a stock's level
 * that of the last unit, weighted sums and weights added.
 */
export function combineUnits(units: readonly RegionBucket[], bucket: string): RegionBucket | undefined {
  if (units.length === 0) return undefined;
  const codes = new Set(units.flatMap((u) => [...u.elements.keys()]));
  const elements = new Map<string, AggregatedElement>();
  for (const code of codes) {
    const els = units.map((u) => u.elements.get(code));
    if (els.some((e) => e === undefined)) continue;
    const known = els as AggregatedElement[];
    elements.set(code, {
      sum: addAll(known.map((e) => e.sum)),
      level: known[known.length - 1].level,
      weightedSum: addAll(known.map((e) => e.weightedSum)),
      weightTotal: addAll(known.map((e) => e.weightTotal)),
    });
  }
  const last = units[units.length - 1];
  return {
    regionId: last.regionId,
    bucket,
    months: units.reduce((s, u) => s + u.months, 0),
    provisional: units.some((u) => u.provisional),
    lastPeriod: last.lastPeriod,
    elements,
  };
}

export interface CoveredBucket {
  /** the used units combined; undefined below the minimum coverage */
  bucket: RegionBucket | undefined;
  /** the months of each used unit */
  used: { from: Period; to: Period }[];
  coverage: Coverage;
}

/**
 * A region's figure parts over its baseline `range`, from its units (months, or a reviewer's
 * rounded quarters of `monthsPerUnit` = 3): only units lying inside the range in which every
 * element of `codes` is known. Below the minimum coverage: no bucket.
 */
export function coveredBucket(
  units: readonly RegionBucket[],
  codes: readonly string[],
  range: { from: Period; to: Period },
  monthsPerUnit: number,
): CoveredBucket {
  const total = periodRange(range.from, range.to).length;
  const used = units
    .filter((u) => {
      const r = bucketRange(u.bucket);
      return r.from >= range.from && r.to <= range.to && unitKnown(u, codes, monthsPerUnit);
    })
    .sort((a, b) => (a.bucket < b.bucket ? -1 : a.bucket > b.bucket ? 1 : 0));
  const coverage = { known: used.length * monthsPerUnit, total, minimum: minimumKnownMonths(total) };
  return {
    bucket: isCovered(coverage) ? combineUnits(used, `${range.from}..${range.to}`) : undefined,
    used: used.map((u) => bucketRange(u.bucket)),
    coverage,
  };
}

// ── Like with like ──────────────────────────────────────────────────────────

/** One region's parts on one side: known, or the reason it is left out. */
export type SideParts =
  { numerator: number; denominator: number } | { leftOut: 'unknown' | 'hidden' | 'coverage' | 'reference' };

/** Why a region is left out of a like-with-like comparison. */
export type LeftOutReason = 'unknown' | 'hidden' | 'coverage' | 'reference';

export type MatchedLeftOut = {
  regionId: number;
  side: 'now' | 'baseline';
  /** 'reference': a baseline filled from reference data has no counts to pool */
  reason: LeftOutReason;
};

/** The dictionary key that names a left-out reason (the outcomes and intervals dictionaries both have them). */
export function leftOutReasonKey(
  reason: LeftOutReason,
): 'reasonHidden' | 'reasonCoverage' | 'reasonReference' | 'reasonUnknown' {
  return reason === 'hidden'
    ? 'reasonHidden'
    : reason === 'coverage'
      ? 'reasonCoverage'
      : reason === 'reference'
        ? 'reasonReference'
        : 'reasonUnknown';
}

export interface MatchedChange {
  /** the programme value now over the matched regions */
  now: number | null;
  /** the programme baseline over the same regions */
  baseline: number | null;
  /** now − baseline (percentage points for a share, per 10,000 for a rate) */
  difference: number | null;
  regions: number[];
  leftOut: MatchedLeftOut[];
  /** the pooled counts on either side (for the interval of the difference) */
  parts: {
    now: { numerator: number; denominator: number };
    baseline: { numerator: number; denominator: number };
  } | null;
}

const isKnown = (p: SideParts): p is { numerator: number; denominator: number } => !('leftOut' in p);

/**
 * The programme total now and at baseline over the same regions: Σ numerators / Σ denominators ×
 * scale on either side, over the regions known on both sides; the others named with the side and
 * reason that left them out (the current side first).
 */
export function matchedChange(
  scale: number,
  rows: readonly { regionId: number; now: SideParts; baseline: SideParts }[],
): MatchedChange {
  const used = rows.filter((r) => isKnown(r.now) && isKnown(r.baseline));
  const leftOut: MatchedLeftOut[] = rows.flatMap((r): MatchedLeftOut[] =>
    !isKnown(r.now)
      ? [{ regionId: r.regionId, side: 'now', reason: r.now.leftOut }]
      : !isKnown(r.baseline)
        ? [{ regionId: r.regionId, side: 'baseline', reason: r.baseline.leftOut }]
        : [],
  );
  const pool = (pick: (r: (typeof rows)[number]) => SideParts) => {
    let numerator = 0;
    let denominator = 0;
    for (const r of used) {
      const p = pick(r) as { numerator: number; denominator: number };
      numerator += p.numerator;
      denominator += p.denominator;
    }
    return { numerator, denominator };
  };
  const valueOf = (p: { numerator: number; denominator: number }) =>
    p.denominator > 0 ? (p.numerator / p.denominator) * scale : null;
  const parts = used.length > 0 ? { now: pool((r) => r.now), baseline: pool((r) => r.baseline) } : null;
  const now = parts ? valueOf(parts.now) : null;
  const baseline = parts ? valueOf(parts.baseline) : null;
  return {
    now,
    baseline,
    difference: now === null || baseline === null ? null : now - baseline,
    regions: used.map((r) => r.regionId),
    leftOut,
    parts,
  };
}
