/** What waits for each role on the "Te doen" start page. Access scope in every where clause. */
import { and, asc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { experiments, regions, reports } from '#db/schema';
import { CLOSED_EXPERIMENT_STATUSES } from '#app/domain/register-codes';
import {
  dueDate,
  isPeriodInWindow,
  lastEndedPeriod,
  periodRange,
} from '#app/domain/periods';
import { isOverdue } from '#app/domain/workflow';
import { getDb } from '#app/utils/db.server';

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

/**
 * Months that ended without any report row (nobody started them), per region, with their due date
 * and whether it has passed: they are as overdue as a draft. All active regions, or one region.
 */
export function listMonthsNotStarted(input: { regionId?: number; now: Date; dueDay: number }) {
  const db = getDb();
  const scope = input.regionId === undefined ? eq(regions.active, true) : eq(regions.id, input.regionId);
  const regionRows = db
    .select({ id: regions.id, name: regions.name, slug: regions.slug, start: regions.reportingStart })
    .from(regions)
    .where(scope)
    .orderBy(asc(regions.sortOrder))
    .all();
  const have = new Set(
    db
      .select({ regionId: reports.regionId, period: reports.period })
      .from(reports)
      .innerJoin(regions, eq(regions.id, reports.regionId))
      .where(scope)
      .all()
      .map((r) => `${r.regionId}:${r.period}`),
  );
  const today = input.now.toISOString().slice(0, 10);
  const last = lastEndedPeriod(input.now);
  return regionRows.flatMap((region) =>
    // A stored reporting start outside the window (0000-01) says nothing about which months are
    // due: none are counted (it used to queue 24,278 overdue e-mails) until it is corrected; the
    // managers' and administrators' start pages list it.
    (isPeriodInWindow(region.start, input.now) ? periodRange(region.start, last) : [])
      .filter((period) => !have.has(`${region.id}:${period}`))
      .map((period) => {
        const due = dueDate(period, input.dueDay);
        return {
          regionId: region.id,
          regionName: region.name,
          slug: region.slug,
          period,
          due,
          overdue: isOverdue(null, due, today),
        };
      }),
  );
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

/**
 * The latest quarter whose three months are approved for at least one region: what a reviewer reads.
 * Quarters that have not begun by the last ended month do not count. One aggregate in SQL: it heads
 * the managers' and reviewers' start pages (issue 23's summary), where reading every approved
 * report into JavaScript cost ≈ 9 ms of each view at national scale.
 */
export function latestApprovedQuarter(now: Date): string | null {
  const row = getDb().get<{ quarter: string | null }>(sql`
    select max(quarter) as quarter from (
      select substr(period, 1, 4) || '-Q' || ((cast(substr(period, 6, 2) as integer) + 2) / 3) as quarter
      from reports where status = 'goedgekeurd'
      group by region_id, quarter
      having count(distinct period) = 3 and min(period) <= ${lastEndedPeriod(now)})`);
  return row?.quarter ?? null;
}
