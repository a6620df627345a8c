import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import { regions, reports } from '#db/schema';
import { getDb } from '#app/utils/db.server';

/**
 * Status and submission moment of every report in a month range, for the given regions (the
 * caller's scope: all regions for a manager, their own for a coordinator).
 */
export function listReportStatuses({
  regionIds,
  from,
  to,
}: {
  regionIds: number[];
  from: string;
  to: string;
}) {
  if (regionIds.length === 0) return [];
  return getDb()
    .select({
      regionId: reports.regionId,
      period: reports.period,
      status: reports.status,
      submittedAt: reports.submittedAt,
    })
    .from(reports)
    .innerJoin(regions, eq(regions.id, reports.regionId))
    .where(and(inArray(reports.regionId, regionIds), gte(reports.period, from), lte(reports.period, to)))
    .orderBy(asc(reports.regionId), asc(reports.period))
    .all();
}
