/**
 * Indicator values, scores and principle scores.
 *
 * Across regions an indicator is Σ numerators / Σ denominators, never a mean of percentages; a
 * region whose numerator or denominator is unknown is left out (and counted as missing). A zero or
 * unknown denominator gives no value, never 0.
 */
import type { Indicator, Term } from './indicators';
import type { RegionBucket } from './aggregation';
import { getElement } from './catalogue';
import type { Period } from './periods';

export interface IndicatorParts {
  numerator: number | null;
  denominator: number | null;
}

export interface IndicatorValue extends IndicatorParts {
  value: number | null;
  /** weighted medians and means combined over regions or months are approximations */
  approximate: boolean;
}

/** Counts from the registers, per region (learning indicators). */
export type RegisterParts = IndicatorParts;

function termValue(bucket: RegionBucket, term: Term, stocks: 'level' | 'months'): number | null {
  const el = bucket.elements.get(term.code);
  if (!el) return null;
  const useLevel = getElement(term.code)?.aggregation === 'stock' && stocks === 'level';
  const v = useLevel ? el.level : el.sum;
  return v === null ? null : v * (term.sign ?? 1);
}

function sumTerms(bucket: RegionBucket, terms: readonly Term[], stocks: 'level' | 'months'): number | null {
  let total = 0;
  for (const term of terms) {
    const v = termValue(bucket, term, stocks);
    if (v === null) return null;
    total += v;
  }
  return total;
}

/** Numerator and denominator of an indicator for one region and period bucket. */
export function indicatorParts(
  indicator: Indicator,
  bucket: RegionBucket | undefined,
  register?: RegisterParts,
): IndicatorParts {
  const f = indicator.formula;
  if (f.kind === 'register') return register ?? { numerator: null, denominator: null };
  if (!bucket) return { numerator: null, denominator: null };
  if (f.kind === 'weighted') {
    const el = bucket.elements.get(f.element);
    return { numerator: el?.weightedSum ?? null, denominator: el?.weightTotal ?? null };
  }
  return {
    numerator: sumTerms(bucket, f.numerator, f.stocks),
    denominator: sumTerms(bucket, f.denominator, f.stocks),
  };
}

function scaleOf(indicator: Indicator): number {
  return indicator.formula.kind === 'weighted' ? 1 : indicator.formula.scale;
}

/**
 * The indicator's value over one or more regions: Σ numerators / Σ denominators × scale, over the
 * parts where both are known. No known part, or a zero denominator, gives no value.
 */
export function computeIndicatorValue(
  indicator: Indicator,
  parts: readonly IndicatorParts[],
): IndicatorValue {
  let numerator = 0;
  let denominator = 0;
  let any = false;
  for (const p of parts) {
    if (p.numerator === null || p.denominator === null) continue;
    numerator += p.numerator;
    denominator += p.denominator;
    any = true;
  }
  const approximate = indicator.formula.kind === 'weighted';
  if (!any) return { numerator: null, denominator: null, value: null, approximate };
  const value = denominator > 0 ? (numerator / denominator) * scaleOf(indicator) : null;
  return { numerator, denominator, value, approximate };
}

/** clamp((value − floor) / (target − floor), 0, 1) × 100; works for "lower is better" too. */
export function scoreValue(value: number | null, target: number | null, floor: number | null): number | null {
  if (value === null || target === null || floor === null || target === floor) return null;
  const raw = (value - floor) / (target - floor);
  return Math.min(1, Math.max(0, raw)) * 100;
}

export const MIN_COVERAGE = 0.5;

export interface PrincipleScore {
  /** null when no indicator has a value or coverage is below 50 % */
  score: number | null;
  /** share of the principle's indicators that have a value (0–1) */
  coverage: number;
  withValue: number;
  total: number;
  /** false: show "onvoldoende gegevens" instead of a score */
  sufficient: boolean;
  /** indicators left out because their value is hidden (small numbers, reviewers) */
  hiddenIndicators?: number;
}

/**
 * Why a principle has no score, as a chart tells it: 'hidden' when the indicators hidden from the
 * viewer (small numbers) are what keeps it below the coverage it needs, else 'unknown'.
 */
export function principleMissing(p: PrincipleScore): 'hidden' | 'unknown' | null {
  if (p.sufficient && p.score !== null) return null;
  const hidden = p.hiddenIndicators ?? 0;
  if (hidden > 0 && p.total > 0 && (p.withValue + hidden) / p.total >= MIN_COVERAGE) return 'hidden';
  return 'unknown';
}

/** Mean of the indicator scores that have a value; below 50 % coverage there is no score. */
export function computePrincipleScore(scores: readonly (number | null)[]): PrincipleScore {
  const known = scores.filter((s): s is number => s !== null);
  const total = scores.length;
  const coverage = total > 0 ? known.length / total : 0;
  const sufficient = known.length > 0 && coverage >= MIN_COVERAGE;
  return {
    score: sufficient ? known.reduce((a, b) => a + b, 0) / known.length : null,
    coverage,
    withValue: known.length,
    total,
    sufficient,
  };
}

export interface TargetSetting {
  indicatorCode: string;
  target: number;
  floor: number;
  effectiveFrom: Period;
}

/** The target in force for a period: the latest setting effective at or before it, else the default. */
export function targetInForce(
  indicator: Indicator,
  settings: readonly TargetSetting[],
  period: Period,
): { target: number | null; floor: number | null; effectiveFrom: Period | null } {
  let best: TargetSetting | undefined;
  for (const s of settings) {
    if (s.indicatorCode !== indicator.code || s.effectiveFrom > period) continue;
    if (!best || s.effectiveFrom >= best.effectiveFrom) best = s;
  }
  return best
    ? { target: best.target, floor: best.floor, effectiveFrom: best.effectiveFrom }
    : { target: indicator.target, floor: indicator.floor, effectiveFrom: null };
}
