import { ELEMENT_CODES } from '#app/domain/catalogue';
import { DEFINITION_CHANGES, definitionChangeKey } from '#app/domain/definition-changes';
import { elementHelpTexts } from '#app/domain/element-help.server';
import { INDICATORS } from '#app/domain/indicators';
import { indicatorTexts } from '#app/domain/indicator-texts.server';
import type { Lang } from '#app/domain/lang';
import type { ChangeLogRow } from './indicator-help';

/**
 * The long texts of the help page in the user's language, from its loader: every indicator's
 * explanation and source, every element's help text and the definitions' change log. Kept out of the
 * browser's JavaScript, where they were loaded by every page that imports the catalogue or the
 * indicators (issue 26).
 */
export function helpPageTexts(lang: Lang) {
  return {
    indicatorTexts: Object.fromEntries(INDICATORS.map((i) => [i.code, indicatorTexts(i.code, lang)])),
    elementHelp: elementHelpTexts(ELEMENT_CODES, lang),
    changes: changeLogRows(lang),
  };
}

/** The change log as its table shows it: a change names its title, or else its indicators. */
export function changeLogRows(lang: Lang): ChangeLogRow[] {
  const name = (code: string) => INDICATORS.find((i) => i.code === code)?.label[lang] ?? code;
  return DEFINITION_CHANGES.map((c) => ({
    key: definitionChangeKey(c),
    name: c.title ? c.title[lang] : c.indicators.map(name).join(', '),
    since: c.since,
    what: c.what[lang],
    why: c.why[lang],
    storedMonths: c.storedMonths[lang],
  }));
}
