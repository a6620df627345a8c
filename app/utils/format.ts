import { LOCALES, type Lang } from '#app/domain/lang';

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

/** A quarter in words: nl "3e kwartaal 2026", en "Q3 2026" ('2026-Q3'; anything else as it is). */
export function formatQuarter(quarter: string, lang: Lang): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!m) return quarter;
  return lang === 'nl' ? `${m[2]}e kwartaal ${m[1]}` : `Q${m[2]} ${m[1]}`;
}

/**
 * Any period a page names, in words: a month ('2026-10': "oktober 2026"), a quarter ('2026-Q3':
 * "3e kwartaal 2026" / "Q3 2026"), a year ('2026') or a range of months ('2026-01–2026-10' or '2026-01..2026-10':
 * "januari 2026 – oktober 2026"). Codes such as '2026-Q3' are for addresses, CSV and JSON only.
 */
export function formatPeriodLabel(period: string, lang: Lang): string {
  if (/^\d{4}-\d{2}$/.test(period)) return formatMonth(period, lang);
  if (/^\d{4}-Q[1-4]$/.test(period)) return formatQuarter(period, lang);
  const half = /^(\d{4})-H([12])$/.exec(period);
  if (half) return lang === 'nl' ? `${half[2]}e halfjaar ${half[1]}` : `H${half[2]} ${half[1]}`;
  const range = /^(\d{4}-\d{2})(?:[–-]|\.\.)(\d{4}-\d{2})$/.exec(period);
  if (range) return `${formatMonth(range[1]!, lang)} – ${formatMonth(range[2]!, lang)}`;
  return period;
}

const UNIT_WORDS: Record<string, { nl: string; en: string }> = {
  percent: { nl: 'procent', en: 'per cent' },
  days: { nl: 'dagen', en: 'days' },
  number: { nl: 'aantal', en: 'number' },
  count: { nl: 'aantal', en: 'count' },
  per100: { nl: 'per 100', en: 'per 100' },
  per10000: { nl: 'per 10.000', en: 'per 10,000' },
  rate: { nl: 'verhouding', en: 'ratio' },
  score: { nl: 'cijfer 1–10', en: 'score 1–10' },
};

/** A unit code of an indicator or a reference series in words ('percent': "procent"). */
export function formatUnit(unit: string, lang: Lang): string {
  return UNIT_WORDS[unit]?.[lang] ?? unit;
}
