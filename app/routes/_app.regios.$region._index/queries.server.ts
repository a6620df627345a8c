import { asc, eq, sql } from 'drizzle-orm';
import { bottlenecks, experiments } from '../../../db/schema';
import { getDb } from '~/utils/db.server';

/** The region's register entries for its page (registers are readable by every programme role). */
export function listRegionRegisters(regionId: number) {
  const db = getDb();
  return {
    experiments: db
      .select({
        id: experiments.id,
        title: experiments.title,
        status: experiments.status,
        outcome: experiments.outcome,
      })
      .from(experiments)
      .where(eq(experiments.regionId, regionId))
      .orderBy(asc(experiments.title))
      .all(),
    bottlenecks: db
      .select({
        id: bottlenecks.id,
        title: bottlenecks.title,
        status: bottlenecks.status,
        severity: bottlenecks.severity,
      })
      .from(bottlenecks)
      .where(eq(bottlenecks.regionId, regionId))
      .orderBy(sql`${bottlenecks.identifiedDate} desc`)
      .all(),
  };
}
