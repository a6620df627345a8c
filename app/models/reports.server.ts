import { and, desc, eq } from 'drizzle-orm';
import { reportEvents, reports, users } from '../../db/schema';
import { getDb } from '~/utils/db.server';
import { recordAudit } from './audit.server';

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
  const db = getDb();
  return db.transaction((tx) => {
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
  });
}
