import type { LoaderFunctionArgs } from '@remix-run/node';
import { csvResponse } from '~/utils/csv.server';
import { parseBottleneckFilters } from '~/domain/register-filters';
import { BOTTLENECK_FIELDS, registerTable } from '~/domain/register-fields';
import { listBottlenecks } from '~/models/bottlenecks.server';
import { getLang } from '~/utils/lang.server';
import { requireRegisterReader } from '~/utils/register-access.server';

/** The legal bottlenecks register as CSV, with the filters of the list page; its columns follow the field list. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRegisterReader(request, 'bottlenecks');
  const lang = await getLang(request);
  const rows = listBottlenecks(parseBottleneckFilters(new URL(request.url).searchParams));
  const table = registerTable(BOTTLENECK_FIELDS, rows, lang);
  return csvResponse('knelpunten.csv', table.header, table.rows);
}
