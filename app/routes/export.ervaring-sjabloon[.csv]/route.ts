import type { LoaderFunctionArgs } from '@remix-run/node';
import { EXPERIENCE_COLUMNS, experienceTemplateRows } from '#app/domain/experience-csv';
import { lastEndedPeriods } from '#app/models/experience.server';
import { csvResponse } from '#app/utils/csv.server';
import { requireUserWithPermission } from '#app/utils/permissions.server';

/**
 * The experience import's template: every group, route and item of the last ended quarter
 * (clients) and half-year (professionals), counts empty.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithPermission(request, 'import:experience');
  const rows = experienceTemplateRows(lastEndedPeriods(new Date())).map((r) => [
    r.period,
    r.group,
    r.route,
    '',
    '',
    r.item,
    '',
    '',
  ]);
  return csvResponse('ervaring-sjabloon.csv', EXPERIENCE_COLUMNS, rows);
}
