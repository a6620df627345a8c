import type { Lang } from '~/i18n/i18n';

const LOCALES: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A month as words: "oktober 2026" / "October 2026". */
export function formatMonth(period: string, lang: Lang): string {
  const [y, m] = period.split('-').map(Number);
  return new Intl.DateTimeFormat(LOCALES[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, 1)),
  );
}

/** A moment in Dutch time: "28-11-2026 14:05". */
export function formatDateTime(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALES[lang], {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));
}

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits }).format(value);
}
