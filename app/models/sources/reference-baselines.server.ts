/**
 * Figure source: baselines filled from reference data (issue 23, item 6; ADR 019). It owns the SQL
 * that reads the stored reference baselines of regions (a region's baseline before its first
 * monthly report, copied from a reference series with its source) and declares the table it reads.
 * Filling and clearing them is app/models/reference-baselines.server.ts.
 */
import { inArray } from 'drizzle-orm';
import { regionReferenceBaselines } from '#db/schema';
import type { ReferenceBaseline } from '#app/domain/reference-baseline';
import { getDb } from '#app/utils/db.server';
import type { FigureSource } from '#app/models/figure-sources.server';

/** The stored reference baselines of these regions, per region and code. */
function readReferenceBaselines(regionIds: readonly number[]): Map<number, Map<string, ReferenceBaseline>> {
  const out = new Map<number, Map<string, ReferenceBaseline>>(regionIds.map((id) => [id, new Map()]));
  if (regionIds.length === 0) return out;
  for (const r of getDb()
    .select()
    .from(regionReferenceBaselines)
    .where(inArray(regionReferenceBaselines.regionId, [...regionIds]))
    .all())
    out.get(r.regionId)?.set(r.code, {
      code: r.code,
      value: r.value,
      from: r.periodFrom,
      to: r.periodTo,
      seriesCode: r.seriesCode,
      label: r.label,
      source: r.source,
      sourceTable: r.sourceTable,
      retrievedOn: r.retrievedOn,
      count: r.count,
      childYears: r.childYears,
    });
  return out;
}

export const referenceBaselinesSource = {
  name: 'baselines filled from reference data (a baseline before the first monthly report)',
  reads: ['region_reference_baselines'],
  baselines: readReferenceBaselines,
} as const satisfies FigureSource;
