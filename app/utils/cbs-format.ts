/**
 * A CBS period and the CBS cells a figure lacks in words (issue 24): the experiment page's matched
 * group and the baseline page's CBS baseline name them alike.
 */
import type { MissingCell } from '#app/domain/comparison-groups';
import type { Lang } from '#app/domain/lang';
import { cbsCellsText as dict } from '#app/i18n/cbs-cells';
import { translate } from '#app/i18n/i18n';

/** '2024-H1' → "1e halfjaar 2024" / "H1 2024"; a year as itself. */
export function cbsPeriodName(p: string, lang: Lang): string {
  const h = /^(\d{4})-H([12])$/.exec(p);
  return h ? translate(dict, lang, 'halfYear', { year: h[1], half: h[2] }) : p;
}

const REASON = { secret: 'missingSecret', missing: 'missingMissing', split: 'missingSplit' } as const;

/** The first five missing cells by municipality and period (with why, if asked), and how many more. */
export function missingCellsText(
  missing: readonly MissingCell[],
  names: Readonly<Record<string, string>>,
  lang: Lang,
  withReason = false,
): string {
  const shown = missing.slice(0, 5).map((m) => {
    const cell = `${names[m.code] ?? m.code} ${cbsPeriodName(m.period, lang)}`;
    return withReason ? `${cell} (${translate(dict, lang, REASON[m.reason])})` : cell;
  });
  const more =
    missing.length > shown.length
      ? ` ${translate(dict, lang, 'missingMore', { n: missing.length - shown.length })}`
      : '';
  return `${shown.join(', ')}${more}`;
}
