/** What waits for each role on the "Te doen" start page. Access scope in every where clause. */
import { and, asc, desc, eq, inArray, isNull, lt, or } from 'drizzle-orm';
import { experiments, regions, reports } from '../../db/schema';
import { CLOSED_EXPERIMENT_STATUSES } from '~/domain/register-codes';
import { dueDate, lastEndedPeriod, periodRange, quarterOf, monthsOfQuarter } from '~/domain/periods';
import { isOverdue } from '~/domain/workflow';
import { getDb } from '~/utils/db.server';

const IN_PROGRESS = ['concept', 'teruggestuurd'] as const;

/** Reports in progress (draft or returned) with their due date and whether they are overdue. */
export function listOpenReports(input: { regionId?: number; today: string; dueDay: number }) {
  return getDb()
    .select({ period: reports.period, status: reports.status, regionName: regions.name, slug: regions.slug })
    .from(reports)
    .innerJoin(regions, eq(regions.id, reports.regionId))
    .where(
      and(
        inArray(reports.status, [...IN_PROGRESS]),
        input.regionId === undefined ? undefined : eq(reports.regionId, input.regionId),
      ),
    )
    .orderBy(asc(reports.period), asc(regions.sortOrder))
    .all()
    .map((r) => {
      const due = dueDate(r.period, input.dueDay);
      return { ...r, due, overdue: isOverdue(r.status, due, input.today) };
    });
}

/** Months of the region since it started reporting that have no report at all yet. */
export function listMonthsNotStarted(input: { regionId: number; now: Date }) {
  const region = getDb().select().from(regions).where(eq(regions.id, input.regionId)).get();
  if (!region) return [];
  const have = new Set(
    getDb()
      .select({ period: reports.period })
      .from(reports)
      .where(eq(reports.regionId, input.regionId))
      .all()
      .map((r) => r.period),
  );
  return periodRange(region.reportingStart, lastEndedPeriod(input.now)).filter((p) => !have.has(p));
}

/** The region's experiments that ended (closed, or past their end date) without an evaluated outcome. */
export function listExperimentsAwaitingEvaluation(input: { regionId: number; today: string }) {
  return getDb()
    .select({ id: experiments.id, title: experiments.title, status: experiments.status })
    .from(experiments)
    .where(
      and(
        eq(experiments.regionId, input.regionId),
        isNull(experiments.outcome),
        or(
          inArray(experiments.status, [...CLOSED_EXPERIMENT_STATUSES]),
          lt(experiments.endDate, input.today),
        ),
      ),
    )
    .orderBy(asc(experiments.id))
    .all();
}

/** The latest quarter whose three months are approved for at least one region: what a reviewer reads. */
export function latestApprovedQuarter(now: Date): string | null {
  const approved = getDb()
    .select({ period: reports.period, regionId: reports.regionId })
    .from(reports)
    .where(eq(reports.status, 'goedgekeurd'))
    .orderBy(desc(reports.period))
    .all();
  const byRegion = new Map<number, Set<string>>();
  for (const r of approved) {
    if (!byRegion.has(r.regionId)) byRegion.set(r.regionId, new Set());
    byRegion.get(r.regionId)!.add(r.period);
  }
  let best: string | null = null;
  for (const periods of byRegion.values())
    for (const p of periods) {
      const q = quarterOf(p);
      if (p > lastEndedPeriod(now)) continue;
      if (monthsOfQuarter(q).every((m) => periods.has(m)) && (best === null || q > best)) best = q;
    }
  return best;
}
