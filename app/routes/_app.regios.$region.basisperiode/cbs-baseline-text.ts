import type { MissingCell } from '#app/domain/comparison-groups';
import type { Lang } from '#app/domain/lang';
import { cbsBaselineText as dict } from '#app/i18n/cbs-baseline';
import { translate } from '#app/i18n/i18n';

/** '2021-H1' → "1e halfjaar 2021" / "H1 2021"; a year as itself. */
export function cbsPeriodName(p: string, lang: Lang): string {
  const h = /^(\d{4})-H([12])$/.exec(p);
  return h ? translate(dict, lang, 'halfYear', { year: h[1], half: h[2] }) : p;
}

/** The first five missing cells by municipality and period, and how many more. */
export function missingText(
  missing: readonly MissingCell[],
  names: Record<string, string>,
  lang: Lang,
): string {
  const shown = missing.slice(0, 5).map((m) => `${names[m.code] ?? m.code} ${cbsPeriodName(m.period, lang)}`);
  const more =
    missing.length > shown.length
      ? ` ${translate(dict, lang, 'missingMore', { n: missing.length - shown.length })}`
      : '';
  return `${shown.join(', ')}${more}`;
}

export const REASON_KEY = {
  'no-scope': 'reasonNo-scope',
  'partial-scope': 'reasonPartial-scope',
  'no-period': 'reasonNo-period',
  unknown: 'reasonUnknown',
  code: 'reasonCode',
} as const;
