import type { LoaderFunctionArgs } from '@remix-run/node';
import { csvResponse } from '~/utils/csv.server';
import { parseExperimentFilters } from '~/domain/register-filters';
import {
  EXPERIMENT_STATUS_LABELS,
  OUTCOME_LABELS,
  PARTNER_LABELS,
  PRINCIPLE_LABELS,
  THEME_LABELS,
  labelOf,
} from '~/domain/register-codes';
import { translate } from '~/i18n/i18n';
import { registers } from '~/i18n/registers';
import { listExperiments } from '~/models/experiments.server';
import { getLang } from '~/utils/lang.server';
import { requireRegisterReader } from '~/utils/register-access.server';

/** The experiments register as CSV, with the filters of the list page. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRegisterReader(request, 'experiments');
  const lang = await getLang(request);
  const t = (key: Parameters<typeof translate<keyof typeof registers.nl>>[2]) =>
    translate(registers, lang, key);
  const rows = listExperiments(parseExperimentFilters(new URL(request.url).searchParams));
  const list = (labels: Parameters<typeof labelOf>[0], codes: string[]) =>
    codes.map((c) => labelOf(labels, c, lang)).join(', ');
  return csvResponse(
    'experimenten.csv',
    [
      t('csvId'),
      t('fieldRegion'),
      t('fieldTitle'),
      t('fieldStatus'),
      t('fieldStatusSince'),
      t('fieldStartDate'),
      t('fieldEndDate'),
      t('fieldPrinciples'),
      t('fieldThemes'),
      t('fieldPartners'),
      t('fieldHypothesis'),
      t('fieldDescription'),
      t('fieldOutcome'),
      t('fieldLessons'),
    ],
    rows.map((e) => [
      e.id,
      e.regionName,
      e.title,
      labelOf(EXPERIMENT_STATUS_LABELS, e.status, lang),
      e.statusSince,
      e.startDate,
      e.endDate,
      list(PRINCIPLE_LABELS, e.principles),
      list(THEME_LABELS, e.themes),
      list(PARTNER_LABELS, e.partners),
      e.hypothesis,
      e.description,
      e.outcome ? labelOf(OUTCOME_LABELS, e.outcome, lang) : null,
      e.lessons,
    ]),
  );
}
