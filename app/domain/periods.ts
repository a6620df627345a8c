/** Months are 'YYYY-MM' strings; they sort as text. */
export type Period = string;

const PERIOD_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The years a period parameter may name (the programme's data, with room on both sides). */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2099;

export function isPeriod(value: string): boolean {
  return PERIOD_RE.test(value);
}

export function parsePeriod(period: Period): { year: number; month: number } {
  const m = PERIOD_RE.exec(period);
  if (!m) throw new Error(`Not a period: ${period}`);
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

export function quarterOf(period: Period): string {
  const { year, month } = parsePeriod(period);
  return `${year}-Q${Math.ceil(month / 3)}`;
}

export function monthsOfQuarter(quarter: string): Period[] {
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!m) throw new Error(`Not a quarter: ${quarter}`);
  const first = (Number(m[2]) - 1) * 3 + 1;
  return [0, 1, 2].map((i) => formatPeriod(Number(m[1]), first + i));
}
