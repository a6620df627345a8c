/**
 * One outcome line per outcome for the outcomes block: the value with its interval, its change
 * against the previous period and the baseline with theirs. Apart from outcomes.ts so pages that
 * only need the outcome definitions do not carry the distributions into the browser.
 */
import { changeAgainst, type Change } from './population';
import { outcomeScale, outcomeUnit } from './outcomes';
import {
  matchedChange,
  type Coverage,
  type MatchedChange,
  type MatchedLeftOut,
  type SideParts,
} from './baseline-coverage';
import {
  changeInterval,
  figureInterval,
  rateInterval,
  shareInterval,
  type FigureInterval,
} from './figure-intervals';

/** A shown outcome (after suppression): what a reader may see of it. */
export interface ShownOutcome {
  value: number | null;
  numerator: number | string | null;
  /** a rate's child-years, a share's whole (as shown) */
  denominator?: number | string | null;
  hidden: boolean;
}

export interface OutcomeLine {
  code: string;
  unit: 'rate' | 'percent';
  value: number | null;
  count: number | string | null;
  hidden: boolean;
  previous: number | null;
  baseline: number | null;
  /** the baseline exists but is hidden (kleine noemer): not the same as unknown */
  baselineHidden: boolean;
  changePrevious: Change;
  changeBaseline: Change;
  /** the value's 95 % interval (exact Poisson for a rate, Wilson for a share), from the shown figures */
  interval: FigureInterval | null;
  /** the 95 % intervals of the changes (per 10,000, or percentage points) */
  changePreviousInterval: FigureInterval | null;
  changeBaselineInterval: FigureInterval | null;
  /** the values of the trend buckets, oldest first */
  trend: (number | null)[];
  /** per trend bucket: the value is hidden (kleine noemer), not unknown */
  trendHidden: boolean[];
  /** a region's baseline: the months known of its baseline months (null: not known) */
  baselineCoverage?: Coverage | null;
  /** a region's baseline filled from reference data (no months gave one): its series and source */
  baselineReference?: { label: string; source: string } | null;
  /** the programme total: the value now over the regions that also have a baseline (like with like) */
  baselineNow?: number | null;
  /** the programme total: the regions its change against the baseline leaves out */
  baselineLeftOut?: MatchedLeftOut[];
  /** the programme total: the pooled counts of the like-with-like comparison (null: no region on both sides) */
  baselineParts?: MatchedChange['parts'];
}

/**
 * One outcome line per outcome: the value, its change against the previous period and against the
 * baseline. Computed from the shown (suppressed) figures, so a hidden value gives no change either.
 */
export function outcomeLines(
  codes: readonly string[],
  current: Readonly<Record<string, ShownOutcome>>,
  previous: Readonly<Record<string, ShownOutcome>> | undefined,
  baseline: Readonly<Record<string, ShownOutcome>> | undefined,
  trend: readonly Readonly<Record<string, ShownOutcome>>[],
): OutcomeLine[] {
  return codes.map((code) => {
    const value = current[code]?.value ?? null;
    const prev = previous?.[code]?.value ?? null;
    const base = baseline?.[code]?.value ?? null;
    const unit = outcomeUnit(code);
    const parts = (o: ShownOutcome | undefined) =>
      o ? { ...o, denominator: o.denominator ?? null } : undefined;
    const now = parts(current[code]);
    return {
      code,
      unit,
      value,
      count: current[code]?.numerator ?? null,
      hidden: current[code]?.hidden ?? false,
      previous: prev,
      baseline: base,
      baselineHidden: baseline?.[code]?.hidden ?? false,
      changePrevious: changeAgainst(value, prev),
      changeBaseline: changeAgainst(value, base),
      interval: now ? (unit === 'rate' ? rateInterval(now) : shareInterval(now)) : null,
      changePreviousInterval: figureInterval(changeInterval(unit, now, parts(previous?.[code]))),
      changeBaselineInterval: figureInterval(changeInterval(unit, now, parts(baseline?.[code]))),
      trend: trend.map((t) => t[code]?.value ?? null),
      trendHidden: trend.map((t) => t[code]?.hidden ?? false),
    };
  });
}

/** A shown figure as one side of a like-with-like comparison. */
export function sideParts(f: ShownOutcome | undefined, coverageShort = false): SideParts {
  if (f?.hidden) return { leftOut: 'hidden' };
  if (f && f.value !== null && typeof f.numerator === 'number' && typeof f.denominator === 'number')
    return { numerator: f.numerator, denominator: f.denominator };
  return { leftOut: coverageShort ? 'coverage' : 'unknown' };
}

/**
 * The programme total's line against its baseline, like with like: now and baseline over the
 * regions known on both sides (`matchedChange`), the others named.
 */
export function matchedTotalLine(
  line: OutcomeLine,
  regionIds: readonly number[],
  now: readonly Readonly<Record<string, ShownOutcome>>[],
  baseline: readonly Readonly<Record<string, ShownOutcome>>[],
  coverage: readonly Readonly<Record<string, Coverage>>[],
): OutcomeLine {
  const m = matchedChange(
    outcomeScale(line.code),
    regionIds.map((regionId, k) => {
      const c = coverage[k]?.[line.code];
      return {
        regionId,
        now: sideParts(now[k]?.[line.code]),
        baseline: sideParts(baseline[k]?.[line.code], !!c && c.known < c.minimum),
      };
    }),
  );
  const side = (p: { numerator: number; denominator: number } | undefined, value: number | null) =>
    p ? { ...p, value } : undefined;
  return {
    ...line,
    baseline: m.baseline,
    baselineNow: m.now,
    changeBaseline: changeAgainst(m.now, m.baseline),
    changeBaselineInterval: figureInterval(
      changeInterval(line.unit, side(m.parts?.now, m.now), side(m.parts?.baseline, m.baseline)),
    ),
    baselineLeftOut: m.leftOut,
    baselineParts: m.parts,
  };
}

/** What a table of regions shows of a region's outcome: its value, or why there is none. */
export type OutcomeCell = Pick<OutcomeLine, 'code' | 'unit' | 'value' | 'hidden'>;
