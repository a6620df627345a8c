/**
 * Reference series: the dry run and the all-or-nothing import of a reference CSV (reusing the
 * reports' CSV reader), and the series the charts draw. A dry run returns a token over the stored
 * state of the series it touches; the import refuses (409) when that state changed in between.
 */
import crypto from 'node:crypto';
import { asc, eq, inArray, isNotNull, and } from 'drizzle-orm';
import { referenceSeries, referenceValues } from '#db/schema';
import type { Lang } from '#app/domain/lang';
import { parseReferenceRecords, type ReferenceError, type ReferenceRow } from '#app/domain/reference';
import { getDb } from '#app/utils/db.server';
import { recordAudit } from './audit.server';
import { readCsv } from './report-import.server';
import { WRITE_TX } from '#db/client';

export interface ReferenceChange {
  line: number;
  code: string;
  label: string;
  period: string;
  oldValue: number | null;
  newValue: number | null;
  isNew: boolean;
}

export interface ReferencePlan {
  errors: ReferenceError[];
  changes: ReferenceChange[];
  rows: ReferenceRow[];
  token: string;
}

/**
 * Reference series (in code order) and their values (per series, in period order): those with
 * these codes (`by: 'code'`) or those that fill these indicators' and outcomes' baselines.
 */
export function readSeriesWithValues(codes: readonly string[], by: 'code' | 'indicatorCode') {
  const db = getDb();
  const series = codes.length
    ? db
        .select()
        .from(referenceSeries)
        .where(inArray(referenceSeries[by], [...codes]))
        .orderBy(asc(referenceSeries.code))
        .all()
    : [];
  const values = series.length
    ? db
        .select()
        .from(referenceValues)
        .where(
          inArray(
            referenceValues.seriesId,
            series.map((s) => s.id),
          ),
        )
        .orderBy(asc(referenceValues.seriesId), asc(referenceValues.period))
        .all()
    : [];
  return { series, values };
}

/** The stored state of some series (metadata and values), as a short hash. */
function stateToken(codes: string[]): string {
  const { series, values } = readSeriesWithValues(codes, 'code');
  return crypto
    .createHash('sha256')
    .update(JSON.stringify([series.map((s) => [s.code, s.updatedAt, s.retrievedOn]), values]))
    .digest('hex')
    .slice(0, 16);
}

export function planReferenceImport({ text, lang }: { text: string; lang: Lang }): ReferencePlan {
  const read = readCsv(text);
  if (read.error) return { errors: [read.error], changes: [], rows: [], token: '' };
  const { rows, errors } = parseReferenceRecords(read.records, lang);
  const codes = [...new Set(rows.map((r) => r.code))];
  const db = getDb();
  const stored = new Map<string, number | null>();
  const known = new Set<string>();
  if (codes.length) {
    for (const s of db.select().from(referenceSeries).where(inArray(referenceSeries.code, codes)).all())
      known.add(s.code);
    for (const v of db
      .select({ code: referenceSeries.code, period: referenceValues.period, value: referenceValues.value })
      .from(referenceValues)
      .innerJoin(referenceSeries, eq(referenceSeries.id, referenceValues.seriesId))
      .where(inArray(referenceSeries.code, codes))
      .all())
      stored.set(`${v.code}|${v.period}`, v.value);
  }
  const changes: ReferenceChange[] = [];
  for (const r of rows) {
    const key = `${r.code}|${r.period}`;
    const has = stored.has(key);
    const old = stored.get(key) ?? null;
    if (!has || old !== r.value)
      changes.push({
        line: r.line,
        code: r.code,
        label: r.label,
        period: r.period,
        oldValue: old,
        newValue: r.value,
        isNew: !known.has(r.code),
      });
  }
  return { errors, changes, rows, token: stateToken(codes) };
}

export class ReferenceConflictError extends Error {}

/** Writes every row of a clean plan in one transaction, or nothing. */
export function applyReferenceImport({
  plan,
  token,
  userId,
}: {
  plan: ReferencePlan;
  token: string;
  userId: number;
}): { changes: number } {
  const db = getDb();
  const codes = [...new Set(plan.rows.map((r) => r.code))];
  return db.transaction((tx) => {
    if (stateToken(codes) !== token) throw new ReferenceConflictError();
    const now = new Date().toISOString();
    for (const code of codes) {
      const first = plan.rows.find((r) => r.code === code)!;
      const meta = {
        label: first.label,
        indicatorCode: first.indicatorCode,
        source: first.source,
        sourceTable: first.sourceTable,
        retrievedOn: first.retrievedOn,
        unit: first.unit,
        illustrative: false,
        updatedAt: now,
        updatedBy: userId,
      };
      const series = tx
        .insert(referenceSeries)
        .values({ code, ...meta })
        .onConflictDoUpdate({ target: referenceSeries.code, set: meta })
        .returning()
        .get();
      for (const r of plan.rows.filter((x) => x.code === code))
        tx.insert(referenceValues)
          .values({ seriesId: series.id, period: r.period, value: r.value })
          .onConflictDoUpdate({
            target: [referenceValues.seriesId, referenceValues.period],
            set: { value: r.value },
          })
          .run();
    }
    recordAudit(
      {
        userId,
        action: 'reference.import',
        entityType: 'reference_series',
        entityId: codes.join(','),
        detail: { rows: plan.rows.length, changes: plan.changes.length },
      },
      tx,
    );
    return { changes: plan.changes.length };
  }, WRITE_TX);
}

export function listReferenceSeries() {
  const db = getDb();
  const series = db.select().from(referenceSeries).orderBy(asc(referenceSeries.code)).all();
  const values = db.select().from(referenceValues).orderBy(asc(referenceValues.period)).all();
  return series.map((s) => {
    const own = values.filter((v) => v.seriesId === s.id);
    return {
      ...s,
      values: own.map((v) => ({ period: v.period, value: v.value })),
    };
  });
}

export interface ReferenceLine {
  code: string;
  label: string;
  source: string;
  sourceTable: string;
  retrievedOn: string;
  unit: string;
  illustrative: boolean;
  values: (number | null)[];
}

/** The reference series of an indicator, aligned to the given periods (null where none is stored). */
export function referenceLinesFor({
  indicatorCode,
  periods,
}: {
  indicatorCode: string;
  periods: readonly string[];
}): ReferenceLine[] {
  return referenceLinesOf({ indicatorCodes: [indicatorCode], periods }).get(indicatorCode) ?? [];
}

/**
 * The reference series of several indicators in two queries (the summary names a dozen and reads
 * them per view), aligned to the given periods, per indicator code in the order of referenceLinesFor.
 */
export function referenceLinesOf({
  indicatorCodes,
  periods,
}: {
  indicatorCodes: readonly string[];
  periods: readonly string[];
}): Map<string, ReferenceLine[]> {
  const out = new Map<string, ReferenceLine[]>();
  if (indicatorCodes.length === 0 || periods.length === 0) return out;
  const db = getDb();
  const series = db
    .select()
    .from(referenceSeries)
    .where(
      and(
        isNotNull(referenceSeries.indicatorCode),
        inArray(referenceSeries.indicatorCode, [...new Set(indicatorCodes)]),
      ),
    )
    .orderBy(asc(referenceSeries.code))
    .all();
  if (series.length === 0) return out;
  const values = db
    .select()
    .from(referenceValues)
    .where(
      and(
        inArray(
          referenceValues.seriesId,
          series.map((s) => s.id),
        ),
        inArray(referenceValues.period, [...periods]),
      ),
    )
    .all();
  for (const s of series) {
    const byPeriod = new Map(values.filter((v) => v.seriesId === s.id).map((v) => [v.period, v.value]));
    const list = out.get(s.indicatorCode!) ?? [];
    list.push({
      code: s.code,
      label: s.label,
      source: s.source,
      sourceTable: s.sourceTable,
      retrievedOn: s.retrievedOn,
      unit: s.unit,
      illustrative: s.illustrative,
      values: periods.map((p) => byPeriod.get(p) ?? null),
    });
    out.set(s.indicatorCode!, list);
  }
  return out;
}
