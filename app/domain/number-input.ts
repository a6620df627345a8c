/**
 * How a typed number is read, one rule for the whole app (issue 10):
 *
 * - Dutch: the decimal separator is a comma, a point groups thousands. English: the other way round.
 * - A count (whole numbers) accepts grouped thousands: nl `1.234` and en `1,234` are 1234.
 * - A decimal field requires the language's decimal separator and refuses the other one with its
 *   own message, so nl `61.5` (or `1.234`) is never read silently as 61.5 (or 1.234).
 *
 * Pure: no database, no Remix, no React.
 */
import type { Unit } from './catalogue';
import type { Lang } from './lang';

export type NumberReading =
  { ok: true; value: number | null } | { ok: false; problem: 'notNumber' | 'decimalSeparator' };

const SEPARATORS: Record<Lang, { decimal: string; group: string }> = {
  nl: { decimal: ',', group: '.' },
  en: { decimal: '.', group: ',' },
};

const esc = (c: string) => (c === '.' ? '\\.' : c);

/** An empty field is unknown (null); a value that cannot be read says why. */
export function readEnteredNumber(raw: unknown, unit: Unit, lang: Lang): NumberReading {
  if (raw === undefined || raw === null) return { ok: true, value: null };
  let s = String(raw).trim();
  // A space (or a no-break space) may group thousands in both languages: 1 234.
  if (/^-?\d{1,3}([ \u00a0]\d{3})+([.,]\d+)?$/.test(s)) s = s.replace(/[ \u00a0]/g, '');
  if (s === '') return { ok: true, value: null };
  const { decimal, group } = SEPARATORS[lang];
  const d = esc(decimal);
  const g = esc(group);
  const plain = new RegExp(`^-?\\d+(${d}\\d+)?$`);
  if (plain.test(s)) return { ok: true, value: Number(s.replace(decimal, '.')) };
  if (unit === 'count') {
    const grouped = new RegExp(`^-?\\d{1,3}(${g}\\d{3})+$`);
    if (grouped.test(s)) return { ok: true, value: Number(s.split(group).join('')) };
    return { ok: false, problem: 'notNumber' };
  }
  // A decimal field with the other separator: say which one to use instead of guessing.
  if (new RegExp(`^-?[\\d${d}${g}]*\\d$`).test(s) && s.includes(group))
    return { ok: false, problem: 'decimalSeparator' };
  return { ok: false, problem: 'notNumber' };
}

/**
 * A value in an imported CSV file, written by Excel or by another system: a comma or a point is a
 * decimal separator, except that a point grouping thousands (1.234) is 1234 in a count and refused
 * as ambiguous in a decimal element, never read as 1.234.
 */
export function readCsvNumber(raw: string, unit: Unit): NumberReading | { ok: false; problem: 'ambiguous' } {
  const s = raw.trim();
  if (s === '') return { ok: true, value: null };
  if (/^-?\d{1,3}(\.\d{3})+$/.test(s))
    return unit === 'count'
      ? { ok: true, value: Number(s.split('.').join('')) }
      : { ok: false, problem: 'ambiguous' };
  if (/^-?\d+([.,]\d+)?$/.test(s)) return { ok: true, value: Number(s.replace(',', '.')) };
  return { ok: false, problem: 'notNumber' };
}

/** The text a stored value shows in an input: a decimal comma in Dutch. */
export function formatEnteredNumber(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return lang === 'nl' ? s.replace('.', ',') : s;
}
