/** Reading one monthly report: its values, last month's, the history the outlier rule needs. */
import { aliasedTable, and, asc, desc, eq, gte, lt } from 'drizzle-orm';
import { reportComments, reportEvents, reports, reportValues, users, valueHistory } from '#db/schema';
import { addMonths } from '#app/domain/periods';
import { getDb } from '#app/utils/db.server';

export type ReportValues = Record<string, number | null>;

export function findReport({ regionId, period }: { regionId: number; period: string }) {
  const updater = aliasedTable(users, 'updater');
  return getDb()
    .select({
      id: reports.id,
      regionId: reports.regionId,
      period: reports.period,
      status: reports.status,
      version: reports.version,
      updatedAt: reports.updatedAt,
      updatedByName: updater.name,
      submittedAt: reports.submittedAt,
      approvedAt: reports.approvedAt,
    })
    .from(reports)
    .leftJoin(updater, eq(updater.id, reports.updatedBy))
    .where(and(eq(reports.regionId, regionId), eq(reports.period, period)))
    .get();
}

export function getReportValues({ reportId }: { reportId: number }): ReportValues {
  const rows = getDb()
    .select({ code: reportValues.elementCode, value: reportValues.value })
    .from(reportValues)
    .where(eq(reportValues.reportId, reportId))
    .all();
  return Object.fromEntries(rows.map((r) => [r.code, r.value]));
}

/** The values of the region's report for the month before, if there is one. */
export function getPreviousMonthValues({ regionId, period }: { regionId: number; period: string }) {
  const prev = findReport({ regionId, period: addMonths(period, -1) });
  return prev ? getReportValues({ reportId: prev.id }) : {};
}

/** The values of the region's report for the same month a year earlier, if there is one. */
export function getSameMonthLastYearValues({ regionId, period }: { regionId: number; period: string }) {
  const earlier = findReport({ regionId, period: addMonths(period, -12) });
  return earlier ? getReportValues({ reportId: earlier.id }) : {};
}

/**
 * The region's values of the 12 months before `period`, per element, oldest first (null where a
 * month is missing or unknown): the history the outlier rule compares with.
 */
export function getOutlierHistory({ regionId, period }: { regionId: number; period: string }) {
  const from = addMonths(period, -12);
  const rows = getDb()
    .select({ period: reports.period, code: reportValues.elementCode, value: reportValues.value })
    .from(reportValues)
    .innerJoin(reports, eq(reports.id, reportValues.reportId))
    .where(and(eq(reports.regionId, regionId), gte(reports.period, from), lt(reports.period, period)))
    .orderBy(asc(reports.period))
    .all();
  const months = Array.from({ length: 12 }, (_, i) => addMonths(from, i));
  const out: Record<string, (number | null)[]> = {};
  for (const r of rows) {
    out[r.code] ??= months.map(() => null);
    out[r.code]![months.indexOf(r.period)] = r.value;
  }
  return out;
}

export function listValueHistory({ reportId }: { reportId: number }) {
  return getDb()
    .select({
      id: valueHistory.id,
      elementCode: valueHistory.elementCode,
      oldValue: valueHistory.oldValue,
      newValue: valueHistory.newValue,
      source: valueHistory.source,
      changedAt: valueHistory.changedAt,
      changedByName: users.name,
    })
    .from(valueHistory)
    .leftJoin(users, eq(users.id, valueHistory.changedBy))
    .where(eq(valueHistory.reportId, reportId))
    .orderBy(desc(valueHistory.changedAt), desc(valueHistory.id))
    .all();
}

export function listReportEvents({ reportId }: { reportId: number }) {
  return getDb()
    .select({
      id: reportEvents.id,
      fromStatus: reportEvents.fromStatus,
      toStatus: reportEvents.toStatus,
      reason: reportEvents.reason,
      at: reportEvents.at,
      userName: users.name,
    })
    .from(reportEvents)
    .leftJoin(users, eq(users.id, reportEvents.userId))
    .where(eq(reportEvents.reportId, reportId))
    .orderBy(asc(reportEvents.at), asc(reportEvents.id))
    .all();
}

export function listReportComments({ reportId }: { reportId: number }) {
  return getDb()
    .select({
      id: reportComments.id,
      body: reportComments.body,
      ruleCode: reportComments.ruleCode,
      elementCode: reportComments.elementCode,
      createdAt: reportComments.createdAt,
      userName: users.name,
    })
    .from(reportComments)
    .leftJoin(users, eq(users.id, reportComments.userId))
    .where(eq(reportComments.reportId, reportId))
    .orderBy(asc(reportComments.createdAt), asc(reportComments.id))
    .all();
}
