/**
 * Baselines filled from reference data (issue 23, item 6; ADR 019): a region's baseline before its
 * first monthly report cannot come from its months, so a manager fills an indicator's or outcome's
 * baseline from a stored reference series of the same unit. The value is the mean of the series'
 * values within the baseline months (domain/reference-baseline.ts), copied with its source.
 */
import { and, eq } from 'drizzle-orm';
import { regionReferenceBaselines } from '#db/schema';
import { referenceBaselineValue } from '#app/domain/reference-baseline';
import { getDb } from '#app/utils/db.server';
import { WRITE_TX, type AppDatabase } from '#db/client';
import { recordAudit } from './audit.server';
import { readSeriesWithValues } from './references.server';

/** The reference series that can fill a code's baseline (same indicator or outcome), with their values. */
export function listFillableSeries(codes: readonly string[]) {
  const { series, values } = readSeriesWithValues(codes, 'indicatorCode');
  return series.map((s) => ({
    ...s,
    values: values.filter((v) => v.seriesId === s.id).map((v) => ({ period: v.period, value: v.value })),
  }));
}

export type FillResult =
  { ok: true; value: number; label: string } | { ok: false; reason: 'series' | 'noValues' };

/**
 * Fills one code's baseline of a region from a series over the region's baseline months, or clears
 * it (`seriesCode` null); audited in the same transaction.
 */
export function fillReferenceBaseline(input: {
  regionId: number;
  code: string;
  seriesCode: string | null;
  baseline: { from: string; to: string };
  userId: number;
}): FillResult {
  const db = getDb();
  return db.transaction((tx) => {
    const where = and(
      eq(regionReferenceBaselines.regionId, input.regionId),
      eq(regionReferenceBaselines.code, input.code),
    );
    const before = tx.select().from(regionReferenceBaselines).where(where).get();
    if (input.seriesCode === null) {
      tx.delete(regionReferenceBaselines).where(where).run();
      recordAudit(
        {
          userId: input.userId,
          action: 'region.reference_baseline',
          entityType: 'region',
          entityId: input.regionId,
          detail: { code: input.code, cleared: before?.seriesCode ?? null },
        },
        tx,
      );
      return { ok: true as const, value: 0, label: before?.label ?? '' };
    }
    const series = listFillableSeries([input.code]).find((s) => s.code === input.seriesCode);
    if (!series) return { ok: false as const, reason: 'series' as const };
    const value = referenceBaselineValue(series.values, input.baseline);
    if (value === null) return { ok: false as const, reason: 'noValues' as const };
    const row = {
      regionId: input.regionId,
      code: input.code,
      value,
      periodFrom: input.baseline.from,
      periodTo: input.baseline.to,
      seriesCode: series.code,
      label: series.label,
      source: series.source,
      sourceTable: series.sourceTable,
      retrievedOn: series.retrievedOn,
      setBy: input.userId,
      setAt: new Date().toISOString(),
      // a typed series has no counts: replacing a CBS baseline leaves none of its counts behind
      count: null,
      childYears: null,
    };
    storeReferenceBaseline(tx, row, {
      code: input.code,
      series: series.code,
      value,
      from: input.baseline.from,
      to: input.baseline.to,
    });
    return { ok: true as const, value, label: series.label };
  }, WRITE_TX);
}

/**
 * Stores (or replaces) one code's filled baseline of a region with its audit entry, in the caller's
 * transaction: the fill from a reference series above and the one from CBS's pre-pilot years.
 */
export function storeReferenceBaseline(
  tx: Pick<AppDatabase, 'insert'>,
  row: typeof regionReferenceBaselines.$inferInsert & { setBy: number },
  detail: Record<string, unknown>,
): void {
  tx.insert(regionReferenceBaselines)
    .values(row)
    .onConflictDoUpdate({
      target: [regionReferenceBaselines.regionId, regionReferenceBaselines.code],
      set: row,
    })
    .run();
  recordAudit(
    {
      userId: row.setBy,
      action: 'region.reference_baseline',
      entityType: 'region',
      entityId: row.regionId,
      detail,
    },
    tx,
  );
}
