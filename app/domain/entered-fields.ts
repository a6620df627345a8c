/**
 * The checks every form applies to a period or a name a person enters, with their messages
 * (i18n/requests.ts): a month lies in the window of periods.ts (2015 to next year), and a name
 * holds no control character (a CR/LF in a name reached e-mail subjects).
 */
import { z } from 'zod';
import { translate } from '#app/i18n/i18n';
import { requests } from '#app/i18n/requests';
import type { Lang } from './lang';
import { FIRST_YEAR, isPeriod, isPeriodInWindow, lastYear } from './periods';

/** C0 and C1 control characters (CR, LF, TAB, NUL, …), and the Unicode line and paragraph separators. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const CONTROL_RE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** The same characters, every run of them (to show a stored name on one line). */
// eslint-disable-next-line no-control-regex -- as above
export const CONTROL_RUNS_RE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

export function hasControlCharacter(value: string): boolean {
  return CONTROL_RE.test(value);
}

export function monthOutOfWindowMessage(lang: Lang): string {
  return translate(requests, lang, 'monthOutOfWindow', { first: FIRST_YEAR, last: lastYear() });
}

export function quarterOutOfWindowMessage(lang: Lang): string {
  return translate(requests, lang, 'quarterOutOfWindow', { first: FIRST_YEAR, last: lastYear() });
}

export function dateOutOfWindowMessage(lang: Lang): string {
  return translate(requests, lang, 'dateOutOfWindow', { first: FIRST_YEAR, last: lastYear() });
}

export function nameControlMessage(lang: Lang): string {
  return translate(requests, lang, 'nameControl');
}

/**
 * A month field: `formatMessage` when it is not 'YYYY-MM', the window's message when its year is
 * outside the window.
 */
export function monthField(lang: Lang, formatMessage: string) {
  return z
    .string({ message: formatMessage })
    .trim()
    .refine(isPeriod, formatMessage)
    .refine((v) => !isPeriod(v) || isPeriodInWindow(v), monthOutOfWindowMessage(lang));
}
