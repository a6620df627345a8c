/**
 * A region's scope as municipalities (issue 24), as an administrator types it: one municipality a
 * line, its CBS code, and for a part of a municipality the district after a semicolon
 * ("GM0363; Nieuw-West"). Pure: the codes known to the app are passed in.
 */
import { translate } from '#app/i18n/i18n';
import { cbsPage as dict } from '#app/i18n/cbs-page';
import { type Lang } from './lang';

export interface ScopeMunicipality {
  code: string;
  partial: boolean;
  district: string | null;
}

export const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

export function parseScopeMunicipalities(
  input: { effectiveFrom: string; lines: string },
  known: ReadonlySet<string>,
  lang: Lang,
): { ok: true; value: ScopeMunicipality[] } | { ok: false; errors: string[] } {
  const t = (
    key: Parameters<typeof translate<keyof typeof dict.nl>>[2],
    p?: Record<string, string | number>,
  ) => translate(dict, lang, key, p);
  const errors: string[] = [];
  if (!PERIOD.test(input.effectiveFrom.trim())) errors.push(t('scopeMonthInvalid'));
  const out: ScopeMunicipality[] = [];
  const seen = new Set<string>();
  input.lines.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const [codePart = '', ...rest] = line.split(';');
    const code = codePart.trim().toUpperCase();
    const district = rest.join(';').trim();
    if (!/^GM\d{4}$/.test(code))
      return void errors.push(t('scopeCodeInvalid', { line: i + 1, value: codePart.trim() }));
    if (!known.has(code)) return void errors.push(t('scopeCodeUnknown', { line: i + 1, code }));
    if (seen.has(code)) return void errors.push(t('scopeCodeTwice', { line: i + 1, code }));
    if (district.length > 100) return void errors.push(t('scopeDistrictTooLong', { line: i + 1 }));
    seen.add(code);
    out.push({ code, partial: district !== '', district: district === '' ? null : district });
  });
  if (out.length === 0 && errors.length === 0) errors.push(t('scopeNoMunicipalities'));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: out };
}
