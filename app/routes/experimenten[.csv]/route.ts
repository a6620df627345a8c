import type { LoaderFunctionArgs } from '@remix-run/node';
import { csvResponse } from '#app/utils/csv.server';
import { parseExperimentFilters } from '#app/domain/register-filters';
import { EXPERIMENT_FIELDS, registerTable } from '#app/domain/register-fields';
import { listExperiments } from '#app/models/experiments.server';
import { getLang } from '#app/utils/lang.server';
import { requireRegisterReader } from '#app/utils/register-access.server';

/** The experiments register as CSV, with the filters of the list page; its columns follow the field list. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRegisterReader(request, 'experiments');
  const lang = await getLang(request);
  const rows = listExperiments(parseExperimentFilters(new URL(request.url).searchParams));
  const table = registerTable(EXPERIMENT_FIELDS, rows, lang);
  return csvResponse('experimenten.csv', table.header, table.rows);
}
