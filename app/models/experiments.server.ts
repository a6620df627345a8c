import { and, asc, desc, eq, inArray, isNotNull, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { bottlenecks, experimentBottlenecks, experiments, regions } from '../../db/schema';
import type { ExperimentFilters } from '~/domain/register-filters';
import { CLOSED_EXPERIMENT_STATUSES, todayIso, type ExperimentInput } from '~/domain/registers';
import { getDb } from '~/utils/db.server';
import { recordAudit } from './audit.server';
import { recordChanges, replaceLinks } from './register-history.server';

/** Thrown when an edit was based on an older version than the one stored (optimistic locking). */
export class StaleVersionError extends Error {}

/** Rows whose JSON array column holds this code. */
function hasCode(column: SQLWrapper, code: string): SQL {
  return sql`exists (select 1 from json_each(${column}) where json_each.value = ${code})`;
}

export function escapeLike(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function experimentWhere(f: Partial<ExperimentFilters>): SQL | undefined {
  const q = f.q ? escapeLike(f.q) : undefined;
  return and(
    f.region ? eq(regions.slug, f.region) : undefined,
    f.status ? eq(experiments.status, f.status) : undefined,
    f.principle ? hasCode(experiments.principles, f.principle) : undefined,
    f.theme ? hasCode(experiments.themes, f.theme) : undefined,
    f.partner ? hasCode(experiments.partners, f.partner) : undefined,
    q
      ? or(
          sql`${experiments.title} like ${q} escape '\\'`,
          sql`${experiments.hypothesis} like ${q} escape '\\'`,
          sql`${experiments.description} like ${q} escape '\\'`,
        )
      : undefined,
  );
}

const SORT_COLUMNS = {
  title: experiments.title,
  region: regions.sortOrder,
  status: sql`case ${experiments.status} when 'idee' then 1 when 'voorbereiding' then 2 when 'lopend' then 3 when 'evaluatie' then 4 when 'geborgd' then 5 else 6 end`,
  statusSince: experiments.statusSince,
  startDate: experiments.startDate,
  updatedAt: experiments.updatedAt,
} as const;

/** The register, filtered and sorted; every reader sees every region's entries. */
export function listExperiments(filters: Partial<ExperimentFilters>) {
  const order = filters.dir === 'desc' ? desc : asc;
  return getDb()
    .select({
      id: experiments.id,
      title: experiments.title,
      regionId: experiments.regionId,
      regionName: regions.name,
      regionSlug: regions.slug,
      hypothesis: experiments.hypothesis,
      description: experiments.description,
      principles: experiments.principles,
      themes: experiments.themes,
      partners: experiments.partners,
      status: experiments.status,
      statusSince: experiments.statusSince,
      startDate: experiments.startDate,
      endDate: experiments.endDate,
      outcome: experiments.outcome,
      lessons: experiments.lessons,
      updatedAt: experiments.updatedAt,
    })
    .from(experiments)
    .innerJoin(regions, eq(regions.id, experiments.regionId))
    .where(experimentWhere(filters))
    .orderBy(order(SORT_COLUMNS[filters.sort ?? 'title']), asc(experiments.title), asc(experiments.id))
    .all();
}

export function findExperiment(id: number) {
  const db = getDb();
  const row = db
    .select({ experiment: experiments, regionName: regions.name, regionSlug: regions.slug })
    .from(experiments)
    .innerJoin(regions, eq(regions.id, experiments.regionId))
    .where(eq(experiments.id, id))
    .get();
  if (!row) return undefined;
  const links = db
    .select({
      id: bottlenecks.id,
      title: bottlenecks.title,
      status: bottlenecks.status,
      regionName: regions.name,
    })
    .from(experimentBottlenecks)
    .innerJoin(bottlenecks, eq(bottlenecks.id, experimentBottlenecks.bottleneckId))
    .innerJoin(regions, eq(regions.id, bottlenecks.regionId))
    .where(eq(experimentBottlenecks.experimentId, id))
    .orderBy(asc(bottlenecks.title))
    .all();
  return { ...row.experiment, regionName: row.regionName, regionSlug: row.regionSlug, bottlenecks: links };
}

/** Choices for the link checkboxes on the bottleneck form. */
export function listExperimentOptions() {
  return getDb()
    .select({ id: experiments.id, title: experiments.title, regionName: regions.name })
    .from(experiments)
    .innerJoin(regions, eq(regions.id, experiments.regionId))
    .orderBy(asc(regions.sortOrder), asc(experiments.title))
    .all();
}

const FIELDS = [
  'regionId',
  'title',
  'hypothesis',
  'description',
  'principles',
  'themes',
  'partners',
  'status',
  'startDate',
  'endDate',
  'outcome',
  'lessons',
  'bottleneckIds',
] as const;

function columns(input: ExperimentInput) {
  return {
    regionId: input.regionId,
    title: input.title,
    hypothesis: input.hypothesis,
    description: input.description,
    principles: input.principles,
    themes: input.themes,
    partners: input.partners,
    status: input.status,
    startDate: input.startDate ?? null,
    endDate: input.endDate ?? null,
    outcome: input.outcome ?? null,
    lessons: input.lessons === '' ? null : input.lessons,
  };
}

function existingIds(tx: Pick<ReturnType<typeof getDb>, 'select'>, ids: number[]): number[] {
  if (ids.length === 0) return [];
  return tx
    .select({ id: bottlenecks.id })
    .from(bottlenecks)
    .where(inArray(bottlenecks.id, ids))
    .all()
    .map((r) => r.id);
}

export function createExperiment({ input, userId }: { input: ExperimentInput; userId: number }): number {
  return getDb().transaction((tx) => {
    const links = existingIds(tx, input.bottleneckIds);
    const row = tx
      .insert(experiments)
      .values({ ...columns(input), statusSince: todayIso(), createdBy: userId, updatedBy: userId })
      .returning({ id: experiments.id })
      .get();
    replaceLinks(tx, { side: 'experiment', id: row.id, before: [], after: links, userId });
    recordChanges(tx, {
      entityType: 'experiment',
      entityId: row.id,
      userId,
      fields: FIELDS,
      before: null,
      after: { ...columns(input), bottleneckIds: links },
    });
    recordAudit({ userId, action: 'experiment.create', entityType: 'experiment', entityId: row.id }, tx);
    return row.id;
  });
}

/**
 * Saves an edit made on `version`. Status moves set statusSince to today. Throws
 * StaleVersionError (and changes nothing) when someone else saved in between.
 */
export function updateExperiment({
  id,
  version,
  input,
  userId,
}: {
  id: number;
  version: number;
  input: ExperimentInput;
  userId: number;
}): string[] {
  return getDb().transaction((tx) => {
    const current = tx.select().from(experiments).where(eq(experiments.id, id)).get();
    if (!current || current.version !== version) throw new StaleVersionError();
    const currentLinks = tx
      .select({ id: experimentBottlenecks.bottleneckId })
      .from(experimentBottlenecks)
      .where(eq(experimentBottlenecks.experimentId, id))
      .all()
      .map((r) => r.id);
    const links = existingIds(tx, input.bottleneckIds);
    const next = columns(input);
    const changed = recordChanges(tx, {
      entityType: 'experiment',
      entityId: id,
      userId,
      fields: FIELDS,
      before: { ...current, bottleneckIds: currentLinks },
      after: { ...next, bottleneckIds: links },
    });
    if (changed.length === 0) return changed;
    const moved = current.status !== next.status;
    const updated = tx
      .update(experiments)
      .set({
        ...next,
        ...(moved ? { statusSince: todayIso() } : {}),
        version: current.version + 1,
        updatedBy: userId,
        updatedAt: new Date().toISOString(),
      })
      .where(and(eq(experiments.id, id), eq(experiments.version, version)))
      .run();
    if (updated.changes !== 1) throw new StaleVersionError();
    if (changed.includes('bottleneckIds'))
      replaceLinks(tx, { side: 'experiment', id, before: currentLinks, after: links, userId });
    recordAudit(
      {
        userId,
        action: moved ? 'experiment.status' : 'experiment.update',
        entityType: 'experiment',
        entityId: id,
        detail: { fields: changed, ...(moved ? { from: current.status, to: next.status } : {}) },
      },
      tx,
    );
    return changed;
  });
}

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
