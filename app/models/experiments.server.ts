import { and, asc, desc, eq, getTableColumns, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import { experiments, regions } from '#db/schema';
import type { ExperimentFilters } from '#app/domain/register-filters';
import { type ExperimentInput } from '#app/domain/registers';
import { EXPERIMENT_FIELDS, historyFieldNames, registerColumns } from '#app/domain/register-fields';
import { getDb } from '#app/utils/db.server';
import {
  createRegisterEntry,
  hasCode,
  listEntryOptions,
  listLinkedEntries,
  matchesText,
  registerOrder,
  updateRegisterEntry,
  type RegisterStore,
} from './registers.server';
import { CLOSED_EXPERIMENT_STATUSES } from '#app/domain/register-codes';

function experimentWhere(f: Partial<ExperimentFilters>): SQL | undefined {
  return and(
    f.region ? eq(regions.slug, f.region) : undefined,
    f.status ? eq(experiments.status, f.status) : undefined,
    f.principle ? hasCode(experiments.principles, f.principle) : undefined,
    f.theme ? hasCode(experiments.themes, f.theme) : undefined,
    f.partner ? hasCode(experiments.partners, f.partner) : undefined,
    matchesText(f.q, [experiments.title, experiments.hypothesis, experiments.description]),
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
  return getDb()
    .select({ ...getTableColumns(experiments), regionName: regions.name, regionSlug: regions.slug })
    .from(experiments)
    .innerJoin(regions, eq(regions.id, experiments.regionId))
    .where(experimentWhere(filters))
    .orderBy(...registerOrder('experiment', filters.dir, SORT_COLUMNS[filters.sort ?? 'title']))
    .all();
}

export function findExperiment(id: number) {
  const row = getDb()
    .select({ experiment: experiments, regionName: regions.name, regionSlug: regions.slug })
    .from(experiments)
    .innerJoin(regions, eq(regions.id, experiments.regionId))
    .where(eq(experiments.id, id))
    .get();
  if (!row) return undefined;
  const { experiment, regionName, regionSlug } = row;
  return { ...experiment, regionName, regionSlug, bottlenecks: listLinkedEntries('experiment', id) };
}

/** The stored columns of a checked input (the field list decides; see register-fields.ts). */
function columns(input: ExperimentInput) {
  return registerColumns(EXPERIMENT_FIELDS, input);
}

/** What createRegisterEntry and updateRegisterEntry need to know of one input. */
function write(input: ExperimentInput) {
  return {
    side: 'experiment',
    fields: historyFieldNames(EXPERIMENT_FIELDS),
    columns: columns(input),
    links: input.bottleneckIds,
  } as const;
}

export function createExperiment({ input, userId }: { input: ExperimentInput; userId: number }): number {
  return createRegisterEntry({ ...write(input), userId });
}

/** Saves an edit made on `version`; see updateRegisterEntry. */
export function updateExperiment({
  input,
  ...entry
}: {
  id: number;
  version: number;
  input: ExperimentInput;
  userId: number;
}): string[] {
  return updateRegisterEntry({ ...write(input), ...entry });
}

/** The experiments register's queries, as the generic register pages use them. */
export const experimentStore = {
  list: listExperiments,
  find: findExperiment,
  create: createExperiment,
  update: updateExperiment,
  linkOptions: () => listEntryOptions('bottleneck'),
} satisfies RegisterStore<
  NonNullable<ReturnType<typeof findExperiment>>,
  ReturnType<typeof listExperiments>[number],
  ExperimentInput,
  Partial<ExperimentFilters>
>;

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
