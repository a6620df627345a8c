import type { LoaderFunctionArgs } from '@remix-run/node';
import { csvResponse } from '#app/utils/csv.server';
import { parseBottleneckFilters } from '#app/domain/register-filters';
import { BOTTLENECK_FIELDS, registerTable } from '#app/domain/register-fields';
import { listBottlenecks } from '#app/models/bottlenecks.server';
import { getLang } from '#app/utils/lang.server';
import { requireRegisterReader } from '#app/utils/register-access.server';

/** The legal bottlenecks register as CSV, with the filters of the list page; its columns follow the field list. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRegisterReader(request, 'bottlenecks');
  const lang = await getLang(request);
  const rows = listBottlenecks(parseBottleneckFilters(new URL(request.url).searchParams));
  const table = registerTable(BOTTLENECK_FIELDS, rows, lang);
  return csvResponse('knelpunten.csv', table.header, table.rows);
}
