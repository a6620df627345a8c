import { LOCALES, type Lang } from './lang';
import type { IndicatorUnit } from './indicators';

/**
 * The one number formatter of the interface: pages, charts, CSV previews and the rules' messages
 * all write numbers through it, so a number reads the same everywhere in a language (nl "1.234,5",
 * en "1,234.5"). Pure: Intl only.
 */

// Building an Intl formatter costs far more than formatting with it; dashboards format thousands of
// figures per page, so each formatter is built once per language and option.
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(
  lang: Lang,
  style: 'decimal' | 'percent',
  maximumFractionDigits: number,
): Intl.NumberFormat {
  const key = `${lang}|${style}|${maximumFractionDigits}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(LOCALES[lang], { style, maximumFractionDigits })));
  return f;
}

/** A number in the page's notation; a value that is not a finite number shows as "—", never "NaN". */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 1): string {
  if (!Number.isFinite(value)) return '—';
  return formatter(lang, 'decimal', maximumFractionDigits).format(value);
}

/** A fraction as a percentage: 0.875 → nl "88%", en "88%"; not finite → "—". */
export function formatPercent(fraction: number, lang: Lang, maximumFractionDigits = 0): string {
  if (!Number.isFinite(fraction)) return '—';
  return formatter(lang, 'percent', maximumFractionDigits).format(fraction);
}

/**
 * A number rounded to what a page writes of it with `maximumFractionDigits` (the same rounding as
 * formatNumber: Intl's, on the shortest decimal of the value), so a page can be sent the shown number instead of all
 * its digits (issue 26, page weight): formatNumber(roundAsShown(v, d), lang, d) = formatNumber(v, lang, d).
 */
export function roundAsShown(value: number, maximumFractionDigits: number): number {
  if (!Number.isFinite(value)) return value;
  return Number(formatter('en', 'decimal', maximumFractionDigits).format(value).replaceAll(',', ''));
}

/** How many decimals a page writes of a value in a unit (formatValue): 2 per 100, 0 a score, else 1. */
export function unitDigits(unit: IndicatorUnit | 'score100'): number {
  return unit === 'per100' ? 2 : unit === 'score100' ? 0 : 1;
}
