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
import { csvImport, type CsvImportKey } from '~/i18n/csv-import';
import { translate, type Params } from '~/i18n/i18n';
import type { Lang } from './lang';
import { grainOf } from './aggregation';
import { getIndicator } from './indicators';
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

/** The line checks' messages, from the csv-import dictionary. */
function messages(lang: Lang) {
  const t = (key: CsvImportKey, p?: Params) => translate(csvImport, lang, key, p);
  return {
    header: t('refHeader', { columns: REFERENCE_COLUMNS.join(';') }),
    empty: t('fileEmpty'),
    tooMany: t('fileTooMany', { max: REFERENCE_MAX_ROWS }),
    columns: (found: number) => t('fileColumns', { found, want: REFERENCE_COLUMNS.length }),
    code: (code: string) => t('refCode', { code }),
    required: (column: string) => t('refRequired', { column }),
    indicator: (code: string) => t('refIndicator', { code }),
    unit: (unit: string) => t('refUnit', { unit, units: REFERENCE_UNITS.join(', ') }),
    unitMismatch: (unit: string, want: string) => t('refUnitMismatch', { unit, want }),
    date: (date: string) => t('refDate', { date }),
    period: (period: string) => t('refPeriod', { period }),
    value: (value: string) => t('valueNotNumber', { value }),
    ambiguous: (value: string) => t('refAmbiguous', { value }),
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
    const ind = indicator === '' ? null : getIndicator(indicator);
    if (ind === undefined) errors.push({ line, message: m.indicator(indicator) });
    if (!(REFERENCE_UNITS as readonly string[]).includes(unit)) errors.push({ line, message: m.unit(unit) });
    else if (ind && ind.unit !== unit) errors.push({ line, message: m.unitMismatch(unit, ind.unit) });
    if (!DATE_RE.test(retrieved)) errors.push({ line, message: m.date(retrieved) });
    const period = normalisePeriod(rawPeriod);
    const grain = grainOf(period);
    if (grain === null || grain === 'range') errors.push({ line, message: m.period(rawPeriod) });
    const reading = readCsvNumber(rawValue, unit === 'count' ? 'count' : 'decimal');
    if (!reading.ok)
      errors.push({
        line,
        message: reading.problem === 'ambiguous' ? m.ambiguous(rawValue) : m.value(rawValue),
      });
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
