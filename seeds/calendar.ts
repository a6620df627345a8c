/**
 * The demo's calendar. Every date in seeds/ is written for a demo whose newest month is
 * `DEMO_ANCHOR` (October 2026); a demo made on another day moves every one of them by the same
 * number of months, so each keeps its distance to the newest month: report months, experiment and
 * bottleneck dates, pilot and reporting starts, scopes, reference periods and retrieval dates, and
 * the dates named in the registers' texts.
 *
 * `npm start` seeds with last month (`demoAnchorFor(new Date())`); the test databases keep the
 * anchor `DEMO_ANCHOR`, so the figures the tests assert stay the same.
 */
import {
  addMonths,
  endOfMonth,
  lastEndedPeriod,
  parsePeriod,
  quarterOf,
  type Period,
} from '#app/domain/periods';

/** The newest month of the demo as the seed files write it. */
export const DEMO_ANCHOR: Period = '2026-10';

/** The newest complete month on `today`: the demo's newest month when it is made that day. */
export function demoAnchorFor(today: Date): Period {
  return lastEndedPeriod(today);
}

/** Months from `from` to `to` (YYYY-MM): 0 for the same month, negative when `to` is earlier. */
export function monthsBetween(from: Period, to: Period): number {
  const a = parsePeriod(from);
  const b = parsePeriod(to);
  return (b.year - a.year) * 12 + (b.month - a.month);
}

/**
 * A date 'YYYY-MM-DD' moved by `months`: the same day of the month (clamped to the month's length),
 * and the last day of a month stays the last day (an end date of 30 June stays a month's end).
 */
export function shiftDate(date: string, months: number): string {
  if (months === 0) return date;
  const period = date.slice(0, 7);
  const target = addMonths(period, months);
  const lastOfTarget = endOfMonth(target);
  if (date === endOfMonth(period)) return lastOfTarget;
  const day = Math.min(Number(date.slice(8, 10)), Number(lastOfTarget.slice(8, 10)));
  return `${target}-${String(day).padStart(2, '0')}${date.slice(10)}`;
}

/** The newest quarter of which every month has ended when `lastPeriod` is the newest month. */
export function lastCompleteQuarter(lastPeriod: Period): string {
  return quarterOf(addMonths(quarterStart(quarterOf(addMonths(lastPeriod, 1))), -1));
}

function quarterStart(quarter: string): Period {
  return `${quarter.slice(0, 4)}-${String((Number(quarter.slice(6)) - 1) * 3 + 1).padStart(2, '0')}`;
}

/**
 * A quarter 'YYYY-Qn' of the anchored demo moved to the demo ending in `lastPeriod`, by whole
 * quarters: the newest complete quarter stays the newest complete quarter.
 */
export function shiftQuarter(quarter: string, lastPeriod: Period): string {
  const quarters =
    monthsBetween(
      quarterStart(lastCompleteQuarter(DEMO_ANCHOR)),
      quarterStart(lastCompleteQuarter(lastPeriod)),
    ) / 3;
  return quarterOf(addMonths(quarterStart(quarter), quarters * 3));
}

const MONTHS_NL = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/**
 * The dates a register text names about the demo's own story, moved by `months`: "1 juli 2024",
 * "september 2025", "vanaf 2025", "in 2024 en 2025". A bare year elsewhere is a fact outside the
 * demo (a law's year, a national policy response) and stays.
 */
export function shiftText(text: string, months: number): string {
  if (months === 0) return text;
  const monthName = MONTHS_NL.join('|');
  const year = (y: string) => String(Number(addMonths(`${y}-07`, months).slice(0, 4)));
  return text
    .replace(new RegExp(`\\b(?:(\\d{1,2}) )?(${monthName}) (\\d{4})\\b`, 'gi'), (match, day, name, y) => {
      const index = MONTHS_NL.indexOf(String(name).toLowerCase());
      const period = `${y}-${String(index + 1).padStart(2, '0')}`;
      const shifted = day
        ? shiftDate(`${period}-${String(day).padStart(2, '0')}`, months)
        : `${addMonths(period, months)}-01`;
      const newName = MONTHS_NL[Number(shifted.slice(5, 7)) - 1]!;
      const cased =
        name[0] === name[0].toUpperCase() ? newName[0]!.toUpperCase() + newName.slice(1) : newName;
      return `${day ? `${Number(shifted.slice(8, 10))} ` : ''}${cased} ${shifted.slice(0, 4)}`;
    })
    .replace(/\b(vanaf|in) (\d{4})(?: en (\d{4}))?\b/g, (match, word: string, a: string, b?: string) =>
      word === 'in' && !b ? match : `${word} ${year(a)}${b ? ` en ${year(b)}` : ''}`,
    );
}
