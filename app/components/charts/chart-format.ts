import type { IndicatorUnit } from '~/domain/indicators';
import { formatNumber } from '~/domain/number-format';
import { type Lang } from '~/domain/lang';

/** An indicator value in Dutch (or English) notation: "12,3 %", "1.234,5", "7,5". */
export function formatValue(value: number | null, unit: IndicatorUnit | 'score100', lang: Lang): string {
  if (value === null) return '—';
  // A no-break space keeps "12 %" on one line in narrow table cells.
  if (unit === 'percent') return `${formatNumber(value, lang, 1)}\u00a0%`;
  if (unit === 'score100') return formatNumber(value, lang, 0);
  return formatNumber(value, lang, unit === 'per100' ? 2 : 1);
}

/** A count, or the suppressed "<5" string as it came from the server. */
export function formatCount(value: number | string | null, lang: Lang): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  return formatNumber(value, lang, 1);
}
