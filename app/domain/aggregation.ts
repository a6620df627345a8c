/**
 * Turns the rows the figures query returns (one row per region × period bucket × data element,
 * already summed in SQL) into aggregated element values, by the element's aggregation type:
 * - flow: the sum over the months; unknown when any month of the range is unknown;
 * - stock: the level of the last month of the range (`level`); formulas that relate a flow to a
 *   stock use `sum` instead (the sum of monthly levels = average level × months, again unknown when
 *   any month is unknown);
 * - weighted: Σ(value × weight) / Σ weight over the months where both are known; always approximate
 *   (a weighted mean of medians is not the median of the pooled cases).
 */
import { getElement } from './catalogue';
import {
  addMonths,
  lastEndedPeriod,
  monthsOfQuarter,
  parsePeriod,
  periodRange,
  type Period,
  yearInWindow,
} from './periods';

/** 'range' is one bucket spanning any months, written 'YYYY-MM..YYYY-MM'. */
export type Grain = 'month' | 'quarter' | 'year' | 'range';

/** One row of the SQL aggregate (GROUP BY region, bucket, element). */
export interface ElementRow {
  regionId: number;
  bucket: string;
  elementCode: string;
  /** SUM(value) over the bucket's months */
  total: number | null;
  /** COUNT(value): months with a known value */
  known: number;
  /** the value in the region's last month of the bucket */
  last: number | null;
  /** SUM(value × weight), SUM(weight) over months where both are known (weighted elements) */
  weightedSum: number | null;
  weightTotal: number | null;
}

/** One row per region × bucket: how many visible reports, and whether any is not yet approved. */
export interface MonthRow {
  regionId: number;
  bucket: string;
  months: number;
  provisional: boolean;
  lastPeriod: Period;
}

export interface AggregatedElement {
  /** sum over all months; null when a month is unknown */
  sum: number | null;
  /** last month's level */
  level: number | null;
  weightedSum: number | null;
  weightTotal: number | null;
}

export interface RegionBucket {
  regionId: number;
  bucket: string;
  months: number;
  /** true when a report in the range is not approved ("voorlopig") */
  provisional: boolean;
  lastPeriod: Period;
  elements: ReadonlyMap<string, AggregatedElement>;
}

export const bucketKey = (regionId: number, bucket: string) => `${regionId}|${bucket}`;

export function aggregateRows(
  elementRows: readonly ElementRow[],
  monthRows: readonly MonthRow[],
): RegionBucket[] {
  const out = new Map<string, { meta: MonthRow; elements: Map<string, AggregatedElement> }>();
  for (const m of monthRows) out.set(bucketKey(m.regionId, m.bucket), { meta: m, elements: new Map() });
  for (const r of elementRows) {
    const entry = out.get(bucketKey(r.regionId, r.bucket));
    if (!entry) continue;
    const complete = r.known === entry.meta.months;
    entry.elements.set(r.elementCode, {
      sum: complete ? r.total : null,
      level: r.last,
      weightedSum: r.weightTotal ? r.weightedSum : null,
      weightTotal: r.weightTotal ? r.weightTotal : null,
    });
  }
  return [...out.values()].map(({ meta, elements }) => ({ ...meta, elements }));
}

/** An element's value over the range by its own aggregation type (for showing element figures). */
export function elementValue(
  bucket: RegionBucket | undefined,
  code: string,
): { value: number | null; approximate: boolean } {
  const el = bucket?.elements.get(code);
  const def = getElement(code);
  if (!el || !def) return { value: null, approximate: false };
  if (def.aggregation === 'flow') return { value: el.sum, approximate: false };
  if (def.aggregation === 'stock') return { value: el.level, approximate: false };
  return {
    value: el.weightedSum !== null && el.weightTotal ? el.weightedSum / el.weightTotal : null,
    approximate: true,
  };
}

// ── Period buckets ─────────────────────────────────────────────────────────

const QUARTER_RE = /^(\d{4})-Q([1-4])$/;
const YEAR_RE = /^(\d{4})$/;
const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;
const RANGE_RE = /^(\d{4}-(?:0[1-9]|1[0-2]))\.\.(\d{4}-(?:0[1-9]|1[0-2]))$/;

export function rangeBucket(from: Period, to: Period): string {
  return `${from}..${to}`;
}

export function grainOf(bucket: string): Grain | null {
  if (MONTH_RE.test(bucket)) return 'month';
  if (QUARTER_RE.test(bucket)) return 'quarter';
  if (YEAR_RE.test(bucket)) return 'year';
  const r = RANGE_RE.exec(bucket);
  if (r && r[1] <= r[2]) return 'range';
  return null;
}

/**
 * A period parameter ('YYYY-MM', 'YYYY-Qn', 'YYYY' or a range) of one of these grains, within
 * FIRST_YEAR to next year (periods.ts); anything else (malformed, another grain, year 0000) is null.
 */
export function parseBucket(
  value: string | null | undefined,
  grains: readonly Grain[] = ['month', 'quarter', 'year'],
): string | null {
  const grain = value ? grainOf(value) : null;
  if (!value || !grain || !grains.includes(grain)) return null;
  const { from, to } = bucketRange(value);
  return yearInWindow(parsePeriod(from).year) && yearInWindow(parsePeriod(to).year) ? value : null;
}

/** The last quarter that has ended by `today` (when no quarter is complete in the data yet). */
export function lastEndedQuarter(today: Date): string {
  return previousBucket(bucketOf(addMonths(lastEndedPeriod(today), 1), 'quarter'));
}

export function bucketOf(period: Period, grain: Grain): string {
  const { year, month } = parsePeriod(period);
  if (grain === 'month' || grain === 'range') return period;
  if (grain === 'quarter') return `${year}-Q${Math.ceil(month / 3)}`;
  return String(year);
}

/** First and last month of a bucket ('2026-07', '2026-Q3' or '2026'). */
export function bucketRange(bucket: string): { from: Period; to: Period } {
  const grain = grainOf(bucket);
  if (grain === 'month') return { from: bucket, to: bucket };
  if (grain === 'quarter') {
    const months = monthsOfQuarter(bucket);
    return { from: months[0], to: months[2] };
  }
  if (grain === 'year') return { from: `${bucket}-01`, to: `${bucket}-12` };
  if (grain === 'range') {
    const [from, to] = bucket.split('..');
    return { from, to };
  }
  throw new Error(`Not a period (${bucket.length} characters)`);
}

export function previousBucket(bucket: string): string {
  const grain = grainOf(bucket);
  if (!grain) throw new Error(`Not a period (${bucket.length} characters)`);
  const { from, to } = bucketRange(bucket);
  if (grain === 'range') {
    const length = periodRange(from, to).length;
    return rangeBucket(addMonths(from, -length), addMonths(from, -1));
  }
  return bucketOf(addMonths(from, -1), grain);
}

/** Buckets of a grain covering the months from..to, oldest first. */
export function bucketsBetween(from: Period, to: Period, grain: Grain): string[] {
  const out: string[] = [];
  for (let p = from; p <= to; p = addMonths(p, 1)) {
    const b = bucketOf(p, grain);
    if (out[out.length - 1] !== b) out.push(b);
  }
  return out;
}

/**
 * The latest quarter in which every expected region has three approved reports.
 * `approvedByQuarter` counts approved reports per quarter; `expected` is the number of regions, or
 * per quarter the number of reports expected (a region that joined later is expected only from its
 * reporting start, so adding a region does not make every earlier quarter incomplete).
 */
export function latestCompleteQuarter(
  approvedByQuarter: ReadonlyMap<string, number>,
  expected: number | ((quarter: string) => number),
): string | null {
  const reportsExpected = (q: string) => (typeof expected === 'number' ? expected * 3 : expected(q));
  const complete = [...approvedByQuarter.entries()]
    .filter(([q, n]) => reportsExpected(q) > 0 && n >= reportsExpected(q))
    .map(([q]) => q)
    .sort();
  return complete.length > 0 ? complete[complete.length - 1] : null;
}

/** Reports expected in a quarter from regions reporting from the given months on. */
export function reportsExpectedInQuarter(quarter: string, reportingStarts: readonly Period[]): number {
  const months = monthsOfQuarter(quarter);
  return reportingStarts.reduce((n, start) => n + months.filter((m) => m >= start).length, 0);
}
