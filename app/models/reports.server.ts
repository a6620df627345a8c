import { and, desc, eq, sql } from 'drizzle-orm';
import { reportEvents, reports, users } from '#db/schema';
import { getDb } from '#app/utils/db.server';
import { latestCompleteQuarter, reportsExpectedInQuarter } from '#app/domain/aggregation';
import type { Period } from '#app/domain/periods';
import { recordAudit } from './audit.server';
import { cachedFigures } from './figures-cache.server';
import { SOURCES } from './figure-sources.server';
import { WRITE_TX } from '#db/client';

/** The reports of one region, newest month first, with who changed each last. */
export function listRegionReports({ regionId }: { regionId: number }) {
  return getDb()
    .select({
      id: reports.id,
      period: reports.period,
      status: reports.status,
      version: reports.version,
      updatedAt: reports.updatedAt,
      updatedByName: users.name,
    })
    .from(reports)
    .leftJoin(users, eq(users.id, reports.updatedBy))
    .where(eq(reports.regionId, regionId))
    .orderBy(desc(reports.period))
    .all();
}

export class ReportExistsError extends Error {}

/** Starts an empty draft for a month; every value unknown until entered. */
export function startReport({
  regionId,
  period,
  userId,
}: {
  regionId: number;
  period: string;
  userId: number;
}) {
  return getDb().transaction((tx) => startReportIn(tx, { regionId, period, userId }), WRITE_TX);
}

/** Starts a month inside a transaction already open (an import that fills the month it starts). */
export function startReportIn(
  tx: Parameters<Parameters<ReturnType<typeof getDb>['transaction']>[0]>[0],
  { regionId, period, userId }: { regionId: number; period: string; userId: number },
): number {
  const existing = tx
    .select({ id: reports.id })
    .from(reports)
    .where(and(eq(reports.regionId, regionId), eq(reports.period, period)))
    .get();
  if (existing) throw new ReportExistsError();
  const report = tx
    .insert(reports)
    .values({ regionId, period, status: 'concept', createdBy: userId, updatedBy: userId })
    .returning({ id: reports.id })
    .get();
  tx.insert(reportEvents)
    .values({ reportId: report.id, fromStatus: null, toStatus: 'concept', userId })
    .run();
  recordAudit(
    {
      userId,
      action: 'report.start',
      entityType: 'report',
      entityId: report.id,
      detail: { regionId, period },
    },
    tx,
  );
  return report.id;
}

// ── Reporting status across regions (dashboards) ─────────────────────────────

/** The latest quarter in which every active region has three approved reports. */
export function findLatestCompleteQuarter(): string | null {
  return cachedFigures('latest-complete-quarter', computeLatestCompleteQuarter);
}

function computeLatestCompleteQuarter(): string | null {
  const { approvedPerQuarter, reportingStarts } = SOURCES.reportValues.approvedReports();
  return latestCompleteQuarter(approvedPerQuarter, (q) => reportsExpectedInQuarter(q, reportingStarts));
}

export interface StatusCount {
  regionId: number;
  status: string;
  n: number;
}

/** Reporting status of the months of a range per region (for the overview). */
export function queryReportStatus(from: Period, to: Period): StatusCount[] {
  return getDb()
    .all<{ region_id: number; status: string; n: number }>(
      sql`select region_id, status, count(*) as n from reports where period between ${from} and ${to}
        group by region_id, status`,
    )
    .map((r) => ({ regionId: r.region_id, status: r.status, n: r.n }));
}

/** The latest month for which any report exists (the month being reported now). */
export function findLatestReportedPeriod(): Period | null {
  return getDb().get<{ p: string | null }>(sql`select max(period) as p from reports`)?.p ?? null;
}
