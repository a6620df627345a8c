import { sql, type SQL } from 'drizzle-orm';
import { bottlenecks } from '#db/schema';
import { BOTTLENECK_REGISTER } from '#app/domain/register-definitions';
import { bottleneckAgeDays } from '#app/domain/registers';
import { getDb } from '#app/utils/db.server';
import { EXPERIMENT_BOTTLENECK_LINK, registerStore } from './registers.server';
import { CLOSING_BOTTLENECK_STATUSES, isClosingBottleneckStatus } from '#app/domain/register-codes';

/** Age in days in SQL, the same rule as bottleneckAgeDays: to the resolved date once closed, else to today. */
function ageSql(today: string): SQL<number> {
  const closing = sql.join(
    CLOSING_BOTTLENECK_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  );
  return sql<number>`cast(julianday(case when ${bottlenecks.status} in (${closing}) and ${bottlenecks.resolvedDate} is not null then ${bottlenecks.resolvedDate} else ${today} end) - julianday(${bottlenecks.identifiedDate}) as integer)`;
}

/**
 * The bottlenecks register's queries (list with its filters and each one's age, find with its
 * linked experiments and age, create, update, link choices), from its definition: registerStore in
 * registers.server.ts.
 */
export const bottleneckStore = registerStore(BOTTLENECK_REGISTER, {
  table: bottlenecks,
  link: EXPERIMENT_BOTTLENECK_LINK.bottleneck,
  computed: (today) => ({ ageDays: ageSql(today) }),
  more: (bottleneck, today) => ({ ageDays: bottleneckAgeDays(bottleneck, today) }),
  // Only a closed bottleneck has a resolved date: reopening one clears it.
  columns: (input) => ({
    resolvedDate: isClosingBottleneckStatus(input.status as string) ? (input.resolvedDate ?? null) : null,
  }),
});

/** Counts per legal framework and status, and per region and status (GROUP BY in SQL). */
export function countBottlenecks() {
  const db = getDb();
  const byFramework = db
    .select({ row: bottlenecks.legalFramework, col: bottlenecks.status, n: sql<number>`count(*)` })
    .from(bottlenecks)
    .groupBy(bottlenecks.legalFramework, bottlenecks.status)
    .all();
  const byRegion = db
    .select({ row: bottlenecks.regionId, col: bottlenecks.status, n: sql<number>`count(*)` })
    .from(bottlenecks)
    .groupBy(bottlenecks.regionId, bottlenecks.status)
    .all();
  return { byFramework, byRegion };
}

/** Dates and status of every bottleneck, for the median age (a median does not GROUP BY in SQLite). */
export function listBottleneckAges() {
  return getDb()
    .select({
      group: bottlenecks.regionId,
      status: bottlenecks.status,
      identifiedDate: bottlenecks.identifiedDate,
      resolvedDate: bottlenecks.resolvedDate,
    })
    .from(bottlenecks)
    .all();
}
