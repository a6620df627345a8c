/**
 * The CSV format of report values, for import, template and export: one row per region, month
 * and data element. Pure: takes rows already split by the CSV library.
 *
 *   regio;periode;element;waarde
 *   utrecht;2026-10;signals_new;412
 *   utrecht;2026-10;fte_filled;61,5
 *   utrecht;2026-10;days_to_help_median_all;          ← empty = unknown
 *
 * The template adds a column `naam` after `element` with the element's label; an import may have it
 * or not (its content is not read).
 *
 * Separator ';' (Dutch Excel), ',' also read; UTF-8, a BOM is ignored; decimals with a comma or a
 * point; line 1 is the header.
 */
import { getElement, isAskedIn, isEnteredElement } from './catalogue';
import { isPeriod } from './periods';
import { readCsvNumber } from './number-input';
import { csvImport, type CsvImportKey } from '#app/i18n/csv-import';
import { translate, type Params } from '#app/i18n/i18n';
import { type Lang } from './lang';

export const CSV_COLUMNS = ['regio', 'periode', 'element', 'waarde'] as const;
/** The template's columns: the element's name in the user's language beside its code (ignored on import). */
export const CSV_TEMPLATE_COLUMNS = ['regio', 'periode', 'element', 'naam', 'waarde'] as const;
export const CSV_MAX_ROWS = 20_000;

export interface CsvRow {
  line: number;
  region: string;
  period: string;
  element: string;
  value: number | null;
}

export interface CsvError {
  /** 1-based line in the file; 0 for the file as a whole */
  line: number;
  message: string;
}

/** The line checks' messages, from the csv-import dictionary. */
function messages(lang: Lang) {
  const t = (key: CsvImportKey, p?: Params) => translate(csvImport, lang, key, p);
  return {
    header: t('reportHeader', { columns: CSV_COLUMNS.join(';'), template: CSV_TEMPLATE_COLUMNS.join(';') }),
    empty: t('fileEmpty'),
    tooMany: t('fileTooMany', { max: CSV_MAX_ROWS }),
    columns: (found: number, want: number) => t('fileColumns', { found, want }),
    period: (period: string) => t('reportPeriod', { period }),
    element: (element: string) => t('reportElement', { element }),
    retired: (element: string, from: string) => t('reportRetired', { element, from }),
    value: (value: string) => t('valueNotNumber', { value }),
    ambiguous: (value: string) => t('reportAmbiguous', { value }),
    duplicate: (first: number) => t('reportDuplicate', { first }),
  };
}

/** Checks the shape of each row (not access, locks or rules: those need the database). */
export function parseCsvRecords(
  records: readonly (readonly string[])[],
  lang: Lang,
): { rows: CsvRow[]; errors: CsvError[] } {
  const m = messages(lang);
  const errors: CsvError[] = [];
  const rows: CsvRow[] = [];
  const header = (records[0] ?? []).map((h) =>
    h
      .trim()
      .toLowerCase()
      .replace(/^\uFEFF/, ''),
  );
  const withName = header.join(';') === CSV_TEMPLATE_COLUMNS.join(';');
  if (!withName && header.join(';') !== CSV_COLUMNS.join(';'))
    return { rows, errors: [{ line: 1, message: m.header }] };
  const width = withName ? 5 : 4;
  if (records.length < 2) return { rows, errors: [{ line: 0, message: m.empty }] };
  if (records.length - 1 > CSV_MAX_ROWS) return { rows, errors: [{ line: 0, message: m.tooMany }] };
  const seen = new Map<string, number>();
  records.slice(1).forEach((record, i) => {
    const line = i + 2;
    if (record.length === 1 && record[0]!.trim() === '') return;
    if (record.length !== width) {
      errors.push({ line, message: m.columns(record.length, width) });
      return;
    }
    const cells = record.map((c) => c.trim());
    const [region, period, element] = cells as [string, string, string];
    const raw = cells[width - 1]!;
    const before = errors.length;
    if (!isPeriod(period)) errors.push({ line, message: m.period(period) });
    if (!isEnteredElement(element)) errors.push({ line, message: m.element(element) });
    else if (isPeriod(period) && !isAskedIn(getElement(element)!, period))
      errors.push({ line, message: m.retired(element, getElement(element)!.retiredFrom!) });
    const read = readCsvNumber(raw, getElement(element)?.unit ?? 'count');
    if (!read.ok)
      errors.push({ line, message: read.problem === 'ambiguous' ? m.ambiguous(raw) : m.value(raw) });
    const value = read.ok ? read.value : null;
    const key = `${region}|${period}|${element}`;
    const first = seen.get(key);
    if (first !== undefined) errors.push({ line, message: m.duplicate(first) });
    else seen.set(key, line);
    if (errors.length === before) rows.push({ line, region, period, element, value });
  });
  return { rows, errors };
}

/** A value as CSV text: decimal comma for Dutch Excel, empty for unknown. */
export function formatCsvValue(value: number | null, separator: ';' | ','): string {
  if (value === null) return '';
  const s = String(value);
  return separator === ';' ? s.replace('.', ',') : s;
}

/**
 * A text cell as a spreadsheet may open it safely (OWASP "CSV injection"): a cell that begins with
 * =, +, -, @, a tab or a carriage return would be read as a formula, so it gets a leading
 * apostrophe, which spreadsheets show as text and do not display. Numbers the app writes itself
 * are not text cells and are not changed.
 */
export function neutraliseCsvCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export type CsvCell = string | number | null | undefined;

/** A cell as CSV text: numbers with the separator's decimal mark, text neutralised, null empty. */
export function csvCellText(cell: CsvCell, separator: ';' | ','): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return formatCsvValue(cell, separator);
  return neutraliseCsvCell(cell);
}
