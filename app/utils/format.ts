import { type Lang } from '~/domain/lang';

const LOCALES: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

// Building an Intl formatter costs far more than formatting with it; dashboards format thousands of
// figures per page, so each formatter is built once per language and option.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}

/** A month as words: "oktober 2026" / "October 2026". */
export function formatMonth(period: string, lang: Lang): string {
  const [y, m] = period.split('-').map(Number);
  return cached(
    `month|${lang}`,
    () => new Intl.DateTimeFormat(LOCALES[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  ).format(new Date(Date.UTC(y, m - 1, 1)));
}

/** A moment in Dutch time: "28-11-2026 14:05". */
export function formatDateTime(iso: string, lang: Lang): string {
  return cached(
    `datetime|${lang}`,
    () =>
      new Intl.DateTimeFormat(LOCALES[lang], {
        dateStyle: 'short',
        timeStyle: 'short',
        timeZone: 'Europe/Amsterdam',
      }),
  ).format(new Date(iso));
}

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 1): string {
  return cached(
    `number|${lang}|${maximumFractionDigits}`,
    () => new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits }),
  ).format(value);
}
