import { and, asc, eq, gte, lte } from 'drizzle-orm';
import { regions, reports, reportValues } from '#db/schema';
import { getDb } from '#app/utils/db.server';
import { bucketsBetween } from '#app/domain/aggregation';
import { DATA_ELEMENTS } from '#app/domain/catalogue';
import type { ShownCount } from '#app/domain/disclosure';
import { loadElementValues } from './figures.server';
import { listRegions } from './regions.server';
import { reportScope, type Viewer } from './viewer.server';

/** Values the viewer may see, in the catalogue's order per report, one row per region, month and element. */
export function listExportValues({
  viewer,
  regionId,
  from,
  to,
}: {
  viewer: Viewer;
  regionId?: number;
  from: string;
  to: string;
}) {
  return getDb()
    .select({
      region: regions.slug,
      period: reports.period,
      status: reports.status,
      elementCode: reportValues.elementCode,
      value: reportValues.value,
    })
    .from(reportValues)
    .innerJoin(reports, eq(reports.id, reportValues.reportId))
    .innerJoin(regions, eq(regions.id, reports.regionId))
    .where(
      and(
        reportScope(viewer),
        regionId === undefined ? undefined : eq(reports.regionId, regionId),
        gte(reports.period, from),
        lte(reports.period, to),
      ),
    )
    .orderBy(asc(regions.sortOrder), asc(reports.period), asc(reportValues.elementCode))
    .all();
}

/**
 * The value export's rows as this viewer may see them. Exact monthly values for managers and
 * coordinators. For suppressed viewers (reviewers) one row per region, quarter and element, with
 * the quarter's element values as the pages show them (flows summed, stocks at the quarter's last
 * level), suppressed together with the quarter's figures: monthly values beside the pages' exact
 * quarter sums would give away every "<5" (16 − 6 − 6 = 4).
 */
export function listShownExportValues(q: {
  viewer: Viewer;
  regionId?: number;
  from: string;
  to: string;
}): { region: string; period: string; elementCode: string; value: ShownCount; status: string }[] {
  if (!q.viewer.suppress) return listExportValues(q);
  const quarters = bucketsBetween(q.from, q.to, 'quarter');
  const regions = listRegions().filter((r) => q.regionId === undefined || r.id === q.regionId);
  const rows = [];
  for (const quarter of quarters) {
    const values = loadElementValues(q.viewer, quarter);
    for (const region of regions) {
      const v = values.get(region.id);
      if (!v || Object.values(v).every((x) => x === null)) continue;
      for (const e of DATA_ELEMENTS)
        if (v[e.code] !== null && v[e.code] !== undefined)
          rows.push({
            region: region.slug,
            period: quarter,
            elementCode: e.code,
            value: v[e.code],
            status: 'goedgekeurd',
          });
    }
  }
  return rows;
}
