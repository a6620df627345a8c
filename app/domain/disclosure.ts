/**
 * The disclosure decision: what a viewer may see of the figures. One pure home for the rule, for
 * every grain (quarter, year, range, baseline, programme total) and every output (pages, loader
 * data, JSON, CSV, charts). Managers and coordinators see exact figures; reviewers and the public
 * progress report ("suppressed viewers") see figures built from rounded base cells only, as CBS
 * publishes its youth-care tables:
 *
 * 1. **Base cells.** A base cell is one element of one region in one complete quarter (three
 *    approved months), computed exactly from the months (a flow summed, a stock at the quarter's
 *    last month, a stock's monthly levels summed where a formula relates it to a flow). A count is
 *    rounded to a multiple of the rounding base (setting small_count_threshold, 5): 0–2 → 0,
 *    3–7 → 5, 8–12 → 10 … Unknown stays unknown (null), never 0. A quarter with fewer than three
 *    approved months is partial: it has no figures at all (state 'unknown', reason 'partial').
 * 2. **Everything else from rounded base cells.** A year or a range is the sum of its rounded
 *    quarters (a stock: its last quarter's rounded level), a programme total the sum of the rounded
 *    region cells, a share rounded numerator / rounded denominator, a rate per 10,000 children the
 *    rounded count / the published population. A value is hidden (reason 'small-denominator',
 *    "kleine noemer") when its rounded count denominator is below the smallDenominator threshold
 *    (10), and its numerator with it (reason 'protects', "ter bescherming van een andere cel"). A
 *    mean of days (a weighted element) exists only where its rounded weight count reaches the
 *    threshold; a quarter whose mean is hidden adds nothing to its year.
 *
 * Why this holds: a rounded cell says only "exact ∈ [r − 2, r + 2] (and ≥ 0)"; every other figure
 * is a function of rounded cells, so it adds nothing. The identities between elements of one
 * region-quarter in the catalogue are inequalities (part ≤ whole, at most 3 terms in the whole) —
 * pinning a cell needs a residual that is a multiple of 5 equal to a sum 2·k of half-widths with
 * k ≤ 4, which cannot happen (see docs/security.md, "Small numbers").
 *
 * Exact data reaches a suppressed viewer only through `discloseQuarters`: the figures model reads
 * report values for them through it alone, and `buildScorecard` with thresholds takes only its
 * branded `DisclosedBuckets`.
 */
import {
  bucketRange,
  bucketsBetween,
  grainOf,
  type AggregatedElement,
  type RegionBucket,
} from './aggregation';
import { getElement } from './catalogue';

export interface SuppressionThresholds {
  /** counts are rounded to multiples of this (default 5) */
  smallCount: number;
  /** a value with a (rounded) count denominator below this is hidden (default 10) */
  smallDenominator: number;
}

export const DEFAULT_THRESHOLDS: SuppressionThresholds = { smallCount: 5, smallDenominator: 10 };

/**
 * A relation between the true base cells that holds in every dataset (a catalogue rule: part ≤
 * whole, a sum, a balance) cannot pin a rounded cell when it has at most this many count cells:
 * pinning needs a residual that is a multiple of 5 equal to 2·k half-widths with k ≤ 4 (2, 4, 6, 8
 * are not multiples of 5). See docs/security.md, "Small numbers". `disclosure-identities.test.ts`
 * holds the catalogue to it.
 */
export const MAX_SAFE_IDENTITY_CELLS = 4;

/**
 * Catalogue relations of more count cells than that, each reviewed for disclosure: rule code → why
 * it cannot pin a cell (or which cells the decision hides to prevent it). None yet.
 */
export const REVIEWED_IDENTITIES: Readonly<Record<string, string>> = {};

/** How a hidden cell is shown (unknown stays null, shown as "onbekend"). */
export const HIDDEN_COUNT = 'x';

/** What a viewer sees of one cell. */
export type DisclosureState = 'shown' | 'rounded' | 'hidden' | 'unknown';
/** Why a cell is hidden or unknown. */
export type DisclosureReason = 'small-denominator' | 'protects' | 'partial';

export interface DisclosedCell {
  value: number | null;
  state: DisclosureState;
  reason: DisclosureReason | null;
}

/** A count as a viewer may see it: the number (rounded for suppressed viewers), "x" (hidden) or null (unknown). */
export type ShownCount = number | string | null;

/** CBS rounding to a multiple of `base`: 0, 1, 2 → 0; 3 … 7 → 5; 8 … 12 → 10 (base 5). */
export function roundCount(n: number, base: number = DEFAULT_THRESHOLDS.smallCount): number {
  const r = Math.round(n / base) * base;
  return r === 0 ? 0 : r; // no -0
}

/** Decimals of a mean of days (a weighted element) as a suppressed viewer sees it. */
export const MEAN_DECIMALS = 1;

/** A mean of days rounded for a suppressed viewer (docs/security.md, "Small numbers"). */
export function roundMean(mean: number): number {
  const f = 10 ** MEAN_DECIMALS;
  return Math.round(mean * f) / f;
}

// ── Base cells ──────────────────────────────────────────────────────────────

declare const disclosedBrand: unique symbol;

/**
 * Region buckets made of rounded base cells: only `discloseQuarters` and `combineDisclosed` make
 * them, so an output for a suppressed viewer that takes this type cannot be fed exact figures.
 */
export type DisclosedBuckets = readonly RegionBucket[] & { readonly [disclosedBrand]: true };

const brand = (b: RegionBucket[]) => b as unknown as DisclosedBuckets;

/** Months in a complete quarter. */
const QUARTER_MONTHS = 3;

/** An element of a rounded base cell; `hidden` marks a mean of days over too few families. */
export interface DisclosedElement extends AggregatedElement {
  hidden?: true;
}

function roundElement(
  code: string,
  el: AggregatedElement,
  bucket: RegionBucket,
  t: SuppressionThresholds,
): DisclosedElement {
  const def = getElement(code);
  if (!def) return el;
  const round = (n: number | null) => (n === null ? null : roundCount(n, t.smallCount));
  if (def.aggregation === 'weighted') {
    // The weight is a count of families: the mean (days) is decided by the weight element's rounded
    // quarter sum, so "no families" (no mean) and "1 or 2 families" look alike (hidden).
    const weight = def.weight ? round(bucket.elements.get(def.weight)?.sum ?? null) : null;
    const none = { sum: null, level: null, weightedSum: null, weightTotal: null };
    if (weight === null) return none;
    if (weight < t.smallDenominator) return { ...none, weightTotal: weight, hidden: true };
    if (el.weightedSum === null || !el.weightTotal) return none;
    // The mean itself is rounded to MEAN_DECIMALS: shown exactly, a mean Σ days ÷ families is a
    // fraction whose denominator the families' count must be a multiple of (27.468518… = 14833/540
    // with days in tenths makes the count a multiple of 54: of 108 … 112 only 108), which pinned the
    // weight inside its rounding class.
    const mean = roundMean(el.weightedSum / el.weightTotal);
    return { ...none, weightedSum: mean * weight, weightTotal: weight };
  }
  if (def.unit !== 'count') return el; // FTE, percentages, scores: not about families
  return { sum: round(el.sum), level: round(el.level), weightedSum: null, weightTotal: null };
}

/**
 * The base cells: exact quarter buckets (grain 'quarter', one per region and quarter) rounded.
 * A region-quarter with fewer than three visible months is partial: no elements at all.
 */
export function discloseQuarters(exact: readonly RegionBucket[], t: SuppressionThresholds): DisclosedBuckets {
  return brand(
    exact.map((b) => {
      if (grainOf(b.bucket) !== 'quarter') throw new Error('Base cells are quarters');
      if (b.months < QUARTER_MONTHS || b.provisional) return { ...b, elements: new Map() };
      const elements = new Map<string, AggregatedElement>();
      for (const [code, el] of b.elements) elements.set(code, roundElement(code, el, b, t));
      return { ...b, elements };
    }),
  );
}

/** Whether a region bucket is partial (a quarter of it lacks approved months): no figures. */
export function isPartial(b: RegionBucket | undefined): boolean {
  return !b || b.elements.size === 0;
}

const addOrNull = (a: number | null, b: number | null) => (a === null || b === null ? null : a + b);

function combineElements(code: string, parts: readonly DisclosedElement[]): DisclosedElement {
  const def = getElement(code);
  if (def?.aggregation === 'weighted') {
    // the mean over the quarters whose mean is shown; a quarter hidden adds nothing
    const shown = parts.filter((p) => p.weightedSum !== null && p.weightTotal);
    if (shown.length === 0) {
      const weight = parts.reduce<number | null>((s, p) => addOrNull(s, p.weightTotal), 0);
      const hidden = parts.some((p) => p.hidden);
      return {
        sum: null,
        level: null,
        weightedSum: null,
        weightTotal: hidden ? weight : null,
        ...(hidden ? { hidden: true as const } : {}),
      };
    }
    return {
      sum: null,
      level: null,
      weightedSum: shown.reduce((s, p) => s + p.weightedSum!, 0),
      weightTotal: shown.reduce((s, p) => s + p.weightTotal!, 0),
    };
  }
  return {
    sum: parts.reduce<number | null>((s, p) => addOrNull(s, p.sum), 0),
    level: parts[parts.length - 1].level,
    weightedSum: null,
    weightTotal: null,
  };
}

/**
 * A bucket of whole quarters ('2026', '2026-Q3', a range '2025-01..2025-12') per region, from the
 * rounded quarters (which must cover it): flows and sums of levels added up, a stock's level that
 * of the last quarter. A region with a partial or missing quarter is partial; a range that cuts a
 * quarter is partial for every region.
 */
export function combineDisclosed(
  quarters: DisclosedBuckets,
  bucket: string,
  regionIds: readonly number[],
): DisclosedBuckets {
  const { from, to } = bucketRange(bucket);
  const whole = grainOf(bucket) !== 'month' && /-(01|04|07|10)$/.test(from) && /-(03|06|09|12)$/.test(to);
  const wanted = whole ? bucketsBetween(from, to, 'quarter') : [];
  const byKey = new Map(quarters.map((q) => [`${q.regionId}|${q.bucket}`, q]));
  const out: RegionBucket[] = [];
  for (const regionId of regionIds) {
    const parts = wanted.map((q) => byKey.get(`${regionId}|${q}`));
    const present = parts.filter((p): p is RegionBucket => p !== undefined);
    if (present.length === 0 && whole) continue; // nothing visible at all: no bucket, as in the exact path
    const months = present.reduce((s, p) => s + p.months, 0);
    const lastPeriod = present.length > 0 ? present[present.length - 1].lastPeriod : to;
    const base = { regionId, bucket, months, provisional: false, lastPeriod };
    if (!whole || parts.some(isPartial)) {
      out.push({ ...base, elements: new Map() });
      continue;
    }
    const codes = new Set(present.flatMap((p) => [...p.elements.keys()]));
    const elements = new Map<string, AggregatedElement>();
    for (const code of codes) {
      const els = present.map((p) => p.elements.get(code));
      if (els.some((e) => e === undefined)) continue; // not reported every quarter: unknown
      elements.set(code, combineElements(code, els as DisclosedElement[]));
    }
    out.push({ ...base, elements });
  }
  return brand(out);
}

// ── Figures built from disclosed buckets ────────────────────────────────────

export interface Figure {
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  score: number | null;
}

/** A figure with which of its parts are counts (a weighted sum or FTE is never a count). */
export interface FigureCell extends Figure {
  countParts: { numerator: boolean; denominator: boolean };
  /** a rate over a population (per 10,000 children): its denominator is not a count */
  rate?: true;
  /** the value is hidden already in its base cells (a mean of days over too few families) */
  hiddenBase?: true;
  /** the value is unknown because a quarter of its period is partial */
  partial?: true;
}

export interface ShownFigure {
  numerator: ShownCount;
  denominator: ShownCount;
  value: number | null;
  score: number | null;
  /** the value exists but is hidden from this viewer */
  hidden: boolean;
  /** the value's state and why it is hidden or unknown */
  state: DisclosureState;
  reason: DisclosureReason | null;
}

/** A plain element value shown beside the figures (case flow, exported values). */
export interface CountCell {
  value: number | null;
  /** false for a value that is not a count of people (days, FTE, a percentage) */
  isCount: boolean;
  /** hidden in its base cell (a mean of days over too few families) */
  hidden?: boolean;
  /** unknown because its quarter is partial */
  partial?: boolean;
}

/** Everything one response shows, keyed as its caller likes (indicator code, element code). */
export interface FigureSet {
  regions: readonly Readonly<Record<string, FigureCell>>[];
  total: Readonly<Record<string, FigureCell>> | null;
  counts: readonly CountCell[];
  elements?: readonly Readonly<Record<string, CountCell>>[];
}

export interface ShownFigureSet {
  regions: Record<string, ShownFigure>[];
  total: Record<string, ShownFigure> | null;
  counts: ShownCount[];
  elements: Record<string, ShownCount>[];
}

function mapRecord<A, B>(r: Readonly<Record<string, A>>, fn: (a: A) => B): Record<string, B> {
  const out: Record<string, B> = {};
  for (const [k, v] of Object.entries(r)) out[k] = fn(v);
  return out;
}

function exactFigure(f: FigureCell): ShownFigure {
  return {
    numerator: f.numerator,
    denominator: f.denominator,
    value: f.value,
    score: f.score,
    hidden: false,
    state: f.value === null ? 'unknown' : 'shown',
    reason: f.value === null && f.partial ? 'partial' : null,
  };
}

/**
 * A figure made of rounded parts, for a suppressed viewer: its value is hidden when its count
 * denominator is below the threshold (or its base cells hide it), and then its numerator too.
 */
function disclosedFigure(f: FigureCell, t: SuppressionThresholds): ShownFigure {
  const smallBase = f.countParts.denominator && f.denominator !== null && f.denominator < t.smallDenominator;
  if (f.hiddenBase || (smallBase && (f.value !== null || f.numerator !== null))) {
    return {
      numerator: f.numerator === null ? null : HIDDEN_COUNT,
      denominator: f.denominator,
      value: null,
      score: null,
      hidden: true,
      state: 'hidden',
      reason: 'small-denominator',
    };
  }
  if (f.value === null) return { ...exactFigure(f), state: 'unknown', reason: f.partial ? 'partial' : null };
  return {
    ...exactFigure(f),
    state: f.countParts.numerator || f.countParts.denominator ? 'rounded' : 'shown',
  };
}

function disclosedCount(c: CountCell): ShownCount {
  return c.hidden ? HIDDEN_COUNT : c.value;
}

/**
 * What may be shown of a figure set: exactly everything when `thresholds` is null (managers,
 * coordinators); otherwise (reviewers, the publication) the set must be made of disclosed buckets
 * (rounded base cells), and values over a small rounded denominator are hidden.
 */
export function showFigureSet(set: FigureSet, thresholds: SuppressionThresholds | null): ShownFigureSet {
  const figure = thresholds ? (f: FigureCell) => disclosedFigure(f, thresholds) : exactFigure;
  const count = thresholds ? disclosedCount : (c: CountCell) => c.value;
  return {
    regions: set.regions.map((r) => mapRecord(r, figure)),
    total: set.total ? mapRecord(set.total, figure) : null,
    counts: set.counts.map(count),
    elements: (set.elements ?? []).map((r) => mapRecord(r, count)),
  };
}

/** Why a table cell has no value: hidden (kleine noemer), unknown for a partial quarter, or unknown. */
export type MissingReason = 'hidden' | 'partial' | 'unknown';

/**
 * Why a shown figure has no value (null when it has one), so that every table can show hidden
 * ("x", kleine noemer) and unknown ("onbekend") differently.
 */
export function missingReason(
  f: { value: number | null; hidden?: boolean; reason?: DisclosureReason | null } | null | undefined,
): MissingReason | null {
  if (f && f.value !== null && !f.hidden) return null;
  if (f?.hidden) return 'hidden';
  return f?.reason === 'partial' ? 'partial' : 'unknown';
}

/** One cell's disclosure as the outputs describe it (CSV state columns, JSON, footnotes). */
export function cellOf(shown: ShownCount): DisclosedCell {
  if (shown === null) return { value: null, state: 'unknown', reason: null };
  if (typeof shown === 'string') return { value: null, state: 'hidden', reason: 'protects' };
  return { value: shown, state: 'shown', reason: null };
}
