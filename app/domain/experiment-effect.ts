/**
 * "Voor en na" of an experiment (issue 23, item 5): for each indicator or outcome rate the
 * experiment names, the region's pooled figure before and after its start beside a comparison
 * pool, and the difference-in-differences
 *
 *   DiD = (region after − region before) − (pool after − pool before)
 *
 * - **Pooled counts**: each side is Σ numerators / Σ denominators over its months (a rate: Σ counts /
 *   Σ child-years), never a mean of monthly or quarterly percentages.
 * - **Months on either side of the start**: "before" is the twelve whole months before the month of
 *   the start; "after" starts with the first whole month from the start (the start month itself
 *   when the experiment starts on its first day) and runs up to twelve months, to the last month
 *   with figures. A reviewer sees no single months: the sides are made of whole rounded quarters
 *   (disclosure.ts), the quarter holding the start left out unless the start is its first day.
 * - **Each side from the months it has** (baseline-coverage.ts): at least 75 % of a side's months
 *   known, else that side is unknown and the reason named.
 * - **The comparison pool**: the other regions without a running experiment on the same indicator
 *   at any time in the window (an experiment still an idea or in preparation does not count as
 *   running); a pool region counts when both its sides are known (like with like).
 * Pure: no database, Remix or React.
 */
import { bucketOf, bucketRange, elementValue, grainOf, type RegionBucket } from './aggregation';
import { coveredBucket, type Coverage, type CoveredBucket } from './baseline-coverage';
import { showFigureSet, type FigureCell, type SuppressionThresholds } from './disclosure';
import { hasShareInterval } from './figure-intervals';
import { countParts, elementsOf, type Indicator } from './indicators';
import type { Text } from './lang';
import { addMonths, type Period } from './periods';
import { childYears, RATE_BASE, type PopulationEntry } from './population';
import { computeIndicatorValue, indicatorParts } from './scoring';

/** Months on either side of the start (at most). */
export const EFFECT_MONTHS = 12;

export interface MonthRange {
  from: Period;
  to: Period;
}

export interface EffectWindow {
  /** months or (a reviewer) whole quarters */
  grain: 'month' | 'quarter';
  before: MonthRange;
  /** null: no month after the start has figures yet */
  after: MonthRange | null;
}

const firstMonthOfQuarter = (p: Period) => bucketRange(bucketOf(p, 'quarter')).from;

/**
 * The months compared. `lastMonth` is the last month with figures (for a reviewer the last month of
 * the last ended quarter). No start date: nothing to compare.
 */
export function effectWindow(
  startDate: string | null,
  lastMonth: Period,
  grain: 'month' | 'quarter',
  n: number = EFFECT_MONTHS,
): EffectWindow | null {
  if (!startDate) return null;
  const month = startDate.slice(0, 7);
  const onFirstDay = startDate.slice(8, 10) === '01';
  let beforeTo: Period;
  let afterFrom: Period;
  if (grain === 'month') {
    beforeTo = addMonths(month, -1);
    afterFrom = onFirstDay ? month : addMonths(month, 1);
  } else {
    const q = firstMonthOfQuarter(month);
    const startsQuarter = onFirstDay && q === month;
    beforeTo = addMonths(q, -1);
    afterFrom = startsQuarter ? q : addMonths(q, 3);
  }
  const afterTo = addMonths(afterFrom, n - 1) < lastMonth ? addMonths(afterFrom, n - 1) : lastMonth;
  return {
    grain,
    before: { from: addMonths(beforeTo, -(n - 1)), to: beforeTo },
    after: afterFrom <= afterTo ? { from: afterFrom, to: afterTo } : null,
  };
}

/** What an experiment aims to move: an indicator over data elements, or an outcome rate per 10,000. */
export type EffectTarget =
  | { code: string; kind: 'indicator'; indicator: Indicator }
  | { code: string; kind: 'rate'; element: string; label: Text };

export function targetElements(t: EffectTarget): string[] {
  return t.kind === 'rate' ? [t.element] : elementsOf(t.indicator.formula);
}

/** The value's scale over its parts: 10,000 for a rate, the formula's for an indicator. */
export function targetScale(t: EffectTarget): number {
  if (t.kind === 'rate') return RATE_BASE;
  return t.indicator.formula.kind === 'ratio' ? t.indicator.formula.scale : 1;
}

/**
 * Whether an interval can be computed: counts over child-years (a rate), or a share of counts of
 * people (figure-intervals.ts: not a mean of days, a ratio of a stock to a flow, FTE).
 */
export function intervalKind(t: EffectTarget): 'share' | 'rate' | null {
  if (t.kind === 'rate') return 'rate';
  return hasShareInterval(t.indicator) ? 'share' : null;
}

export type SideState = 'known' | 'coverage' | 'unknown' | 'hidden';

export interface SideFigure {
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  state: SideState;
  coverage: Coverage;
}

/** One region's figure over one side, from its units (months, or a reviewer's rounded quarters). */
export function sideFigure(
  target: EffectTarget,
  units: readonly RegionBucket[],
  range: MonthRange,
  monthsPerUnit: number,
  scopes: readonly PopulationEntry[],
  thresholds: SuppressionThresholds | null,
): SideFigure {
  const c: CoveredBucket = coveredBucket(units, targetElements(target), range, monthsPerUnit);
  const none = { numerator: null, denominator: null, value: null, coverage: c.coverage };
  if (!c.bucket) return { ...none, state: 'coverage' };
  let cell: FigureCell;
  if (target.kind === 'rate') {
    const count = elementValue(c.bucket, target.element).value;
    let years: number | null = 0;
    for (const u of c.used) {
      const y = childYears(scopes, u.from, u.to);
      years = years === null || y === null ? null : years + y;
    }
    cell = {
      numerator: count,
      denominator: years,
      value: count !== null && years ? (count * RATE_BASE) / years : null,
      score: null,
      countParts: { numerator: true, denominator: false },
      rate: true,
    };
  } else {
    // a stock (families at month end) pools its monthly levels: Σ levels / Σ levels over the months
    const f = target.indicator.formula;
    const pooled: Indicator =
      f.kind === 'ratio' && f.stocks === 'level'
        ? { ...target.indicator, formula: { ...f, stocks: 'months' } }
        : target.indicator;
    const v = computeIndicatorValue(pooled, [indicatorParts(pooled, c.bucket)]);
    cell = { ...v, score: null, countParts: countParts(target.indicator) };
  }
  const shown = showFigureSet({ regions: [{ f: cell }], total: null, counts: [] }, thresholds).regions[0].f;
  if (shown.hidden) return { ...none, state: 'hidden' };
  if (cell.value === null) return { ...none, state: 'unknown' };
  return {
    numerator: cell.numerator,
    denominator: cell.denominator,
    value: cell.value,
    state: 'known',
    coverage: c.coverage,
  };
}

/** Σ numerators / Σ denominators × scale over known figures (null without any, or a zero denominator). */
export function poolFigures(
  scale: number,
  figures: readonly SideFigure[],
): { numerator: number; denominator: number; value: number | null } | null {
  const known = figures.filter((f) => f.state === 'known');
  if (known.length === 0) return null;
  const numerator = known.reduce((s, f) => s + f.numerator!, 0);
  const denominator = known.reduce((s, f) => s + f.denominator!, 0);
  return { numerator, denominator, value: denominator > 0 ? (numerator / denominator) * scale : null };
}

/** An experiment's running time, as far as the register says: from its start to its end (or on). */
export interface ExperimentSpan {
  regionId: number;
  status: string;
  startDate: string | null;
  endDate: string | null;
}

/** Statuses in which an experiment has not begun, whatever its dates say. */
const NOT_RUNNING = new Set(['idee', 'voorbereiding']);

/** Whether an experiment ran in any month of `range` (an idea or one in preparation never does). */
export function runsDuring(e: ExperimentSpan, range: MonthRange): boolean {
  if (NOT_RUNNING.has(e.status) || !e.startDate) return false;
  return e.startDate.slice(0, 7) <= range.to && (!e.endDate || e.endDate.slice(0, 7) >= range.from);
}

/**
 * The comparison pool's candidates for an experiment of region `own` on `code`: every other region,
 * marked running where one of its experiments names the code and runs during `range` (left out).
 */
export function poolCandidates(
  regions: readonly { id: number }[],
  own: number,
  spans: readonly (ExperimentSpan & { codes: readonly string[] })[],
  code: string,
  range: MonthRange,
): { regionId: number; running: boolean }[] {
  const running = new Set(
    spans.filter((e) => e.codes.includes(code) && runsDuring(e, range)).map((e) => e.regionId),
  );
  return regions.filter((r) => r.id !== own).map((r) => ({ regionId: r.id, running: running.has(r.id) }));
}

export type DidReason =
  'notStarted' | 'regionBefore' | 'regionAfter' | 'regionHidden' | 'noPool' | 'poolHidden' | 'zero';

export interface PoolRegion {
  regionId: number;
  before: SideFigure;
  after: SideFigure;
}

type Parts = { numerator: number; denominator: number };

export interface Effect {
  code: string;
  window: EffectWindow;
  region: { before: SideFigure; after: SideFigure | null; change: number | null };
  pool: {
    /** pool regions known on both sides */
    used: number[];
    /** regions left out of the pool: a running experiment on the target, or a side unknown/hidden */
    leftOut: { regionId: number; reason: 'running' | 'before' | 'after' | 'hidden' }[];
    before: number | null;
    after: number | null;
    change: number | null;
    /** the pooled counts (for the interval) */
    parts: { before: Parts | null; after: Parts | null };
    /** the pooled counts per average month (Σ over regions of counts ÷ months used): for stocks */
    monthly: { before: Parts | null; after: Parts | null };
  };
  differenceInDifferences: number | null;
  /** why there is no DiD (null when there is one) */
  reason: DidReason | null;
}

const minus = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

/** Σ over known figures of their counts divided by their months: an average month's counts. */
function monthlyOf(figures: readonly SideFigure[]): Parts | null {
  const known = figures.filter((f) => f.state === 'known' && f.coverage.known > 0);
  if (known.length === 0) return null;
  return {
    numerator: known.reduce((s, f) => s + f.numerator! / f.coverage.known, 0),
    denominator: known.reduce((s, f) => s + f.denominator! / f.coverage.known, 0),
  };
}

/**
 * The comparison for one target. `units` holds every region's units over the window; `pool` the
 * candidate regions (all but the experiment's own) with whether each ran an experiment on the
 * target in the window.
 */
export function computeEffect(input: {
  target: EffectTarget;
  window: EffectWindow;
  regionId: number;
  candidates: readonly { regionId: number; running: boolean }[];
  units: ReadonlyMap<number, readonly RegionBucket[]>;
  scopes: ReadonlyMap<number, readonly PopulationEntry[]>;
  thresholds: SuppressionThresholds | null;
}): Effect {
  const { target, window, thresholds } = input;
  const perUnit = window.grain === 'quarter' ? 3 : 1;
  const side = (regionId: number, range: MonthRange) =>
    sideFigure(
      target,
      input.units.get(regionId) ?? [],
      range,
      perUnit,
      input.scopes.get(regionId) ?? [],
      thresholds,
    );
  const regionBefore = side(input.regionId, window.before);
  const regionAfter = window.after ? side(input.regionId, window.after) : null;
  const leftOut: Effect['pool']['leftOut'] = [];
  const pooled: PoolRegion[] = [];
  for (const c of input.candidates) {
    if (c.running) {
      leftOut.push({ regionId: c.regionId, reason: 'running' });
      continue;
    }
    const before = side(c.regionId, window.before);
    const after = window.after ? side(c.regionId, window.after) : null;
    if (before.state === 'known' && after?.state === 'known')
      pooled.push({ regionId: c.regionId, before, after });
    else if (!after) continue;
    else
      leftOut.push({
        regionId: c.regionId,
        reason:
          before.state === 'hidden' || after.state === 'hidden'
            ? 'hidden'
            : before.state !== 'known'
              ? 'before'
              : 'after',
      });
  }
  const scale = targetScale(target);
  // the pool's sums of rounded cells are checked against the small-denominator rule as a whole
  const poolSide = (pick: (p: PoolRegion) => SideFigure) => {
    const p = poolFigures(scale, pooled.map(pick));
    if (!p || !thresholds) return p;
    const shown = showFigureSet(
      {
        regions: [
          {
            f: {
              ...p,
              score: null,
              countParts:
                target.kind === 'rate'
                  ? { numerator: true, denominator: false }
                  : countParts(target.indicator),
            },
          },
        ],
        total: null,
        counts: [],
      },
      thresholds,
    ).regions[0].f;
    return shown.hidden ? 'hidden' : p;
  };
  const pb = poolSide((p) => p.before);
  const pa = poolSide((p) => p.after);
  const poolHidden = pb === 'hidden' || pa === 'hidden';
  const partsOf = (p: typeof pb) =>
    p && p !== 'hidden' ? { numerator: p.numerator, denominator: p.denominator } : null;
  const valueOf = (p: typeof pb) => (p && p !== 'hidden' ? p.value : null);
  const regionChange = minus(regionAfter?.value ?? null, regionBefore.value);
  const poolChange = minus(valueOf(pa), valueOf(pb));
  const did = minus(regionChange, poolChange);
  const reason: DidReason | null =
    did !== null
      ? null
      : !regionAfter
        ? 'notStarted'
        : regionBefore.state === 'hidden' || regionAfter.state === 'hidden'
          ? 'regionHidden'
          : regionBefore.state !== 'known'
            ? 'regionBefore'
            : regionAfter.state !== 'known'
              ? 'regionAfter'
              : poolHidden
                ? 'poolHidden'
                : pooled.length === 0
                  ? 'noPool'
                  : 'zero';
  return {
    code: target.code,
    window,
    region: { before: regionBefore, after: regionAfter, change: regionChange },
    pool: {
      used: pooled.map((p) => p.regionId),
      leftOut,
      before: valueOf(pb),
      after: valueOf(pa),
      change: poolChange,
      parts: { before: partsOf(pb), after: partsOf(pa) },
      monthly: {
        before: partsOf(pb) && monthlyOf(pooled.map((p) => p.before)),
        after: partsOf(pa) && monthlyOf(pooled.map((p) => p.after)),
      },
    },
    differenceInDifferences: did,
    reason,
  };
}

/** A start or end of an experiment, placed on a chart's category (a month, quarter or year). */
export interface ExperimentMarker {
  category: string;
  kind: 'start' | 'end';
  experimentId: number;
  title: string;
  regionName: string;
}

/**
 * Where the experiments' starts and ends fall among a chart's categories (same grain as the
 * categories: '2026-03', '2026-Q1' or '2026'); dates outside them are not marked.
 */
export function markersFor(
  experiments: readonly {
    id: number;
    title: string;
    regionName: string;
    startDate: string | null;
    endDate: string | null;
  }[],
  categories: readonly string[],
): ExperimentMarker[] {
  if (categories.length === 0) return [];
  const grain = grainOf(categories[0]);
  if (grain === null || grain === 'range') return [];
  const shown = new Set(categories);
  const out: ExperimentMarker[] = [];
  for (const e of experiments)
    for (const [kind, date] of [
      ['start', e.startDate],
      ['end', e.endDate],
    ] as const) {
      if (!date) continue;
      const category = bucketOf(date.slice(0, 7), grain);
      if (shown.has(category))
        out.push({ category, kind, experimentId: e.id, title: e.title, regionName: e.regionName });
    }
  return out.sort(
    (a, b) =>
      categories.indexOf(a.category) - categories.indexOf(b.category) || a.experimentId - b.experimentId,
  );
}
