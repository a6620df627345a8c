import { and, asc, eq, gte, lte, or, type SQL } from 'drizzle-orm';
import { regions, reports, reportValues } from '../../db/schema';
import type { User } from '~/utils/auth.server';
import { getDb } from '~/utils/db.server';

/**
 * The WHERE clause of what a user may export: managers everything; coordinators their own region
 * (drafts included) and approved reports elsewhere; reviewers approved reports only; admins nothing.
 */
function exportScope(user: Pick<User, 'role' | 'regionId'>): SQL | undefined {
  const approved = eq(reports.status, 'goedgekeurd');
  switch (user.role) {
    case 'manager':
      return undefined;
    case 'coordinator':
      return user.regionId ? or(eq(reports.regionId, user.regionId), approved) : approved;
    case 'reviewer':
      return approved;
    default:
      return eq(reports.id, -1);
  }
}

/** Values in the catalogue's order per report, one row per region, month and element. */
export function listExportValues({
  user,
  regionId,
  from,
  to,
}: {
  user: Pick<User, 'role' | 'regionId'>;
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
        exportScope(user),
        regionId === undefined ? undefined : eq(reports.regionId, regionId),
        gte(reports.period, from),
        lte(reports.period, to),
      ),
    )
    .orderBy(asc(regions.sortOrder), asc(reports.period), asc(reportValues.elementCode))
    .all();
}
