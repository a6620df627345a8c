import type { LoaderFunctionArgs } from '@remix-run/node';
import { csvResponse } from '~/utils/csv.server';
import { parseBottleneckFilters } from '~/domain/register-filters';
import {
  BOTTLENECK_STATUS_LABELS,
  LEGAL_FRAMEWORK_LABELS,
  PRINCIPLE_LABELS,
  SEVERITY_LABELS,
  labelOf,
} from '~/domain/register-codes';
import { translate } from '~/i18n/i18n';
import { registers } from '~/i18n/registers';
import { listBottlenecks } from '~/models/bottlenecks.server';
import { getLang } from '~/utils/lang.server';
import { requireRegisterReader } from '~/utils/register-access.server';

/** The legal bottlenecks register as CSV, with the filters of the list page. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRegisterReader(request, 'bottlenecks');
  const lang = await getLang(request);
  const t = (key: Parameters<typeof translate<keyof typeof registers.nl>>[2]) =>
    translate(registers, lang, key);
  const rows = listBottlenecks(parseBottleneckFilters(new URL(request.url).searchParams));
  return csvResponse(
    'knelpunten.csv',
    [
      t('csvId'),
      t('fieldRegion'),
      t('fieldTitle'),
      t('fieldFramework'),
      t('fieldArticle'),
      t('fieldPrinciple'),
      t('fieldSeverity'),
      t('fieldStatus'),
      t('fieldStatusSince'),
      t('fieldIdentifiedDate'),
      t('fieldResolvedDate'),
      t('fieldAge'),
      t('fieldDescription'),
      t('fieldProposedSolution'),
    ],
    rows.map((b) => [
      b.id,
      b.regionName,
      b.title,
      labelOf(LEGAL_FRAMEWORK_LABELS, b.legalFramework, lang),
      b.article,
      labelOf(PRINCIPLE_LABELS, b.principle, lang),
      labelOf(SEVERITY_LABELS, b.severity, lang),
      labelOf(BOTTLENECK_STATUS_LABELS, b.status, lang),
      b.statusSince,
      b.identifiedDate,
      b.resolvedDate,
      b.ageDays,
      b.description,
      b.proposedSolution,
    ]),
  );
}
