import type { LoaderFunctionArgs } from '@remix-run/node';
import { stringify } from 'csv-stringify/sync';
import { getElement } from '~/domain/catalogue';
import { formatCsvValue } from '~/domain/csv-format';
import { addMonths, isPeriod, lastEndedPeriod } from '~/domain/periods';
import { findRegionBySlug } from '~/models/regions.server';
import { listShownExportValues } from '~/models/report-export.server';
import { viewerFor } from '~/models/viewer.server';
import { requireUser } from '~/utils/auth.server';
import { getLang } from '~/utils/lang.server';
import { forbidden, notFound } from '~/utils/permissions.server';

/**
 * Data values as CSV for Dutch Excel: UTF-8 with BOM, ';' (or ',' with ?scheiding=komma).
 * ?regio=slug&van=YYYY-MM&tot=YYYY-MM. The scope is in the query (approved only for reviewers);
 * reviewers get the whole quarters that the months touch, with small numbers suppressed.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (user.role === 'admin') forbidden();
  const url = new URL(request.url);
  const slug = url.searchParams.get('regio');
  const region = slug ? (findRegionBySlug(slug) ?? notFound()) : undefined;
  const last = lastEndedPeriod(new Date());
  const to = isPeriod(url.searchParams.get('tot') ?? '') ? url.searchParams.get('tot')! : last;
  const from = isPeriod(url.searchParams.get('van') ?? '')
    ? url.searchParams.get('van')!
    : addMonths(to, -11);
  const separator = url.searchParams.get('scheiding') === 'komma' ? ',' : ';';
  const viewer = viewerFor(user);
  const lang = await getLang(request);
  // Reviewers get quarters (see listShownExportValues), decided with the pages' figures.
  const values = listShownExportValues({ viewer, regionId: region?.id, from, to });
  const rows = values.map((r) => {
    const v = r.value;
    const cell = typeof v === 'string' ? v : formatCsvValue(v, separator);
    return [r.region, r.period, r.elementCode, getElement(r.elementCode)?.label[lang] ?? '', cell, r.status];
  });
  const body = stringify([['regio', 'periode', 'element', 'naam', 'waarde', 'status'], ...rows], {
    delimiter: separator,
    record_delimiter: 'windows',
  });
  return new Response(`\uFEFF${body}`, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="waarden-${region?.slug ?? 'alle'}-${from}-${to}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
