/**
 * The check of a region's own counts against CBS's count for its own municipalities (issue 24,
 * comparison group (a)): over the newest CBS period (half-year or year) that has ended by the
 * period shown and for which CBS has a figure, the pilot's count over the same months against
 * CBS's; flagged when they differ by more than 20 % of CBS's figure (`checkOwnCounts`). The
 * definitions differ (the outcome–CBS mapping names the gap), so a flag asks for an explanation,
 * not a correction.
 *
 * Pure: no database, Remix or React.
 */
import {
  cbsPeriodMonths,
  cbsPeriodsCovering,
  checkOwnCounts,
  groupRate,
  OWN_COUNT_TOLERANCE,
  type CbsFigure,
  type CbsGrain,
  type MissingCell,
  type MunicipalityChange,
} from './comparison-groups';
import { addMonths, type Period } from './periods';

/** How far back a CBS period may lie behind the period shown (CBS publishes months later). */
export const OWN_CHECK_LOOKBACK_MONTHS = 36;

/** CBS's count for the own municipalities in the newest ended CBS period with a figure. */
export function latestOwnCbsCount(input: {
  members: readonly string[];
  grain: CbsGrain;
  /** the last month of the period shown */
  to: Period;
  events: readonly CbsFigure[];
  changes: readonly MunicipalityChange[];
}): {
  period: string;
  from: Period;
  to: Period;
  count: number;
  provisional: boolean;
  rounded: boolean;
} | null {
  const periods = cbsPeriodsCovering(
    addMonths(input.to, -OWN_CHECK_LOOKBACK_MONTHS + 1),
    input.to,
    input.grain,
  );
  for (const period of periods.reverse()) {
    const span = cbsPeriodMonths(period)!;
    if (span.to > input.to) continue;
    const g = groupRate({
      members: input.members,
      periods: [period],
      events: input.events,
      population: [],
      changes: input.changes,
    });
    const eventsMissing = g.missing.some((m: MissingCell) => m.measure === 'events');
    if (g.count === null || eventsMissing) continue;
    return {
      period,
      from: span.from,
      to: span.to,
      count: g.count,
      provisional: g.provisional,
      rounded: g.rounded,
    };
  }
  return null;
}

export interface OwnCountRow {
  code: string;
  measure: string;
  /** the CBS period ('2025-H2', '2025'); null when CBS has no figure for the own municipalities */
  period: string | null;
  /** the pilot's count over the period's months as the viewer sees it; null: unknown or hidden */
  pilot: number | null;
  /** the pilot's count is hidden from this viewer (small numbers), not unknown */
  hidden: boolean;
  cbs: number | null;
  provisional: boolean;
  rounded: boolean;
  relativeDifference: number | null;
  flagged: boolean;
  /** why no check: the scope holds part of a municipality, or CBS has no figure */
  reason: 'partial-scope' | 'no-figure' | null;
}

/** One outcome's row of the check from the two counts. */
export function ownCountRow(input: {
  code: string;
  measure: string;
  cbs: ReturnType<typeof latestOwnCbsCount>;
  pilot: number | null;
  hidden: boolean;
  partial: boolean;
}): OwnCountRow {
  const base = { code: input.code, measure: input.measure };
  if (input.partial || !input.cbs)
    return {
      ...base,
      period: null,
      pilot: null,
      hidden: false,
      cbs: null,
      provisional: false,
      rounded: false,
      relativeDifference: null,
      flagged: false,
      reason: input.partial ? 'partial-scope' : 'no-figure',
    };
  const check = checkOwnCounts(input.hidden ? null : input.pilot, input.cbs.count, OWN_COUNT_TOLERANCE);
  return {
    ...base,
    period: input.cbs.period,
    pilot: input.hidden ? null : input.pilot,
    hidden: input.hidden,
    cbs: input.cbs.count,
    provisional: input.cbs.provisional,
    rounded: input.cbs.rounded,
    relativeDifference: check.relativeDifference,
    flagged: check.flagged,
    reason: null,
  };
}
