import { and, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import { bottlenecks, regions } from '#db/schema';
import type { BottleneckFilters } from '#app/domain/register-filters';
import { bottleneckAgeDays, todayIso, type BottleneckInput } from '#app/domain/registers';
import { BOTTLENECK_FIELDS, historyFieldNames, registerColumns } from '#app/domain/register-fields';
import { getDb } from '#app/utils/db.server';
import {
  createRegisterEntry,
  listEntryOptions,
  listLinkedEntries,
  matchesText,
  registerOrder,
  updateRegisterEntry,
  type RegisterStore,
} from './registers.server';
import { CLOSING_BOTTLENECK_STATUSES, isClosingBottleneckStatus } from '#app/domain/register-codes';

function bottleneckWhere(f: Partial<BottleneckFilters>): SQL | undefined {
  return and(
    f.region ? eq(regions.slug, f.region) : undefined,
    f.framework ? eq(bottlenecks.legalFramework, f.framework) : undefined,
    f.status ? eq(bottlenecks.status, f.status) : undefined,
    f.severity ? eq(bottlenecks.severity, f.severity) : undefined,
    f.principle ? eq(bottlenecks.principle, f.principle) : undefined,
    matchesText(f.q, [
      bottlenecks.title,
      bottlenecks.description,
      bottlenecks.article,
      bottlenecks.proposedSolution,
    ]),
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
      ...getTableColumns(bottlenecks),
      regionName: regions.name,
      regionSlug: regions.slug,
      regionSortOrder: regions.sortOrder,
      ageDays: ageSql(today),
    })
    .from(bottlenecks)
    .innerJoin(regions, eq(regions.id, bottlenecks.regionId))
    .where(bottleneckWhere(filters))
    .orderBy(...registerOrder('bottleneck', filters.dir, sortColumns[filters.sort ?? 'title']))
    .all();
}

/** One bottleneck with its linked experiments and its age in days (bottleneckAgeDays). */
export function findBottleneck(id: number, today: string = todayIso()) {
  const row = getDb()
    .select({ bottleneck: bottlenecks, regionName: regions.name, regionSlug: regions.slug })
    .from(bottlenecks)
    .innerJoin(regions, eq(regions.id, bottlenecks.regionId))
    .where(eq(bottlenecks.id, id))
    .get();
  if (!row) return undefined;
  const { bottleneck, regionName, regionSlug } = row;
  return {
    ...bottleneck,
    regionName,
    regionSlug,
    experiments: listLinkedEntries('bottleneck', id),
    ageDays: bottleneckAgeDays(bottleneck, today),
  };
}

/** The stored columns of a checked input (the field list decides; see register-fields.ts). */
function columns(input: BottleneckInput) {
  return {
    ...registerColumns(BOTTLENECK_FIELDS, input),
    // Only a closed bottleneck has a resolved date: reopening one clears it.
    resolvedDate: isClosingBottleneckStatus(input.status) ? (input.resolvedDate ?? null) : null,
  };
}

/** What createRegisterEntry and updateRegisterEntry need to know of one input. */
function write(input: BottleneckInput) {
  return {
    side: 'bottleneck',
    fields: historyFieldNames(BOTTLENECK_FIELDS),
    columns: columns(input),
    links: input.experimentIds,
  } as const;
}

export function createBottleneck({ input, userId }: { input: BottleneckInput; userId: number }): number {
  return createRegisterEntry({ ...write(input), userId });
}

/** Saves an edit made on `version`; see updateRegisterEntry. */
export function updateBottleneck({
  input,
  ...entry
}: {
  id: number;
  version: number;
  input: BottleneckInput;
  userId: number;
}): string[] {
  return updateRegisterEntry({ ...write(input), ...entry });
}

/** The bottlenecks register's queries, as the generic register pages use them. */
export const bottleneckStore = {
  list: (filters: Partial<BottleneckFilters>) => listBottlenecks(filters),
  find: (id: number) => findBottleneck(id),
  create: createBottleneck,
  update: updateBottleneck,
  linkOptions: () => listEntryOptions('experiment'),
} satisfies RegisterStore<
  NonNullable<ReturnType<typeof findBottleneck>>,
  ReturnType<typeof listBottlenecks>[number],
  BottleneckInput,
  Partial<BottleneckFilters>
>;

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
