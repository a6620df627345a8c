/** Months are 'YYYY-MM' strings; they sort as text. */
export type Period = string;

const PERIOD_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * The years a period may name wherever one is entered or asked for (a baseline, a reporting start,
 * a scope or target from a month, a narrative's quarter, a reference series, a period parameter):
 * from 2015 (before the pilots' preparations) to next year by the clock. Year 0000 once made a
 * reporting start queue 24,278 overdue e-mails; 9999 is no one's plan.
 */
export const FIRST_YEAR = 2015;
export function lastYear(today: Date = new Date()): number {
  return today.getUTCFullYear() + 1;
}

export function yearInWindow(year: number, today: Date = new Date()): boolean {
  return year >= FIRST_YEAR && year <= lastYear(today);
}

/** A month 'YYYY-MM' in the window. */
export function isPeriodInWindow(value: string, today: Date = new Date()): boolean {
  return isPeriod(value) && yearInWindow(parsePeriod(value).year, today);
}

/**
 * A stored month as the window bounds it: a month before FIRST_YEAR (or a malformed one) reads as
 * the window's first month, one after it as its last, so that a range over it stays short and
 * nothing throws. Stored values stay as they are (models/stored-data-check.server.ts lists them).
 */
export function clampToWindow(period: string, today: Date = new Date()): Period {
  const first = `${FIRST_YEAR}-01`;
  const last = `${lastYear(today)}-12`;
  if (!isPeriod(period) || period < first) return first;
  return period > last ? last : period;
}

/** A quarter 'YYYY-Qn' in the window. */
export function isQuarterInWindow(value: string, today: Date = new Date()): boolean {
  const m = /^(\d{4})-Q[1-4]$/.exec(value);
  return m !== null && yearInWindow(Number(m[1]), today);
}

export function isPeriod(value: string): boolean {
  return PERIOD_RE.test(value);
}

export function parsePeriod(period: Period): { year: number; month: number } {
  const m = PERIOD_RE.exec(period);
  if (!m) throw new Error(`Not a period (${period.length} characters)`);
  return { year: Number(m[1]), month: Number(m[2]) };
}

export function formatPeriod(year: number, month: number): Period {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

export function addMonths(period: Period, n: number): Period {
  const { year, month } = parsePeriod(period);
  const index = year * 12 + (month - 1) + n;
  return formatPeriod(Math.floor(index / 12), (index % 12) + 1);
}

/** Every month from `from` to `to`, both included; empty when `to` is before `from`. */
export function periodRange(from: Period, to: Period): Period[] {
  const out: Period[] = [];
  for (let p = from; p <= to; p = addMonths(p, 1)) out.push(p);
  return out;
}

export function periodOfDate(date: Date): Period {
  return formatPeriod(date.getUTCFullYear(), date.getUTCMonth() + 1);
}

/** The month that ended last before `today` (the month a coordinator reports on now). */
export function lastEndedPeriod(today: Date): Period {
  return addMonths(periodOfDate(today), -1);
}

/** The last calendar day of a month, as 'YYYY-MM-DD'. */
export function endOfMonth(period: Period): string {
  const { year, month } = parsePeriod(period);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${period}-${String(lastDay).padStart(2, '0')}`;
}

/** The due date of a month's report: day `dueDay` of the following month (clamped to its length). */
export function dueDate(period: Period, dueDay: number): string {
  const next = parsePeriod(addMonths(period, 1));
  const lastDay = new Date(Date.UTC(next.year, next.month, 0)).getUTCDate();
  const day = Math.min(Math.max(1, Math.floor(dueDay)), lastDay);
  return `${formatPeriod(next.year, next.month)}-${String(day).padStart(2, '0')}`;
}

/** Months from..to cover whole quarters only (what a suppressed viewer may be shown). */
export function isWholeQuarterRange(from: Period, to: Period): boolean {
  return /-(01|04|07|10)$/.test(from) && /-(03|06|09|12)$/.test(to);
}

export function quarterOf(period: Period): string {
  const { year, month } = parsePeriod(period);
  return `${year}-Q${Math.ceil(month / 3)}`;
}

export function monthsOfQuarter(quarter: string): Period[] {
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!m) throw new Error(`Not a quarter (${quarter.length} characters)`);
  const first = (Number(m[2]) - 1) * 3 + 1;
  return [0, 1, 2].map((i) => formatPeriod(Number(m[1]), first + i));
}
