/**
 * Reference series: figures from outside the pilot (national totals, non-pilot regions) that the
 * pilot's own are held against. Pure: the CSV rows as split by the CSV library in, rows and errors
 * out; and the difference pilot − reference per period.
 *
 *   reeks;naam;indicator;bron;tabel;opgehaald;eenheid;periode;waarde
 *   vt-triage;Landelijk, Veilig Thuis;triage_on_time;Veilig Thuis;Kwartaalcijfers;2026-10-15;percent;2026-Q1;81,5
 *   vt-triage;Landelijk, Veilig Thuis;triage_on_time;Veilig Thuis;Kwartaalcijfers;2026-10-15;percent;2026-Q2;   ← unknown
 *
 * One line per series and period; a series' name, indicator, source, table, retrieval date and unit
 * must be the same on each of its lines. `indicator` may be empty (a series standing alone); when
 * given, the unit must be the indicator's own, so the lines can share an axis.
 */
import { csvImport, type CsvImportKey } from '#app/i18n/csv-import';
import { translate, type Params } from '#app/i18n/i18n';
import type { Lang } from './lang';
import { bucketRange, grainOf } from './aggregation';
import { hasControlCharacter } from './entered-fields';
import { FIRST_YEAR, lastYear, yearInWindow } from './periods';
import { getIndicator } from './indicators';
import { getRateOutcome } from './outcomes';
import { readCsvNumber } from './number-input';

export const REFERENCE_COLUMNS = [
  'reeks',
  'naam',
  'indicator',
  'bron',
  'tabel',
  'opgehaald',
  'eenheid',
  'periode',
  'waarde',
] as const;
export const REFERENCE_UNITS = [
  'percent',
  'days',
  'number',
  'count',
  'per100',
  'per10000',
  'rate',
  'score',
] as const;
export type ReferenceUnit = (typeof REFERENCE_UNITS)[number];
export const REFERENCE_MAX_ROWS = 5_000;
/** The longest name, source or table text a series may have (a page shows them in a legend). */
export const REFERENCE_MAX_TEXT = 200;

/**
 * The values a figure of each unit can take: shares within 0–100, a rate per 10,000 within
 * 0–10,000, and for the rest bounds far above any real figure (a 400-digit number was once stored
 * as Infinity). Negative figures do not occur in these series.
 */
export const REFERENCE_RANGE: Record<ReferenceUnit, readonly [number, number]> = {
  percent: [0, 100],
  per100: [0, 100],
  per10000: [0, 10_000],
  days: [0, 3650],
  score: [0, 10],
  number: [0, 1e9],
  count: [0, 1e9],
  rate: [0, 1e6],
};

export interface ReferenceMeta {
  code: string;
  label: string;
  indicatorCode: string | null;
  source: string;
  sourceTable: string;
  retrievedOn: string;
  unit: ReferenceUnit;
}

export interface ReferenceRow extends ReferenceMeta {
  line: number;
  period: string;
  value: number | null;
}

export interface ReferenceError {
  line: number;
  message: string;
}

const CODE_RE = /^[a-z0-9][a-z0-9-]{1,59}$/;
const DATE_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** What is wrong with a retrieval date: its form, its existence ('2026-02-31'), its year. */
function dateProblem(value: string): 'form' | 'missing' | 'window' | null {
  if (!DATE_RE.test(value)) return 'form';
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return 'missing';
  return yearInWindow(y) ? null : 'window';
}

/** What is wrong with a period: not one month, quarter or year, or outside the window (periods.ts). */
function periodProblem(period: string): 'form' | 'window' | null {
  const grain = grainOf(period);
  if (grain === null || grain === 'range') return 'form';
  const { from, to } = bucketRange(period);
  return yearInWindow(Number(from.slice(0, 4))) && yearInWindow(Number(to.slice(0, 4))) ? null : 'window';
}

/** A value as the message quotes it: at most 40 characters. */
const quote = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** The line checks' messages, from the csv-import dictionary. */
function messages(lang: Lang) {
  const t = (key: CsvImportKey, p?: Params) => translate(csvImport, lang, key, p);
  return {
    header: t('refHeader', { columns: REFERENCE_COLUMNS.join(';') }),
    empty: t('fileEmpty'),
    tooMany: t('fileTooMany', { max: REFERENCE_MAX_ROWS }),
    columns: (found: number) => t('fileColumns', { found, want: REFERENCE_COLUMNS.length }),
    code: (code: string) => t('refCode', { code: quote(code) }),
    tooLong: (column: string) => t('refTooLong', { column, max: REFERENCE_MAX_TEXT }),
    control: (column: string) => t('refControl', { column }),
    range: (value: string, unit: string, min: number, max: number) =>
      t('refRange', { value: quote(value), unit, min, max }),
    required: (column: string) => t('refRequired', { column }),
    indicator: (code: string) => t('refIndicator', { code: quote(code) }),
    unit: (unit: string) => t('refUnit', { unit: quote(unit), units: REFERENCE_UNITS.join(', ') }),
    unitMismatch: (unit: string, want: string) => t('refUnitMismatch', { unit, want }),
    date: (date: string, problem: 'form' | 'missing' | 'window') =>
      problem === 'form'
        ? t('refDate', { date: quote(date) })
        : problem === 'missing'
          ? t('refDateMissing', { date: quote(date) })
          : t('refOutOfWindow', { what: t('refWhatDate'), value: date, first: FIRST_YEAR, last: lastYear() }),
    period: (period: string, problem: 'form' | 'window') =>
      problem === 'form'
        ? t('refPeriod', { period: quote(period) })
        : t('refOutOfWindow', {
            what: t('refWhatPeriod'),
            value: period,
            first: FIRST_YEAR,
            last: lastYear(),
          }),
    value: (value: string) => t('valueNotNumber', { value: quote(value) }),
    ambiguous: (value: string) => t('refAmbiguous', { value: quote(value) }),
    duplicate: (first: number) => t('refDuplicate', { first }),
    inconsistent: (column: string, first: number) => t('refInconsistent', { column, first }),
  };
}

/** A Dutch quarter 'JJJJ-K3' is read as '2026-Q3'. */
function normalisePeriod(raw: string): string {
  return raw.replace(/^(\d{4})-[KkQq]([1-4])$/, '$1-Q$2');
}

/** Checks every line's shape and each series' consistency; the database is not needed. */
export function parseReferenceRecords(
  records: readonly (readonly string[])[],
  lang: Lang,
): { rows: ReferenceRow[]; errors: ReferenceError[] } {
  const m = messages(lang);
  const errors: ReferenceError[] = [];
  const header = (records[0] ?? []).map((h) => h.trim().toLowerCase());
  if (header.join(';') !== REFERENCE_COLUMNS.join(';'))
    return { rows: [], errors: [{ line: 1, message: m.header }] };
  const body = records.slice(1).map((r, i) => ({ r, line: i + 2 }));
  const lines = body.filter(({ r }) => r.some((c) => c.trim() !== ''));
  if (lines.length === 0) return { rows: [], errors: [{ line: 0, message: m.empty }] };
  if (lines.length > REFERENCE_MAX_ROWS) return { rows: [], errors: [{ line: 0, message: m.tooMany }] };
  const rows: ReferenceRow[] = [];
  const firstOfSeries = new Map<string, ReferenceRow>();
  const seen = new Map<string, number>();
  for (const { r, line } of lines) {
    if (r.length !== REFERENCE_COLUMNS.length) {
      errors.push({ line, message: m.columns(r.length) });
      continue;
    }
    const [code, label, indicator, source, table, retrieved, unit, rawPeriod, rawValue] = r.map((c) =>
      c.trim(),
    );
    const before = errors.length;
    if (!CODE_RE.test(code)) errors.push({ line, message: m.code(code) });
    for (const [col, v] of [
      ['naam', label],
      ['bron', source],
      ['tabel', table],
    ] as const)
      if (v === '') errors.push({ line, message: m.required(col) });
      else if (v.length > REFERENCE_MAX_TEXT) errors.push({ line, message: m.tooLong(col) });
      else if (hasControlCharacter(v)) errors.push({ line, message: m.control(col) });
    // the figure a series is a reference for: an indicator, or an outcome rate per 10,000 children
    // (its baseline can then be filled from the series too)
    const rate = indicator === '' ? undefined : getRateOutcome(indicator);
    const ind = indicator === '' ? null : rate ? { code: rate.code, unit: 'per10000' } : getIndicator(indicator);
    if (ind === undefined) errors.push({ line, message: m.indicator(indicator) });
    if (!(REFERENCE_UNITS as readonly string[]).includes(unit)) errors.push({ line, message: m.unit(unit) });
    else if (ind && ind.unit !== unit) errors.push({ line, message: m.unitMismatch(unit, ind.unit) });
    const dateIssue = dateProblem(retrieved);
    if (dateIssue) errors.push({ line, message: m.date(retrieved, dateIssue) });
    const period = normalisePeriod(rawPeriod);
    const periodIssue = periodProblem(period);
    if (periodIssue) errors.push({ line, message: m.period(rawPeriod, periodIssue) });
    const reading = readCsvNumber(rawValue, unit === 'count' ? 'count' : 'decimal');
    if (!reading.ok)
      errors.push({
        line,
        message: reading.problem === 'ambiguous' ? m.ambiguous(rawValue) : m.value(rawValue),
      });
    else if (reading.value !== null && (REFERENCE_UNITS as readonly string[]).includes(unit)) {
      const [min, max] = REFERENCE_RANGE[unit as ReferenceUnit];
      if (!Number.isFinite(reading.value) || reading.value < min || reading.value > max)
        errors.push({ line, message: m.range(rawValue, unit, min, max) });
    }
    const value = reading.ok ? reading.value : null;
    if (errors.length > before) continue;
    const row: ReferenceRow = {
      line,
      code,
      label,
      indicatorCode: ind ? ind.code : null,
      source,
      sourceTable: table,
      retrievedOn: retrieved,
      unit: unit as ReferenceUnit,
      period,
      value,
    };
    const key = `${code}|${period}`;
    const dup = seen.get(key);
    if (dup !== undefined) {
      errors.push({ line, message: m.duplicate(dup) });
      continue;
    }
    seen.set(key, line);
    const first = firstOfSeries.get(code);
    if (first) {
      const differs = (
        [
          ['naam', 'label'],
          ['indicator', 'indicatorCode'],
          ['bron', 'source'],
          ['tabel', 'sourceTable'],
          ['opgehaald', 'retrievedOn'],
          ['eenheid', 'unit'],
        ] as const
      ).find(([, k]) => first[k] !== row[k]);
      if (differs) {
        errors.push({ line, message: m.inconsistent(differs[0], first.line) });
        continue;
      }
    } else firstOfSeries.set(code, row);
    rows.push(row);
  }
  return { rows, errors };
}

/** Pilot − reference per period; unknown when either side is unknown (never treated as 0). */
export function differenceSeries(
  pilot: readonly (number | null)[],
  reference: readonly (number | null)[],
): (number | null)[] {
  return pilot.map((p, i) => {
    const r = reference[i] ?? null;
    return p === null || r === null ? null : Math.round((p - r) * 1e6) / 1e6;
  });
}
