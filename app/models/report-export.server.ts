import { and, asc, eq, gte, lte } from 'drizzle-orm';
import { regions, reports, reportValues } from '../../db/schema';
import { getDb } from '~/utils/db.server';
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
