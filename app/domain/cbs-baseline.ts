/**
 * A region's baseline from CBS figures of the years before the pilot (issue 24, item 4: "a region's
 * baseline can be set to pre-pilot years (2019–2022) from these series"; ADR 024). The pilots began
 * reporting in 2023, so a baseline in 2019–2022 has no months of its own: the rate per 10,000
 * children of the region's own municipalities as CBS counts them stands in, over the CBS periods
 * (half-years or years) that lie wholly within both the region's baseline and the pre-pilot years.
 *
 * - The municipalities are the pilot's scope today; a municipality formed by a merger counts with
 *   the figures of the municipalities it was made of (comparison-groups.ts), so the years before
 *   are on today's borders.
 * - A scope with part of a municipality has no fitting CBS figure ("geen passende referentie").
 * - A secret or missing cell makes the baseline unknown and is named (never 0).
 * - The span is the manager's, up to the four years 2019–2022 (48 months) in whole half-years; the
 *   region's baseline of its own months keeps its own limit of 24 months.
 * Such a baseline has no monthly counts: as any baseline from reference data (ADR 019) it takes no
 * part in pooled totals; its CBS count and child-years give the change against it an interval.
 * Pure: no database, Remix or React.
 */
import {
  cbsPeriodMonths,
  groupRate,
  type CbsFigure,
  type CbsGrain,
  type MissingCell,
  type MunicipalityChange,
  type ScopeMunicipality,
} from './comparison-groups';
import { cbsPeriodsWithin } from './experiment-matched-group';
import { isPeriod, periodRange, type Period } from './periods';

/** The years before the pilots' monthly reports, from which CBS gives a baseline. */
export const PRE_PILOT = { from: '2019-01', to: '2022-12' } as const;

/**
 * The longest CBS baseline: the four pre-pilot years. A baseline of the region's own months keeps
 * its 24 (the baseline form's rule): only CBS's periods, each a whole half-year or year with
 * counts of its own, stretch over 2019–2022 (ADR 024).
 */
export const CBS_BASELINE_MAX_MONTHS = 48;

/** What is wrong with a CBS baseline's span: reversed, too long, outside 2019–2022, or cutting a half-year. */
export type CbsSpanProblem = 'order' | 'length' | 'outside' | 'whole';

/**
 * Checks a span chosen for a CBS baseline (months 'YYYY-MM', already valid months): in order, at
 * most 48 months, within 2019-01 … 2022-12, and whole CBS half-years (from January or July to June
 * or December), so that no period is counted in part. A measure per year pools the whole years within.
 */
export function cbsSpanProblem(span: { from: Period; to: Period }): CbsSpanProblem | null {
  if (!isPeriod(span.from) || !isPeriod(span.to)) return 'outside';
  if (span.to < span.from) return 'order';
  if (periodRange(span.from, span.to).length > CBS_BASELINE_MAX_MONTHS) return 'length';
  if (span.from < PRE_PILOT.from || span.to > PRE_PILOT.to) return 'outside';
  if (!['01', '07'].includes(span.from.slice(5)) || !['06', '12'].includes(span.to.slice(5))) return 'whole';
  return null;
}

/**
 * The span a CBS baseline is computed over until a manager chooses one: the whole half-years of the
 * region's baseline within 2019–2022 where it lies there, else the four pre-pilot years.
 */
export function defaultCbsSpan(baseline: { from: Period; to: Period }): { from: Period; to: Period } {
  const from = baseline.from > PRE_PILOT.from ? baseline.from : PRE_PILOT.from;
  const to = baseline.to < PRE_PILOT.to ? baseline.to : PRE_PILOT.to;
  const halves = from <= to ? cbsPeriodsWithin({ from, to }, 'half-year') : [];
  if (halves.length === 0) return { ...PRE_PILOT };
  return { from: cbsPeriodMonths(halves[0])!.from, to: cbsPeriodMonths(halves[halves.length - 1])!.to };
}

export type CbsBaselineReason =
  | 'no-scope' // the region has no municipalities as its scope
  | 'partial-scope' // part of a municipality: no fitting CBS figure
  | 'no-period' // no whole CBS period within the baseline and 2019–2022
  | 'no-figures' // no cell of the measure for these municipalities at all (a table per Veilig Thuis region)
  | 'unknown'; // a cell is secret or missing (named in `missing`)

export interface CbsBaseline {
  /** the CBS periods pooled ('2021-H1', …) */
  periods: string[];
  /** the months they span (null without periods) */
  from: Period | null;
  to: Period | null;
  count: number | null;
  childYears: number | null;
  /** per 10,000 children per year */
  value: number | null;
  provisional: boolean;
  rounded: boolean;
  missing: MissingCell[];
  reason: CbsBaselineReason | null;
}

/**
 * The region's own municipalities' CBS rate over the whole CBS periods of a span in 2019–2022 (the
 * span a manager chose, up to 48 months; a span reaching beyond 2019–2022 counts only its part within).
 */
export function cbsPrePilotBaseline(input: {
  scope: readonly ScopeMunicipality[];
  /** the span of months the baseline covers (checked by cbsSpanProblem before a fill) */
  baseline: { from: Period; to: Period };
  grain: CbsGrain;
  /** the measure's cells of the scope's municipalities (and those they were made of) */
  events: readonly CbsFigure[];
  population: readonly CbsFigure[];
  changes: readonly MunicipalityChange[];
}): CbsBaseline {
  const from = input.baseline.from > PRE_PILOT.from ? input.baseline.from : PRE_PILOT.from;
  const to = input.baseline.to < PRE_PILOT.to ? input.baseline.to : PRE_PILOT.to;
  const periods = from <= to ? cbsPeriodsWithin({ from, to }, input.grain) : [];
  const none = (reason: CbsBaselineReason): CbsBaseline => ({
    periods,
    from: null,
    to: null,
    count: null,
    childYears: null,
    value: null,
    provisional: false,
    rounded: false,
    missing: [],
    reason,
  });
  if (input.scope.length === 0) return none('no-scope');
  if (input.scope.some((s) => s.partial)) return none('partial-scope');
  if (periods.length === 0) return none('no-period');
  if (input.events.length === 0) return none('no-figures');
  const r = groupRate({ ...input, members: [...new Set(input.scope.map((s) => s.code))].sort(), periods });
  return {
    periods,
    from: cbsPeriodMonths(periods[0])!.from,
    to: cbsPeriodMonths(periods[periods.length - 1])!.to,
    count: r.count,
    childYears: r.childYears,
    value: r.value,
    provisional: r.provisional,
    rounded: r.rounded,
    missing: r.missing,
    reason: r.value === null ? 'unknown' : null,
  };
}
