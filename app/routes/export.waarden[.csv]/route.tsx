import type { LoaderFunctionArgs } from '@remix-run/node';
import { getElement, isEnteredElement } from '#app/domain/catalogue';
import { addMonths, lastEndedPeriod } from '#app/domain/periods';
import { findRegionBySlug } from '#app/models/regions.server';
import { listShownExportValues } from '#app/models/report-export.server';
import { viewerFor } from '#app/models/viewer.server';
import { csvResponse } from '#app/utils/csv.server';
import { getLang } from '#app/utils/lang.server';
import { periodParam } from '#app/utils/period-param.server';
import { redirectOldQueryNames } from '#app/utils/query-names.server';
import { notFound, requireUserWithPermission } from '#app/utils/permissions.server';

/**
 * Data values as CSV for Dutch Excel (see csvResponse; ',' with ?separator=comma).
 * ?region=slug&from=YYYY-MM&to=YYYY-MM (the Dutch names of release 1 are redirected). The scope is in the query (approved only for reviewers);
 * reviewers get the whole quarters that the months touch, with small numbers suppressed.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  redirectOldQueryNames(request);
  const user = await requireUserWithPermission(request, 'read:figures');
  const url = new URL(request.url);
  const slug = url.searchParams.get('region');
  const region = slug ? (findRegionBySlug(slug) ?? notFound()) : undefined;
  const to = await periodParam(request, {
    name: 'to',
    grains: ['month'],
    fallback: () => lastEndedPeriod(new Date()),
  });
  const from = await periodParam(request, {
    name: 'from',
    grains: ['month'],
    fallback: () => addMonths(to, -11),
  });
  const separator = url.searchParams.get('separator') === 'comma' ? ',' : ';';
  const viewer = viewerFor(user);
  const lang = await getLang(request);
  // Reviewers get quarters (see listShownExportValues), decided with the pages' figures.
  // Values once typed under an element that is now derived (closed_12m_ago) stay stored, unexported.
  const values = listShownExportValues({ viewer, regionId: region?.id, from, to }).filter((r) =>
    isEnteredElement(r.elementCode),
  );
  const rows = values.map((r) => [
    r.region,
    r.period,
    r.elementCode,
    getElement(r.elementCode)?.label[lang] ?? '',
    r.value,
    r.status,
  ]);
  return csvResponse(
    `waarden-${region?.slug ?? 'alle'}-${from}-${to}.csv`,
    ['regio', 'periode', 'element', 'naam', 'waarde', 'status'],
    rows,
    { separator },
  );
}
