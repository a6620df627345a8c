import type { IndicatorUnit } from '#app/domain/indicators';
import { formatNumber, unitDigits } from '#app/domain/number-format';
import { type Lang } from '#app/domain/lang';
import { translate } from '#app/i18n/i18n';
import { outcomesText } from '#app/i18n/outcomes';
import { intervalsText } from '#app/i18n/intervals';

/** An indicator value in Dutch (or English) notation: "12,3 %", "1.234,5", "7,5". */
export function formatValue(value: number | null, unit: IndicatorUnit | 'score100', lang: Lang): string {
  if (value === null) return '—';
  // A no-break space keeps "12 %" on one line in narrow table cells.
  if (unit === 'percent') return `${formatNumber(value, lang, 1)}\u00a0%`;
  return formatNumber(value, lang, unitDigits(unit));
}

/**
 * A signed difference or change in an indicator's own unit, one notation everywhere: a share's in
 * percentage points (nl "+3,2 procentpunt", en "+3.2 percentage points"), never "%" or "pp";
 * "−" (minus sign) below zero, "±" at zero, "—" when unknown.
 */
export function formatDifference(value: number | null, unit: IndicatorUnit | 'score100', lang: Lang): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const sign = value > 0 ? '+' : value < 0 ? '−' : '±';
  const digits = unit === 'per100' ? 2 : unit === 'score100' ? 0 : 1;
  const abs = formatNumber(Math.abs(value), lang, digits);
  return unit === 'percent'
    ? `${sign}${abs}\u00a0${translate(outcomesText, lang, 'percentPoints')}`
    : `${sign}${abs}`;
}

/** A count, or the suppressed "<5" string as it came from the server. */
export function formatCount(value: number | string | null, lang: Lang): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  return formatNumber(value, lang, 1);
}

/**
 * A 95 % interval in an indicator's own unit, in brackets after the value it belongs to:
 * "(9,8–15,1)"; limits below zero (a difference) are joined by a word, not a dash, so "−8,1 tot
 * −1,5" cannot be misread. Empty when there is no interval.
 */
export function formatInterval(
  interval: { lower: number; upper: number } | null | undefined,
  unit: IndicatorUnit | 'score100',
  lang: Lang,
): string {
  if (!interval) return '';
  const digits = unit === 'per100' ? 2 : unit === 'score100' ? 0 : 1;
  const f = (v: number) => `${v < 0 ? '−' : ''}${formatNumber(Math.abs(v), lang, digits)}`;
  const signed = interval.lower < 0 || interval.upper < 0;
  const joint = signed ? ` ${translate(intervalsText, lang, 'intervalTo')} ` : '–';
  return `(${f(interval.lower)}${joint}${f(interval.upper)})`;
}

/** A value followed by its interval: "12,3 (9,8–15,1)", "41,2 % (35,0–47,6)". */
export function formatWithInterval(
  value: number | null,
  interval: { lower: number; upper: number } | null | undefined,
  unit: IndicatorUnit | 'score100',
  lang: Lang,
): string {
  const v = formatValue(value, unit, lang);
  return value === null || !interval ? v : `${v} ${formatInterval(interval, unit, lang)}`;
}
