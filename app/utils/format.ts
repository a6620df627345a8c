import { LOCALES, type Lang } from '~/domain/lang';

// Building an Intl formatter costs far more than formatting with it: each is built once per
// language and option. Numbers are written by the one formatter in ~/domain/number-format.
const formatters = new Map<string, Intl.DateTimeFormat>();
function cached<T extends Intl.DateTimeFormat>(key: string, make: () => T): T {
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

// en-GB writes 'Sept'; one three-letter form for every month reads better in tables.
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date in the one format of each language: nl "15-11-2026", en "15 Nov 2026". Takes a
 * date ('YYYY-MM-DD', shown as is) or a moment (ISO timestamp, shown as the day in Dutch time).
 * ISO dates are for CSV and JSON only, never for pages.
 */
export function formatDate(value: string, lang: Lang): string {
  const date = DATE_RE.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const zone = DATE_RE.test(value) ? 'UTC' : 'Europe/Amsterdam';
  const parts = cached(
    `date|${lang}|${zone}`,
    () =>
      new Intl.DateTimeFormat(LOCALES[lang], {
        day: lang === 'nl' ? '2-digit' : 'numeric',
        month: '2-digit',
        year: 'numeric',
        timeZone: zone,
      }),
  ).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return lang === 'nl'
    ? `${part('day')}-${part('month')}-${part('year')}`
    : `${Number(part('day'))} ${EN_MONTHS[Number(part('month')) - 1]} ${part('year')}`;
}

/** A moment in Dutch time, the date as formatDate: nl "28-11-2026 14:05", en "28 Nov 2026, 14:05". */
export function formatDateTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const time = cached(
    `time|${lang}`,
    () =>
      new Intl.DateTimeFormat(LOCALES[lang], {
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZone: 'Europe/Amsterdam',
      }),
  ).format(date);
  return `${formatDate(iso, lang)}${lang === 'nl' ? ' ' : ', '}${time}`;
}
