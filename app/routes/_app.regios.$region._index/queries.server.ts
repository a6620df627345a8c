import { asc, eq, sql } from 'drizzle-orm';
import { bottlenecks, experiments } from '#db/schema';
import { getDb } from '#app/utils/db.server';
import { INDICATORS } from '#app/domain/indicators';
import { differenceSeries } from '#app/domain/reference';
import type { ScoreRow } from '#app/domain/scorecard';
import { missingReason } from '#app/domain/disclosure';
import { listExperimentMarkers } from '#app/models/experiment-effect.server';
import { referenceLinesFor } from '#app/models/references.server';

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

/**
 * The region's indicator charts: every indicator with a stored reference series or named by one of
 * the region's experiments, the region's values (as the viewer may see them: from its scorecards),
 * the reference lines with region − reference, and the experiments' starts and ends.
 */
export function loadRegionIndicatorCharts(regionId: number, quarters: string[], cards: ScoreRow[]) {
  const db = getDb();
  const codes = new Set<string>([
    ...db
      .all<{ code: string }>(
        sql`select distinct indicator_code as code from reference_series where indicator_code is not null`,
      )
      .map((r) => r.code),
    ...db
      .all<{ code: string }>(
        sql`select distinct i.value as code from experiments e, json_each(e.indicators) i where e.region_id = ${regionId}`,
      )
      .map((r) => r.code),
  ]);
  return INDICATORS.filter((i) => codes.has(i.code))
    .map((i) => i.code)
    .map((code) => {
      const values = cards.map((c) => c.indicators[code]?.value ?? null);
      return {
        code,
        values,
        // why a value is absent: hidden (kleine noemer) and unknown look different in the table
        missing: cards.map((c) => missingReason(c.indicators[code])),
        // each value's 95 % interval, from the figures as the viewer sees them
        intervals: cards.map((c) => c.indicators[code]?.interval ?? null),
        references: referenceLinesFor({ indicatorCode: code, periods: quarters })
          .filter((r) => r.values.some((v) => v !== null))
          .map((r) => ({ ...r, difference: differenceSeries(values, r.values) })),
        markers: listExperimentMarkers({ indicatorCode: code, regionIds: [regionId], categories: quarters }),
      };
    });
}
