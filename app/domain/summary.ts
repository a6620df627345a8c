/**
 * "The answer first": one line per outcome (and per indicator an experiment names) with the change
 * since the baseline in the pilot regions, its 95 % interval and a plain sentence that claims a
 * change only where the interval excludes no change. Quarters are also held against the same
 * quarter a year earlier (not the previous quarter: signals, measures and placements have a
 * season, e.g. the summer dip). A comparison group is taken only from a stored reference series of
 * the same figure; where there is none the line says so and no correction is made.
 *
 * Everything here is computed from the figures as the viewer sees them (for reviewers the rounded
 * cells of the disclosure decision), so a summary says nothing the shown cells do not.
 */
import type { IndicatorUnit } from './indicators';
import type { Text } from './lang';
import { changeInterval, figureInterval, type FigureInterval, type ShownParts } from './figure-intervals';
import { verdictOf, type IntervalResult, type Verdict } from './intervals';
import type { MatchedLeftOut } from './baseline-coverage';
import { groupLeftOut, leftOutOf, type LeftOutGroup } from './left-out-groups';

/** A region the change against the baseline leaves out (like with like), with its name. */
export type SummaryLeftOut = MatchedLeftOut & { name: string };

/** A change between two shown figures with its interval and what it lets one claim. */
export interface SummaryChange {
  /** the earlier figure (the baseline, or the same quarter a year earlier) */
  reference: number | null;
  difference: number | null;
  interval: FigureInterval | null;
  verdict: Verdict;
}

/** A comparison group (a stored reference series of the same figure): its own change, no interval. */
export interface SummaryComparison {
  label: string;
  source: string;
  /** the series' value in the period and its mean over the quarters of the baseline */
  now: number | null;
  baseline: number | null;
  change: number | null;
  /** the pilot's change minus the series' change (the series taken as fixed), with the interval shifted */
  corrected: { difference: number; interval: FigureInterval | null; verdict: Verdict } | null;
}

export interface SummaryLine {
  code: string;
  kind: 'outcome' | 'indicator';
  label: Text;
  /** 'rate': per 10,000 children per year; 'percent': a share (differences in percentage points) */
  unit: 'rate' | IndicatorUnit;
  value: number | null;
  interval: FigureInterval | null;
  hidden: boolean;
  baseline: SummaryChange;
  /**
   * The value now over the regions the change against the baseline compares (the regions known in
   * both periods: like with like); equal to `value` when none is left out.
   */
  baselineNow: number | null;
  /** the regions that change leaves out, with the side and the reason */
  baselineLeftOut: SummaryLeftOut[];
  /** a quarter against the same quarter a year earlier (a year against the year before) */
  yearEarlier: (SummaryChange & { period: string }) | null;
  /** null: no comparison group stored for this figure */
  comparison: SummaryComparison | null;
}

export interface SummaryInput {
  code: string;
  kind: 'outcome' | 'indicator';
  label: Text;
  unit: 'rate' | IndicatorUnit;
  /** which interval the figure has: exact Poisson (a rate), Wilson (a share of counts), or none */
  intervalKind: 'rate' | 'share' | null;
  now: (ShownParts & { interval?: FigureInterval | null }) | undefined;
  baseline: ShownParts | undefined;
  yearEarlier?: { period: string; figure: ShownParts | undefined };
  reference?: {
    label: string;
    source: string;
    now: number | null;
    baseline: number | null;
    /**
     * A comparison group with counts (CBS, issue 24): the difference in change with its own
     * difference-in-differences interval, instead of the pilot's interval shifted by a fixed series.
     */
    difference?: { estimate: number; lower: number; upper: number } | null;
  };
  /**
   * Like with like: now and the baseline pooled over the same regions (those known in both), and
   * the regions left out. Without it the change compares `now` with `baseline` as given.
   */
  matched?: { now: ShownParts | undefined; baseline: ShownParts | undefined; leftOut: SummaryLeftOut[] };
}

function change(
  kind: SummaryInput['intervalKind'],
  now: ShownParts | undefined,
  then: ShownParts | undefined,
): SummaryChange {
  const reference = then && !then.hidden ? then.value : null;
  const value = now && !now.hidden ? now.value : null;
  const difference = value === null || reference === null ? null : value - reference;
  // intervals exist for rates per 10,000 and for shares of counts only
  const i: IntervalResult | null = kind
    ? changeInterval(kind === 'rate' ? 'rate' : 'percent', now, then)
    : null;
  return { reference, difference, interval: figureInterval(i), verdict: verdictOf(i) };
}

function shift(i: FigureInterval | null, by: number): FigureInterval | null {
  return i ? { ...i, lower: i.lower + by, upper: i.upper + by } : null;
}

export function buildSummaryLine(input: SummaryInput): SummaryLine {
  const hidden = input.now?.hidden ?? false;
  // a hidden figure compares nothing, over all regions or over the matched ones
  const baseline =
    input.matched && !hidden
      ? change(input.intervalKind, input.matched.now, input.matched.baseline)
      : change(input.intervalKind, input.now, input.baseline);
  let comparison: SummaryComparison | null = null;
  if (input.reference) {
    const r = input.reference;
    const refChange = r.now === null || r.baseline === null ? null : r.now - r.baseline;
    const d = r.difference;
    const corrected = d
      ? {
          difference: d.estimate,
          interval: { lower: d.lower, upper: d.upper, method: 'mover' as const },
          verdict: verdictOf({
            estimate: d.estimate,
            lower: d.lower,
            upper: d.upper,
            method: 'mover',
            level: 0.95,
          }),
        }
      : refChange === null || baseline.difference === null
        ? null
        : (() => {
            const interval = shift(baseline.interval, -refChange);
            return {
              difference: baseline.difference - refChange,
              interval,
              verdict: verdictOf(interval ? { estimate: 0, ...interval, level: 0.95 } : null),
            };
          })();
    comparison = {
      label: r.label,
      source: r.source,
      now: r.now,
      baseline: r.baseline,
      change: refChange,
      corrected,
    };
  }
  return {
    code: input.code,
    kind: input.kind,
    label: input.label,
    unit: input.unit,
    value: hidden ? null : (input.now?.value ?? null),
    interval: hidden ? null : (input.now?.interval ?? null),
    hidden,
    baseline,
    baselineNow: hidden
      ? null
      : input.matched
        ? (input.matched.now?.value ?? null)
        : (input.now?.value ?? null),
    baselineLeftOut: input.matched?.leftOut ?? [],
    yearEarlier: input.yearEarlier
      ? {
          period: input.yearEarlier.period,
          ...change(input.intervalKind, input.now, input.yearEarlier.figure),
        }
      : null,
    comparison,
  };
}

/** A summary line as a page gets it: the regions its change leaves out as indices into the page's groups. */
export type SummaryPageLine = Omit<SummaryLine, 'baselineLeftOut'> & { leftOut: number[] };

/**
 * The summary as a page gets it (issue 26): each list of left-out regions sent once, with the names
 * of the regions the lists hold (the start pages have no list of regions of their own).
 */
export interface SummaryPage {
  period: string;
  yearEarlier: string | null;
  lines: SummaryPageLine[];
  leftOutGroups: LeftOutGroup[];
  regionNames: Record<number, string>;
}

export function summaryForPage(summary: {
  period: string;
  yearEarlier: string | null;
  lines: readonly SummaryLine[];
}): SummaryPage {
  const { groups, refs } = groupLeftOut(summary.lines.map((l) => l.baselineLeftOut));
  const regionNames: Record<number, string> = {};
  for (const l of summary.lines) for (const o of l.baselineLeftOut) regionNames[o.regionId] = o.name;
  return {
    period: summary.period,
    yearEarlier: summary.yearEarlier,
    lines: summary.lines.map(({ baselineLeftOut: _grouped, ...line }, k) => ({ ...line, leftOut: refs[k]! })),
    leftOutGroups: groups,
    regionNames,
  };
}

/** What a page's summary line leaves out, with the regions' names: grouped by side and reason. */
export function summaryLeftOut(page: SummaryPage, line: SummaryPageLine): SummaryLeftOut[] {
  return leftOutOf(page.leftOutGroups, line.leftOut).map((o) => ({
    ...o,
    name: page.regionNames[o.regionId] ?? String(o.regionId),
  }));
}
