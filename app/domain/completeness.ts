/**
 * Completeness and timeliness of the monthly reports: per region × month whether a report was
 * expected, submitted, on time and approved, and the reporting rates. Pure.
 *
 * A month is expected from the region's first reporting month on, once its due date has passed.
 * Rates count only expected months in numerator and denominator, so they never exceed 100 %.
 */
import { dueDate, type Period } from './periods';
import { type ReportStatus } from './report-status';

export type CellState =
  | 'not_expected' // before the region's start
  | 'open' // month ended (or running) but not yet due, no submitted report
  | 'missing' // due date passed, no report submitted
  | 'submitted'
  | 'approved';

export interface CompletenessReport {
  period: Period;
  status: ReportStatus;
  submittedAt: string | null;
}

export interface CompletenessCell {
  period: Period;
  state: CellState;
  status: ReportStatus | null;
  expected: boolean;
  submitted: boolean;
  onTime: boolean | null;
  approved: boolean;
  due: string;
}

export interface RegionCompleteness {
  cells: CompletenessCell[];
  expected: number;
  submitted: number;
  onTime: number;
  approved: number;
}

/** Today's date as YYYY-MM-DD in UTC. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function computeRegionCompleteness(input: {
  reportingStart: Period;
  periods: readonly Period[];
  reports: readonly CompletenessReport[];
  dueDay: number;
  today: string;
}): RegionCompleteness {
  const byPeriod = new Map(input.reports.map((r) => [r.period, r]));
  const cells = input.periods.map((period): CompletenessCell => {
    const due = dueDate(period, input.dueDay);
    const started = period >= input.reportingStart;
    const expected = started && due < input.today;
    const report = byPeriod.get(period);
    const submitted =
      report !== undefined && (report.status === 'ingediend' || report.status === 'goedgekeurd');
    const approved = report?.status === 'goedgekeurd';
    const onTime = submitted && report?.submittedAt ? report.submittedAt.slice(0, 10) <= due : null;
    let state: CellState;
    if (!started) state = 'not_expected';
    else if (approved) state = 'approved';
    else if (submitted) state = 'submitted';
    else state = expected ? 'missing' : 'open';
    return { period, state, status: report?.status ?? null, expected, submitted, onTime, approved, due };
  });
  const counted = cells.filter((c) => c.expected);
  return {
    cells,
    expected: counted.length,
    submitted: counted.filter((c) => c.submitted).length,
    onTime: counted.filter((c) => c.onTime === true).length,
    approved: counted.filter((c) => c.approved).length,
  };
}

/** numerator / denominator as a share 0–1, or null when nothing was expected; capped at 1. */
export function rate(numerator: number, denominator: number): number | null {
  if (denominator <= 0) return null;
  return Math.min(1, numerator / denominator);
}

export function sumCompleteness(rows: readonly RegionCompleteness[]) {
  return rows.reduce(
    (acc, r) => ({
      expected: acc.expected + r.expected,
      submitted: acc.submitted + r.submitted,
      onTime: acc.onTime + r.onTime,
      approved: acc.approved + r.approved,
    }),
    { expected: 0, submitted: 0, onTime: 0, approved: 0 },
  );
}
