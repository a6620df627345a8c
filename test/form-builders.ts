/**
 * The bodies tests post: one builder per form, each giving what the form itself would send back
 * for a stored row, unchanged (so a test changes only what it is about). Shared by the access
 * matrix, the bad-input fuzz and the route tests; three copies before. The register bodies come from
 * the same field lists and `formValues` as the edit pages, so a new field needs nothing here.
 */
import { and, eq } from 'drizzle-orm';
import { bottlenecks, experimentBottlenecks, experiments, reports, reportValues } from '#db/schema';
import { DATA_ELEMENTS } from '#app/domain/catalogue';
import { BOTTLENECK_FIELDS, EXPERIMENT_FIELDS, formValues } from '#app/domain/register-fields';
import type { setupTestDatabase } from './db';

export type Fields = Record<string, string | string[]>;
type Db = ReturnType<typeof setupTestDatabase>;

/** Element values as the report form writes them: a decimal comma, empty for unknown. */
export function valuesAsFields(
  values: Readonly<Record<string, number | null | undefined>>,
): Record<string, string> {
  return Object.fromEntries(
    DATA_ELEMENTS.map((e) => {
      const v = values[e.code];
      return [e.code, v == null ? '' : String(v).replace('.', ',')];
    }),
  );
}

/** A region's month as its form posts it back: every stored value unchanged, at the stored version. */
export function reportFields(db: Db, regionId: number | undefined, period: string, intent: string): Fields {
  const report =
    regionId === undefined
      ? undefined
      : db
          .select()
          .from(reports)
          .where(and(eq(reports.regionId, regionId), eq(reports.period, period)))
          .get();
  const stored = report
    ? db.select().from(reportValues).where(eq(reportValues.reportId, report.id)).all()
    : [];
  return {
    intent,
    version: String(report?.version ?? 1),
    ...valuesAsFields(Object.fromEntries(stored.map((v) => [v.elementCode, v.value]))),
  };
}

/** A stored experiment as its edit form posts it back (links and named indicators included). */
export function experimentFields(db: Db, id: number, { bottleneckIds }: { bottleneckIds?: number[] } = {}) {
  const e = db.select().from(experiments).where(eq(experiments.id, id)).get();
  if (!e) return undefined;
  const links =
    bottleneckIds ??
    db
      .select()
      .from(experimentBottlenecks)
      .where(eq(experimentBottlenecks.experimentId, id))
      .all()
      .map((l) => l.bottleneckId);
  return formValues(EXPERIMENT_FIELDS, e, links);
}

/** A stored bottleneck as its edit form posts it back (links included). */
export function bottleneckFields(db: Db, id: number) {
  const b = db.select().from(bottlenecks).where(eq(bottlenecks.id, id)).get();
  if (!b) return undefined;
  const links = db
    .select()
    .from(experimentBottlenecks)
    .where(eq(experimentBottlenecks.bottleneckId, id))
    .all()
    .map((l) => l.experimentId);
  return formValues(BOTTLENECK_FIELDS, b, links);
}
