import { data } from '@remix-run/node';
import type { Lang } from '#app/domain/lang';
import { parseScopeMunicipalities } from '#app/domain/region-municipalities';
import { translate } from '#app/i18n/i18n';
import { cbsPage } from '#app/i18n/cbs-page';
import { knownMunicipalityCodes, recordRegionMunicipalities } from '#app/models/region-municipalities.server';
import { getDb } from '#app/utils/db.server';

/** intent=municipalities: a new list of the region's municipalities from a month on, all or nothing. */
export function handleMunicipalities(form: FormData, regionId: number, userId: number, lang: Lang) {
  const db = getDb();
  const effectiveFrom = String(form.get('effectiveFrom') ?? '').trim();
  const lines = String(form.get('municipalities') ?? '');
  const parsed = parseScopeMunicipalities({ effectiveFrom, lines }, knownMunicipalityCodes(db), lang);
  if (!parsed.ok)
    return data(
      {
        result: undefined,
        notice: null,
        intent: 'municipalities' as const,
        municipalityErrors: parsed.errors,
        lines,
      },
      { status: 400 },
    );
  recordRegionMunicipalities(db, { regionId, effectiveFrom, list: parsed.value, userId });
  return {
    result: undefined,
    notice: translate(cbsPage, lang, 'scopeSavedMunicipalities', {
      period: effectiveFrom,
      count: parsed.value.length,
    }),
    intent: 'municipalities' as const,
    municipalityErrors: [] as string[],
    lines: '',
  };
}
