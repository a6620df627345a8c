import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { experiments, regions } from '#db/schema';
import { EXPERIMENT_REGISTER } from '#app/domain/register-definitions';
import { getDb } from '#app/utils/db.server';
import { EXPERIMENT_BOTTLENECK_LINK, hasCode, registerStore } from './registers.server';
import { CLOSED_EXPERIMENT_STATUSES } from '#app/domain/register-codes';

/**
 * The experiments register's queries (list with its filters, find with its linked bottlenecks,
 * create, update, link choices), all from its definition: registerStore in registers.server.ts.
 */
export const experimentStore = registerStore(EXPERIMENT_REGISTER, {
  table: experiments,
  link: EXPERIMENT_BOTTLENECK_LINK.experiment,
});

/** Lessons of closed experiments across regions, newest first: the way regions learn from each other. */
export function listLessons(filters: { principle?: string; theme?: string }) {
  return getDb()
    .select({
      id: experiments.id,
      title: experiments.title,
      regionName: regions.name,
      status: experiments.status,
      outcome: experiments.outcome,
      lessons: experiments.lessons,
      endDate: experiments.endDate,
      principles: experiments.principles,
      themes: experiments.themes,
    })
    .from(experiments)
    .innerJoin(regions, eq(regions.id, experiments.regionId))
    .where(
      and(
        inArray(experiments.status, CLOSED_EXPERIMENT_STATUSES),
        isNotNull(experiments.lessons),
        filters.principle ? hasCode(experiments.principles, filters.principle) : undefined,
        filters.theme ? hasCode(experiments.themes, filters.theme) : undefined,
      ),
    )
    .orderBy(desc(experiments.endDate), asc(experiments.title))
    .all();
}

/** Counts per region and status, and per principle and status (an experiment counts once per principle). */
export function countExperiments() {
  const db = getDb();
  const byRegion = db
    .select({ row: experiments.regionId, col: experiments.status, n: sql<number>`count(*)` })
    .from(experiments)
    .groupBy(experiments.regionId, experiments.status)
    .all();
  const byPrinciple = db.all<{ row: string; col: (typeof experiments.$inferSelect)['status']; n: number }>(
    sql`select p.value as row, e.status as col, count(*) as n
        from experiments e, json_each(e.principles) p
        group by p.value, e.status`,
  );
  return { byRegion, byPrinciple };
}
