/** Dutch first, English as the alternative. Codes, URLs and data never change with the language. */
export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'nl';

/** The Intl locale of each language, for every number and date formatter. */
export const LOCALES: Readonly<Record<Lang, string>> = { nl: 'nl-NL', en: 'en-GB' };

/** A text in both interface languages (labels, help texts, messages). */
export type Text = Readonly<Record<Lang, string>>;

export function isLang(value: unknown): value is Lang {
  return value === 'nl' || value === 'en';
}
