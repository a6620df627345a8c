/**
 * The list page and the CSV export of a register, from its definition and its store: the route
 * files name both (`export const loader = registerListLoader(EXPERIMENT_REGISTER, experimentStore)`).
 */
import { userHasPermission } from '#app/domain/permissions';
import type { LoaderFunctionArgs } from '@remix-run/node';
import type { RegisterDefinition } from '#app/domain/register-definitions';
import { registerTable } from '#app/domain/register-fields';
import { parseRegisterFilters } from '#app/domain/register-filters';
import type { RegisterStore } from '#app/models/registers.server';
import { listRegions } from '#app/models/regions.server';
import { csvResponse } from '#app/utils/csv.server';
import { getLang } from '#app/utils/lang.server';
import { requireRegisterReader } from '#app/utils/register-access.server';

type Filters<D extends RegisterDefinition> = ReturnType<
  typeof parseRegisterFilters<keyof D['filters']['sorts'] & string>
>;
type AnyStore<Row> = Pick<RegisterStore<unknown, Row, never, never>, 'list'>;

/** The filters of the list from the request's address (unknown values switch a filter off). */
export function registerFilters<D extends RegisterDefinition>(register: D, request: Request): Filters<D> {
  return parseRegisterFilters(register.filters, new URL(request.url).searchParams) as Filters<D>;
}

/** The store's entries for these filters (its own filter type: the definition's spec parses exactly those). */
function listEntries<Row>(store: AnyStore<Row>, filters: object): Row[] {
  return (store.list as (f: object) => Row[])(filters);
}

/** The list page: the filters, the regions to filter on, the filtered entries and whether the user may add one. */
export function registerListLoader<D extends RegisterDefinition, Row>(register: D, store: AnyStore<Row>) {
  return async ({ request }: LoaderFunctionArgs) => {
    const user = await requireRegisterReader(request, register.page);
    const filters = registerFilters(register, request);
    const rows = listEntries(store, filters);
    return {
      filters,
      regions: listRegions().map((r) => ({ slug: r.slug, name: r.name })),
      ...({ [register.keys.list]: rows } as { [K in D['keys']['list']]: Row[] }),
      canCreate: userHasPermission(user, 'write:register'),
    };
  };
}

/** The register as CSV, with the filters of the list page; its columns follow the field list. */
export function registerCsvLoader<
  D extends RegisterDefinition,
  Row extends { id: number; regionName: string },
>(register: D, store: AnyStore<Row>) {
  return async ({ request }: LoaderFunctionArgs) => {
    await requireRegisterReader(request, register.page);
    const lang = await getLang(request);
    const rows = listEntries(store, registerFilters(register, request));
    const table = registerTable(register.fields, rows, lang);
    return csvResponse(register.csvFile, table.header, table.rows);
  };
}
