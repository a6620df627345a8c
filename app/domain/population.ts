/**
 * The pilot's population in scope and rates per 10,000 children.
 *
 * A region's scope is a list of entries, each in force from a month on (the latest entry not after
 * a month holds; of two entries for the same month the later one, by id, corrects the earlier).
 * Over a range of months the population is counted in child-years: Σ over the months of the
 * children in scope that month ÷ 12. A count over the same months divided by the child-years gives
 * a rate per child per year, so a quarter and a year compare, and a population that changes
 * mid-year counts for exactly the months it held. Across regions a rate is Σ counts ÷ Σ
 * child-years (never a mean of the regions' rates); a region whose count or population is unknown
 * is left out of both sums.
 */
import { periodRange, type Period } from './periods';

export interface ScopeEntry {
  id: number;
  effectiveFrom: Period;
  children: number;
  municipalities: readonly string[];
  /** where the figures come from (e.g. CBS StatLine 03759ned, or an estimate) */
  source?: string;
}

/** Where a month's children in scope come from: CBS StatLine (03759ned) or the typed scope. */
export type PopulationOrigin = 'cbs' | 'typed';

/**
 * The population the rates use from a month on: a typed scope entry, or CBS's children 0–17 of the
 * region's municipalities (population-in-scope.ts). `children` null: not known from that month on
 * (never 0).
 */
export interface PopulationEntry {
  id: number;
  effectiveFrom: Period;
  children: number | null;
  origin?: PopulationOrigin;
  source?: string;
}

export const RATE_BASE = 10_000;

/** The entry in force in a month, or null when the region has none yet. */
export function scopeInForce<T extends Pick<ScopeEntry, 'id' | 'effectiveFrom'>>(
  entries: readonly T[],
  month: Period,
): T | null {
  let best: T | null = null;
  for (const e of entries) {
    if (e.effectiveFrom > month) continue;
    if (
      !best ||
      e.effectiveFrom > best.effectiveFrom ||
      (e.effectiveFrom === best.effectiveFrom && e.id > best.id)
    )
      best = e;
  }
  return best;
}

/** Σ children in scope over the months from..to ÷ 12; null when a month has no population. */
export function childYears(entries: readonly PopulationEntry[], from: Period, to: Period): number | null {
  const months = periodRange(from, to);
  if (months.length === 0) return null;
  let total = 0;
  for (const m of months) {
    const e = scopeInForce(entries, m);
    if (!e || e.children === null) return null;
    total += e.children;
  }
  return total / 12;
}

export interface RateParts {
  count: number | null;
  childYears: number | null;
}

export interface RateValue {
  count: number | null;
  childYears: number | null;
  /** per 10,000 children per year; null without a known part or with no population */
  value: number | null;
}

/** Σ counts ÷ Σ child-years × 10,000 over the parts where both are known. */
export function computeRate(parts: readonly RateParts[]): RateValue {
  let count = 0;
  let years = 0;
  let any = false;
  for (const p of parts) {
    if (p.count === null || p.childYears === null) continue;
    count += p.count;
    years += p.childYears;
    any = true;
  }
  if (!any) return { count: null, childYears: null, value: null };
  return { count, childYears: years, value: years > 0 ? (count * RATE_BASE) / years : null };
}

export interface Change {
  /** value − reference (percentage points for a share, per 10,000 for a rate) */
  difference: number | null;
  /** (value − reference) ÷ reference; null when the reference is 0 or unknown */
  relative: number | null;
}

/** The change of a value against a reference value (the previous period or the baseline). */
export function changeAgainst(value: number | null, reference: number | null): Change {
  if (value === null || reference === null) return { difference: null, relative: null };
  return {
    difference: value - reference,
    relative: reference !== 0 ? (value - reference) / Math.abs(reference) : null,
  };
}
