import type { LoaderFunctionArgs } from '@remix-run/node';
import { CSV_TEMPLATE_COLUMNS } from '#app/domain/csv-format';
import { DATA_ELEMENTS, isAskedIn } from '#app/domain/catalogue';
import { lastEndedPeriod } from '#app/domain/periods';
import { findRegionById, findRegionBySlug } from '#app/models/regions.server';
import { csvResponse } from '#app/utils/csv.server';
import { getLang } from '#app/utils/lang.server';
import { requireUserWithPermission } from '#app/utils/permissions.server';
import { redirectOldQueryNames } from '#app/utils/query-names.server';

/** The import template (?region=slug): every element of last month for the region, values empty (= unknown). */
export async function loader({ request }: LoaderFunctionArgs) {
  redirectOldQueryNames(request);
  const user = await requireUserWithPermission(request, 'read:figures');
  const slug = new URL(request.url).searchParams.get('region');
  const region =
    (slug ? findRegionBySlug(slug) : undefined) ??
    (user.regionId ? findRegionById(user.regionId) : undefined);
  const period = lastEndedPeriod(new Date());
  const lang = await getLang(request);
  const rows = DATA_ELEMENTS.filter((e) => isAskedIn(e, period)).map((e) => [
    region?.slug ?? 'regio-slug',
    period,
    e.code,
    e.label[lang],
    '',
  ]);
  return csvResponse(`sjabloon-${region?.slug ?? 'regio'}.csv`, CSV_TEMPLATE_COLUMNS, rows);
}
