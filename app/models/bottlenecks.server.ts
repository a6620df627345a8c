import { and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { bottlenecks, experimentBottlenecks, experiments, regions } from '../../db/schema';
import type { BottleneckFilters } from '~/domain/register-filters';
import {
  CLOSING_BOTTLENECK_STATUSES,
  isClosingBottleneckStatus,
  todayIso,
  type BottleneckInput,
} from '~/domain/registers';
import { getDb } from '~/utils/db.server';
import { recordAudit } from './audit.server';
import { escapeLike, StaleVersionError } from './experiments.server';
import { recordChanges, replaceLinks } from './register-history.server';

function bottleneckWhere(f: Partial<BottleneckFilters>): SQL | undefined {
  const q = f.q ? escapeLike(f.q) : undefined;
  return and(
    f.region ? eq(regions.slug, f.region) : undefined,
    f.framework ? eq(bottlenecks.legalFramework, f.framework) : undefined,
    f.status ? eq(bottlenecks.status, f.status) : undefined,
    f.severity ? eq(bottlenecks.severity, f.severity) : undefined,
    f.principle ? eq(bottlenecks.principle, f.principle) : undefined,
    q
      ? or(
          sql`${bottlenecks.title} like ${q} escape '\\'`,
          sql`${bottlenecks.description} like ${q} escape '\\'`,
          sql`${bottlenecks.article} like ${q} escape '\\'`,
          sql`${bottlenecks.proposedSolution} like ${q} escape '\\'`,
        )
      : undefined,
  );
}

/** Age in days in SQL, the same rule as bottleneckAgeDays: to the resolved date once closed, else to today. */
function ageSql(today: string): SQL<number> {
  const closing = sql.join(
    CLOSING_BOTTLENECK_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  );
  return sql<number>`cast(julianday(case when ${bottlenecks.status} in (${closing}) and ${bottlenecks.resolvedDate} is not null then ${bottlenecks.resolvedDate} else ${today} end) - julianday(${bottlenecks.identifiedDate}) as integer)`;
}

const STATUS_ORDER = sql`case ${bottlenecks.status} when 'gesignaleerd' then 1 when 'in analyse' then 2 when 'landelijk geagendeerd' then 3 when 'experimenteerwet nodig' then 4 when 'wetswijziging nodig' then 5 when 'opgelost binnen huidige wet' then 6 else 7 end`;
const SEVERITY_ORDER = sql`case ${bottlenecks.severity} when 'laag' then 1 when 'middel' then 2 when 'hoog' then 3 else 4 end`;

/** The register, filtered and sorted, with the age in days of each bottleneck. */
export function listBottlenecks(filters: Partial<BottleneckFilters>, today: string = todayIso()) {
  const order = filters.dir === 'desc' ? desc : asc;
  const sortColumns = {
    title: bottlenecks.title,
    region: regions.sortOrder,
    framework: bottlenecks.legalFramework,
    status: STATUS_ORDER,
    severity: SEVERITY_ORDER,
    identifiedDate: bottlenecks.identifiedDate,
    age: ageSql(today),
  };
  return getDb()
    .select({
      id: bottlenecks.id,
      title: bottlenecks.title,
      regionId: bottlenecks.regionId,
      regionName: regions.name,
      regionSlug: regions.slug,
      regionSortOrder: regions.sortOrder,
      description: bottlenecks.description,
      legalFramework: bottlenecks.legalFramework,
      article: bottlenecks.article,
      principle: bottlenecks.principle,
      severity: bottlenecks.severity,
      status: bottlenecks.status,
      statusSince: bottlenecks.statusSince,
      identifiedDate: bottlenecks.identifiedDate,
      resolvedDate: bottlenecks.resolvedDate,
      proposedSolution: bottlenecks.proposedSolution,
      ageDays: ageSql(today),
    })
    .from(bottlenecks)
    .innerJoin(regions, eq(regions.id, bottlenecks.regionId))
    .where(bottleneckWhere(filters))
    .orderBy(order(sortColumns[filters.sort ?? 'title']), asc(bottlenecks.title), asc(bottlenecks.id))
    .all();
}

export function findBottleneck(id: number) {
  const db = getDb();
  const row = db
    .select({ bottleneck: bottlenecks, regionName: regions.name, regionSlug: regions.slug })
    .from(bottlenecks)
    .innerJoin(regions, eq(regions.id, bottlenecks.regionId))
    .where(eq(bottlenecks.id, id))
    .get();
  if (!row) return undefined;
  const links = db
    .select({
      id: experiments.id,
      title: experiments.title,
      status: experiments.status,
      regionName: regions.name,
    })
    .from(experimentBottlenecks)
    .innerJoin(experiments, eq(experiments.id, experimentBottlenecks.experimentId))
    .innerJoin(regions, eq(regions.id, experiments.regionId))
    .where(eq(experimentBottlenecks.bottleneckId, id))
    .orderBy(asc(experiments.title))
    .all();
  return { ...row.bottleneck, regionName: row.regionName, regionSlug: row.regionSlug, experiments: links };
}

/** Choices for the link checkboxes on the experiment form. */
export function listBottleneckOptions() {
  return getDb()
    .select({ id: bottlenecks.id, title: bottlenecks.title, regionName: regions.name })
    .from(bottlenecks)
    .innerJoin(regions, eq(regions.id, bottlenecks.regionId))
    .orderBy(asc(regions.sortOrder), asc(bottlenecks.title))
    .all();
}

const FIELDS = [
  'regionId',
  'title',
  'description',
  'legalFramework',
  'article',
  'principle',
  'severity',
  'status',
  'identifiedDate',
  'resolvedDate',
  'proposedSolution',
  'experimentIds',
] as const;

function columns(input: BottleneckInput) {
  return {
    regionId: input.regionId,
    title: input.title,
    description: input.description,
    legalFramework: input.legalFramework,
    article: input.article,
    principle: input.principle,
    severity: input.severity,
    status: input.status,
    identifiedDate: input.identifiedDate,
    // Only a closed bottleneck has a resolved date: reopening one clears it.
    resolvedDate: isClosingBottleneckStatus(input.status) ? (input.resolvedDate ?? null) : null,
    proposedSolution: input.proposedSolution,
  };
}

function existingIds(tx: Pick<ReturnType<typeof getDb>, 'select'>, ids: number[]): number[] {
  if (ids.length === 0) return [];
  return tx
    .select({ id: experiments.id })
    .from(experiments)
    .where(inArray(experiments.id, ids))
    .all()
    .map((r) => r.id);
}

export function createBottleneck({ input, userId }: { input: BottleneckInput; userId: number }): number {
  return getDb().transaction((tx) => {
    const links = existingIds(tx, input.experimentIds);
    const row = tx
      .insert(bottlenecks)
      .values({ ...columns(input), statusSince: todayIso(), createdBy: userId, updatedBy: userId })
      .returning({ id: bottlenecks.id })
      .get();
    replaceLinks(tx, { side: 'bottleneck', id: row.id, before: [], after: links, userId });
    recordChanges(tx, {
      entityType: 'bottleneck',
      entityId: row.id,
      userId,
      fields: FIELDS,
      before: null,
      after: { ...columns(input), experimentIds: links },
    });
    recordAudit({ userId, action: 'bottleneck.create', entityType: 'bottleneck', entityId: row.id }, tx);
    return row.id;
  });
}

/** Saves an edit made on `version`; throws StaleVersionError (and changes nothing) when outdated. */
export function updateBottleneck({
  id,
  version,
  input,
  userId,
}: {
  id: number;
  version: number;
  input: BottleneckInput;
  userId: number;
}): string[] {
  return getDb().transaction((tx) => {
    const current = tx.select().from(bottlenecks).where(eq(bottlenecks.id, id)).get();
    if (!current || current.version !== version) throw new StaleVersionError();
    const currentLinks = tx
      .select({ id: experimentBottlenecks.experimentId })
      .from(experimentBottlenecks)
      .where(eq(experimentBottlenecks.bottleneckId, id))
      .all()
      .map((r) => r.id);
    const links = existingIds(tx, input.experimentIds);
    const next = columns(input);
    const changed = recordChanges(tx, {
      entityType: 'bottleneck',
      entityId: id,
      userId,
      fields: FIELDS,
      before: { ...current, experimentIds: currentLinks },
      after: { ...next, experimentIds: links },
    });
    if (changed.length === 0) return changed;
    const moved = current.status !== next.status;
    const updated = tx
      .update(bottlenecks)
      .set({
        ...next,
        ...(moved ? { statusSince: todayIso() } : {}),
        version: current.version + 1,
        updatedBy: userId,
        updatedAt: new Date().toISOString(),
      })
      .where(and(eq(bottlenecks.id, id), eq(bottlenecks.version, version)))
      .run();
    if (updated.changes !== 1) throw new StaleVersionError();
    if (changed.includes('experimentIds'))
      replaceLinks(tx, { side: 'bottleneck', id, before: currentLinks, after: links, userId });
    recordAudit(
      {
        userId,
        action: moved ? 'bottleneck.status' : 'bottleneck.update',
        entityType: 'bottleneck',
        entityId: id,
        detail: { fields: changed, ...(moved ? { from: current.status, to: next.status } : {}) },
      },
      tx,
    );
    return changed;
  });
}

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
