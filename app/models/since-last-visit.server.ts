/**
 * "What changed since your last visit" on a reader's start page: what became visible to this
 * viewer since a moment — newly approved periods per region (whole quarters for a viewer who is
 * shown quarters only), approved quarterly narratives and definition changes. Only approved work,
 * scoped through the one visibility module (viewer.server.ts).
 */
import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import { narratives, regions, reports, users } from '#db/schema';
import { DEFINITION_CHANGES } from '#app/domain/definition-changes';
import { monthsOfQuarter, quarterOf } from '#app/domain/periods';
import { nextVisit } from '#app/domain/visits';
import { getDb } from '#app/utils/db.server';
import { finestGrain, reportScope, type Viewer } from './viewer.server';

/**
 * Records a view of the start page at `now` and returns where its changes start: the end of the
 * previous visit, or null on the user's first visit (see domain/visits.ts).
 */
export function recordStartPageVisit(userId: number, now: Date): { since: string | null } {
  const db = getDb();
  const row = db
    .select({ lastVisitAt: users.lastVisitAt, previousVisitAt: users.previousVisitAt })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  if (!row) return { since: null };
  const next = nextVisit(row, now.toISOString());
  db.update(users)
    .set({ lastVisitAt: next.lastVisitAt, previousVisitAt: next.previousVisitAt })
    .where(eq(users.id, userId))
    .run();
  return { since: next.since };
}

export interface ApprovedPeriod {
  regionName: string;
  slug: string;
  /** 'YYYY-Qn' for a viewer shown quarters only, else 'YYYY-MM' */
  period: string;
}

/** Periods approved after `since` that this viewer may see, per region, oldest first. */
export function listApprovedSince(viewer: Viewer, since: string): ApprovedPeriod[] {
  if (viewer.visibility.kind === 'none') return [];
  const db = getDb();
  const approved = and(eq(reports.status, 'goedgekeurd'), reportScope(viewer));
  const fresh = db
    .select({
      regionId: reports.regionId,
      regionName: regions.name,
      slug: regions.slug,
      period: reports.period,
    })
    .from(reports)
    .innerJoin(regions, eq(regions.id, reports.regionId))
    .where(and(approved, gt(reports.approvedAt, since)))
    .orderBy(asc(reports.period), asc(regions.sortOrder))
    .all();
  if (finestGrain(viewer) === 'month')
    return fresh.map(({ regionName, slug, period }) => ({ regionName, slug, period }));
  // Shown whole quarters only: a quarter is new when its last missing month was approved since.
  const regionIds = [...new Set(fresh.map((r) => r.regionId))];
  const allApproved = new Set(
    regionIds.length === 0
      ? []
      : db
          .select({ regionId: reports.regionId, period: reports.period })
          .from(reports)
          .where(and(approved, inArray(reports.regionId, regionIds)))
          .all()
          .map((r) => `${r.regionId}:${r.period}`),
  );
  const out = new Map<string, ApprovedPeriod>();
  for (const r of fresh) {
    const quarter = quarterOf(r.period);
    const key = `${r.regionId}:${quarter}`;
    if (out.has(key)) continue;
    if (monthsOfQuarter(quarter).every((m) => allApproved.has(`${r.regionId}:${m}`)))
      out.set(key, { regionName: r.regionName, slug: r.slug, period: quarter });
  }
  return [...out.values()].sort((a, b) => a.period.localeCompare(b.period));
}

/** Quarterly narratives approved after `since` (approved ones are visible to every reader). */
export function listNarrativesApprovedSince(viewer: Viewer, since: string) {
  if (viewer.visibility.kind === 'none') return [];
  return getDb()
    .select({ regionName: regions.name, slug: regions.slug, quarter: narratives.quarter })
    .from(narratives)
    .innerJoin(regions, eq(regions.id, narratives.regionId))
    .where(and(eq(narratives.status, 'goedgekeurd'), gt(narratives.approvedAt, since)))
    .orderBy(asc(narratives.quarter), asc(regions.sortOrder))
    .all();
}

/** Definition changes released on or after the day of `since` (they carry a day, not a time). */
export function listDefinitionChangesSince(since: string) {
  return DEFINITION_CHANGES.filter((c) => c.published >= since.slice(0, 10));
}

/** A view of the start page: records the visit and lists what became visible since the last one. */
export function changesSinceLastVisit(viewer: Viewer, userId: number, now: Date) {
  const { since } = recordStartPageVisit(userId, now);
  if (since === null) return { since, changes: null };
  return {
    since,
    changes: {
      approved: listApprovedSince(viewer, since),
      narratives: listNarrativesApprovedSince(viewer, since),
      definitions: listDefinitionChangesSince(since).map(({ indicators, title, what }) => ({
        indicators,
        ...(title ? { title } : {}),
        what,
      })),
    },
  };
}
