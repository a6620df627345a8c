/**
 * "Voor en na" of an experiment (issue 12, item 6): for an indicator the experiment aims to move,
 * the region's quarterly values before and after the experiment's start beside the same quarters
 * of a reference, and the simple difference-in-differences
 *
 *   DiD = (region after − region before) − (reference after − reference before)
 *
 * where "before" and "after" are the plain means of the quarterly values over the quarters in
 * which both the region and the reference are known (like is compared with like). The reference is
 * a national series where one is stored, or else the other regions without an experiment linked to
 * the indicator, pooled as Σ numerators / Σ denominators (never a mean of percentages).
 *
 * A quarter is unknown when a month of it has no (visible) figures or a part is unknown: never 0.
 * For suppressed viewers a hidden figure is left out the same way, and the pool is made only of
 * figures the viewer is shown, so it tells nothing the shown cells do not.
 * Pure: no database, Remix or React.
 */
import { bucketOf, grainOf, previousBucket } from './aggregation';
import type { Indicator } from './indicators';
import { computeIndicatorValue } from './scoring';
import type { ShownCount } from './disclosure';

/** Quarters on either side of the start that the comparison uses (at most). */
export const EFFECT_QUARTERS = 4;

export type EffectSide = 'before' | 'after';
export type QuarterState = 'known' | 'unknown' | 'hidden';

/** One region's indicator figure for one quarter, as the viewer is shown it. */
export interface QuarterFigure {
  /** months of the quarter with (visible) figures: fewer than 3 make the quarter unknown */
  months: number;
  numerator: ShownCount;
  denominator: ShownCount;
  value: number | null;
  hidden: boolean;
}

export type EffectReference =
  | {
      kind: 'regions';
      regions: readonly { regionId: number; figures: readonly (QuarterFigure | undefined)[] }[];
    }
  | { kind: 'series'; values: readonly (number | null)[] };

export interface EffectRow {
  quarter: string;
  side: EffectSide;
  region: number | null;
  regionState: QuarterState;
  reference: number | null;
  referenceState: QuarterState;
  /** regions of the pool left out of this quarter (unknown or hidden figures) */
  leftOut: number[];
  /** region − reference in this quarter */
  difference: number | null;
}

export interface Effect {
  rows: EffectRow[];
  /** means over the quarters in which both sides are known */
  regionBefore: number | null;
  regionAfter: number | null;
  regionChange: number | null;
  referenceBefore: number | null;
  referenceAfter: number | null;
  referenceChange: number | null;
  differenceInDifferences: number | null;
  /** the quarters the means use */
  used: { before: string[]; after: string[] };
  /** quarters left out because a side is unknown (a month without figures, an unknown part) */
  unknownQuarters: string[];
  /** quarters left out because a side is hidden (small numbers) */
  hiddenQuarters: string[];
}

const round = (v: number) => Math.round(v * 1e6) / 1e6;

/**
 * The quarters compared: up to `n` whole quarters before the quarter the experiment starts in, and
 * from that quarter on up to `n` quarters, none after `lastQuarter` (the last one with figures).
 * No start date: nothing to compare.
 */
export function effectWindow(
  startDate: string | null,
  lastQuarter: string,
  n: number = EFFECT_QUARTERS,
): { quarter: string; side: EffectSide }[] {
  if (!startDate) return [];
  const start = bucketOf(startDate.slice(0, 7), 'quarter');
  const before: string[] = [];
  let q = start;
  while (before.length < n) before.unshift((q = previousBucket(q)));
  const after: string[] = [];
  q = start;
  for (let i = 0; i < n && q <= lastQuarter; i++) {
    after.push(q);
    q = nextQuarter(q);
  }
  return [
    ...before.filter((b) => b <= lastQuarter).map((quarter) => ({ quarter, side: 'before' as const })),
    ...after.map((quarter) => ({ quarter, side: 'after' as const })),
  ];
}

function nextQuarter(q: string): string {
  const [y, n] = [Number(q.slice(0, 4)), Number(q.slice(6))];
  return n === 4 ? `${y + 1}-Q1` : `${y}-Q${n + 1}`;
}

/** Whether a region's figure for a quarter is known, unknown (never 0) or hidden from this viewer. */
export function quarterState(f: QuarterFigure | undefined): QuarterState {
  if (!f || f.months < 3) return 'unknown';
  if (f.hidden) return 'hidden';
  if (f.value === null) return 'unknown';
  return 'known';
}

/** The pool of reference regions in one quarter: Σ numerators / Σ denominators of the known ones. */
export function pooledQuarter(
  indicator: Indicator,
  regions: readonly { regionId: number; figure: QuarterFigure | undefined }[],
): { value: number | null; state: QuarterState; leftOut: number[] } {
  const parts: { numerator: number; denominator: number }[] = [];
  const leftOut: number[] = [];
  let anyHidden = false;
  for (const { regionId, figure } of regions) {
    const state = quarterState(figure);
    if (state === 'known' && typeof figure!.numerator === 'number' && typeof figure!.denominator === 'number')
      parts.push({ numerator: figure!.numerator, denominator: figure!.denominator });
    else {
      leftOut.push(regionId);
      anyHidden ||= state === 'hidden' || (state === 'known' && figure !== undefined);
    }
  }
  const { value } = computeIndicatorValue(indicator, parts);
  if (value === null) return { value: null, state: anyHidden ? 'hidden' : 'unknown', leftOut };
  return { value: round(value), state: 'known', leftOut };
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : round(values.reduce((a, b) => a + b, 0) / values.length);
}

const minus = (a: number | null, b: number | null) => (a === null || b === null ? null : round(a - b));

/** The comparison for one linked indicator over the window (figures parallel to `window`). */
export function computeEffect(input: {
  indicator: Indicator;
  window: readonly { quarter: string; side: EffectSide }[];
  region: readonly (QuarterFigure | undefined)[];
  reference: EffectReference;
}): Effect {
  const { indicator, window, region, reference } = input;
  const rows: EffectRow[] = window.map(({ quarter, side }, i) => {
    const regionState = quarterState(region[i]);
    const regionValue = regionState === 'known' ? region[i]!.value : null;
    let ref: { value: number | null; state: QuarterState; leftOut: number[] };
    if (reference.kind === 'series') {
      const v = reference.values[i] ?? null;
      ref = { value: v, state: v === null ? 'unknown' : 'known', leftOut: [] };
    } else
      ref = pooledQuarter(
        indicator,
        reference.regions.map((r) => ({ regionId: r.regionId, figure: r.figures[i] })),
      );
    return {
      quarter,
      side,
      region: regionValue,
      regionState,
      reference: ref.value,
      referenceState: ref.state,
      leftOut: ref.leftOut,
      difference: minus(regionValue, ref.value),
    };
  });
  const usable = rows.filter((r) => r.regionState === 'known' && r.referenceState === 'known');
  const side = (s: EffectSide) => usable.filter((r) => r.side === s);
  const regionBefore = mean(side('before').map((r) => r.region!));
  const regionAfter = mean(side('after').map((r) => r.region!));
  const referenceBefore = mean(side('before').map((r) => r.reference!));
  const referenceAfter = mean(side('after').map((r) => r.reference!));
  const regionChange = minus(regionAfter, regionBefore);
  const referenceChange = minus(referenceAfter, referenceBefore);
  const left = rows.filter((r) => !usable.includes(r));
  return {
    rows,
    regionBefore,
    regionAfter,
    regionChange,
    referenceBefore,
    referenceAfter,
    referenceChange,
    differenceInDifferences: minus(regionChange, referenceChange),
    used: { before: side('before').map((r) => r.quarter), after: side('after').map((r) => r.quarter) },
    unknownQuarters: left
      .filter((r) => r.regionState === 'unknown' || r.referenceState === 'unknown')
      .map((r) => r.quarter),
    hiddenQuarters: left
      .filter((r) => r.regionState !== 'unknown' && r.referenceState !== 'unknown')
      .map((r) => r.quarter),
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
