/**
 * A region's baseline of an outcome rate from CBS figures of the pre-pilot years 2019–2022 (issue
 * 24; ADR 024): per outcome with a CBS measure, the rate of the pilot's own municipalities over the
 * whole CBS periods within its baseline and 2019–2022 (domain/cbs-baseline.ts), and a manager's
 * fill, stored as a baseline from reference data (region_reference_baselines, ADR 019) labelled
 * "CBS-basis vóór de pilot", with CBS's table and retrieval date, audited in the same transaction.
 */
import { WRITE_TX } from '#db/client';
import { CBS_MEASURES, CBS_TABLES, type CbsMeasure } from '#app/domain/cbs-catalogue';
import { cbsPrePilotBaseline, type CbsBaseline, type CbsBaselineReason } from '#app/domain/cbs-baseline';
import type { CbsGrain, MissingCell } from '#app/domain/comparison-groups';
import type { Text } from '#app/domain/lang';
import type { Period } from '#app/domain/periods';
import { getDb } from '#app/utils/db.server';
import { listOutcomeCbsMappings } from './comparison-groups.server';
import { SOURCES } from './figure-sources.server';
import { storeReferenceBaseline } from './reference-baselines.server';

/** The stored series code of a baseline from CBS's pre-pilot years. */
export const cbsBaselineSeries = (measure: CbsMeasure) => `cbs-voor-pilot:${measure}`;

export interface CbsBaselineRow {
  /** the outcome code */
  code: string;
  measure: CbsMeasure;
  measureLabel: Text;
  tableId: string;
  baseline: CbsBaseline;
}

/**
 * Per outcome with a CBS measure: its CBS pre-pilot baseline for the region (scope of `month`) over
 * `span` (whole half-years in 2019–2022, up to 48 months: checked by the caller).
 */
export function loadCbsBaselines(regionId: number, span: { from: Period; to: Period }, month: Period) {
  const mappings = listOutcomeCbsMappings();
  if (mappings.length === 0) return [];
  const scope = SOURCES.cbs.regionMunicipalities(regionId, month);
  const changes = SOURCES.cbs.municipalityChanges();
  // the municipalities a merger was made of carry the figures of the years before it (chains too)
  const codes = new Set(scope.map((s) => s.code));
  for (let grown = true; grown;) {
    grown = false;
    for (const ch of changes)
      if (codes.has(ch.newCode) && !codes.has(ch.oldCode)) {
        codes.add(ch.oldCode);
        grown = true;
      }
  }
  const regions = [...codes];
  const population = regions.length ? SOURCES.cbs.cells({ measure: 'population_0_17', regions }) : [];
  return mappings.map((m): CbsBaselineRow => {
    const def = CBS_MEASURES[m.measure];
    const grain: CbsGrain = def.grain === 'year' ? 'year' : 'half-year';
    return {
      code: m.outcomeCode,
      measure: m.measure,
      measureLabel: def.label,
      tableId: def.table,
      baseline: cbsPrePilotBaseline({
        scope,
        baseline: span,
        grain,
        events: regions.length ? SOURCES.cbs.cells({ measure: m.measure, regions }) : [],
        population,
        changes,
      }),
    };
  });
}

export type CbsFillResult =
  | { ok: true; value: number; label: string }
  | { ok: false; reason: CbsBaselineReason | 'code'; missing: MissingCell[] };

/**
 * Fills one outcome's baseline of a region from CBS's pre-pilot years over a checked span, with
 * CBS's count and child-years (the interval of the change against it); audited in the same transaction.
 */
export function fillCbsBaseline(input: {
  regionId: number;
  code: string;
  span: { from: Period; to: Period };
  month: Period;
  userId: number;
}): CbsFillResult {
  const row = loadCbsBaselines(input.regionId, input.span, input.month).find((r) => r.code === input.code);
  if (!row) return { ok: false, reason: 'code', missing: [] };
  const b = row.baseline;
  if (b.reason !== null || b.value === null || b.count === null || b.childYears === null || !b.from || !b.to)
    return { ok: false, reason: b.reason ?? 'unknown', missing: b.missing };
  const table = CBS_TABLES[row.tableId as keyof typeof CBS_TABLES];
  const label = `CBS-basis vóór de pilot: ${row.measureLabel.nl}, eigen gemeenten (${b.periods.join(', ')})`;
  const stored = {
    regionId: input.regionId,
    code: input.code,
    value: b.value,
    periodFrom: b.from,
    periodTo: b.to,
    seriesCode: cbsBaselineSeries(row.measure),
    label,
    source: 'CBS StatLine',
    sourceTable: table.id,
    retrievedOn: SOURCES.comparisonGroups.tableRetrieved(table.id),
    setBy: input.userId,
    setAt: new Date().toISOString(),
    count: b.count,
    childYears: b.childYears,
  };
  getDb().transaction(
    (tx) =>
      storeReferenceBaseline(tx, stored, {
        code: input.code,
        series: stored.seriesCode,
        value: b.value,
        count: b.count,
        childYears: b.childYears,
        from: b.from,
        to: b.to,
      }),
    WRITE_TX,
  );
  return { ok: true, value: b.value, label };
}
