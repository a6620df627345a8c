/**
 * Every register's queries, driven by its definition (app/domain/register-definitions.ts, ADR 013):
 * `registerStore` gives the list (its filters, search and sorts from the definition), one entry with
 * its linked entries, create and the version-checked update with field history and audit, and the
 * choices of the link checkboxes. A link between two registers is a link table declared once
 * (`registerLink`), so either side's store lists, writes and records it.
 */
import {
  and,
  asc,
  desc,
  eq,
  getTableColumns,
  inArray,
  or,
  sql,
  type SQL,
  type SQLWrapper,
} from 'drizzle-orm';
import type { ColumnBaseConfig, ColumnDataType } from 'drizzle-orm';
import { SQLiteColumn, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { bottlenecks, experimentBottlenecks, experiments, regions } from '#db/schema';
import type { RegisterDefinition } from '#app/domain/register-definitions';
import { historyFieldNames, registerColumns, type RegisterField } from '#app/domain/register-fields';
import type { SortDir } from '#app/domain/register-filters';
import { todayIso } from '#app/domain/registers';
import { getDb } from '#app/utils/db.server';
import { recordAudit } from './audit.server';
import {
  linksMadeFrom,
  listHistory,
  recordChanges,
  replaceLinks,
  type RegisterEntity,
  type Value,
} from './register-history.server';
import { WRITE_TX } from '#db/client';

/**
 * What the generic register pages (app/registers/*.server.ts) ask of one register's queries: its
 * list with the list page's filters, one entry with its linked entries, create and update, and the
 * choices for its form's link checkboxes (the other register's entries).
 */
export interface RegisterStore<Entry, Row, Input, Filters> {
  list: (filters: Filters) => Row[];
  find: (id: number) => Entry | undefined;
  create: (write: { input: Input; userId: number }) => number;
  update: (write: { id: number; version: number; input: Input; userId: number }) => string[];
  /** For a register that links to another. */
  linkOptions?: () => { id: number; title: string; regionName: string }[];
  /** The entry's change history, linked ids as the other entries' titles. */
  history: (id: number) => ReturnType<typeof listHistory>;
}

/** Thrown when an edit was based on an older version than the one stored (optimistic locking). */
export class StaleVersionError extends Error {}

type Tx = Parameters<Parameters<ReturnType<typeof getDb>['transaction']>[0]>[0];

type Column = SQLiteColumn;
type Typed<Data, Kind extends ColumnDataType> = SQLiteColumn<
  ColumnBaseConfig<Kind, string> & { data: Data; notNull: true }
>;

/**
 * A register's table (db/schema.ts): the columns every register has (docs/how-to.md "A new
 * register") and one column per entered field.
 */
export type RegisterTable = SQLiteTable & {
  id: Typed<number, 'number'>;
  regionId: Typed<number, 'number'>;
  title: Typed<string, 'string'>;
  status: Typed<string, 'string'>;
  version: Typed<number, 'number'>;
};

/** A column of a register's table by its name in the schema (a field's name). */
function columnOf(table: RegisterTable, name: string): Column | undefined {
  const column = (table as unknown as Record<string, unknown>)[name];
  return column instanceof SQLiteColumn ? column : undefined;
}

/**
 * One end of a link between two registers: the link table with this side's and the other side's
 * column (their names in the schema), the links field of this side's form and history (the other
 * register's ids), and the other register's entity, table and links field.
 */
export interface RegisterLinkEnd {
  table: SQLiteTable;
  own: Typed<number, 'number'>;
  other: Typed<number, 'number'>;
  ownKey: string;
  otherKey: string;
  field: string;
  otherEntity: RegisterEntity;
  otherTable: RegisterTable;
  otherField: string;
}

interface LinkSideSpec {
  entity: RegisterEntity;
  /** the register's table */
  table: RegisterTable;
  /** the link table's column of this register's ids (its name in the schema) */
  column: string;
  /** the field that holds this register's ids on the other register's form and history */
  field: string;
}

/** The two ends of a link table between registers a and b (e.g. experiment_bottlenecks). */
export function registerLink(table: SQLiteTable, a: LinkSideSpec, b: LinkSideSpec) {
  const col = (name: string) => (table as unknown as Record<string, Typed<number, 'number'>>)[name];
  const end = (own: LinkSideSpec, other: LinkSideSpec): RegisterLinkEnd => ({
    table,
    own: col(own.column),
    other: col(other.column),
    ownKey: own.column,
    otherKey: other.column,
    field: other.field,
    otherEntity: other.entity,
    otherTable: other.table,
    otherField: own.field,
  });
  return { [a.entity]: end(a, b), [b.entity]: end(b, a) } as Record<RegisterEntity, RegisterLinkEnd>;
}

/** The link between experiments and bottlenecks (both directions). */
export const EXPERIMENT_BOTTLENECK_LINK = registerLink(
  experimentBottlenecks,
  { entity: 'experiment', table: experiments, column: 'experimentId', field: 'experimentIds' },
  { entity: 'bottleneck', table: bottlenecks, column: 'bottleneckId', field: 'bottleneckIds' },
);

export function escapeLike(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Rows whose JSON array column holds this code. */
export function hasCode(column: SQLWrapper, code: string): SQL {
  return sql`exists (select 1 from json_each(${column}) where json_each.value = ${code})`;
}

/** Rows where any of the columns contains the search text (% and _ taken literally); no text, no filter. */
export function matchesText(q: string | undefined, columns: SQLWrapper[]): SQL | undefined {
  if (!q) return undefined;
  const pattern = escapeLike(q);
  return or(...columns.map((c) => sql`${c} like ${pattern} escape '\\'`));
}

/** The chosen sort column in the chosen direction, then title and id, so equal keys keep one order. */
export function registerOrder(table: RegisterTable, dir: SortDir | undefined, column: SQLWrapper): SQL[] {
  return [(dir === 'desc' ? desc : asc)(column), asc(table.title), asc(table.id)];
}

/**
 * The entries of the other register linked to entry `id`, by title, with region and status, and
 * `linkedBy`: the other region's name when that region made the link from its own entry (its
 * history holds it, this entry's does not), else null.
 */
export function listLinkedEntries(
  ownTable: RegisterTable,
  link: RegisterLinkEnd,
  entity: RegisterEntity,
  id: number,
) {
  const { own, other, otherTable: table } = link;
  const db = getDb();
  const ownRegion = db
    .select({ regionId: ownTable.regionId })
    .from(ownTable)
    .where(eq(ownTable.id, id))
    .get()?.regionId;
  const madeHere = linksMadeFrom(entity, link.field, id);
  return db
    .select({
      id: table.id,
      title: table.title,
      status: table.status,
      regionId: table.regionId,
      regionName: regions.name,
    })
    .from(link.table)
    .innerJoin(table, eq(table.id, other))
    .innerJoin(regions, eq(regions.id, table.regionId))
    .where(eq(own, id))
    .orderBy(asc(table.title))
    .all()
    .map(({ regionId, ...entry }) => ({
      ...entry,
      linkedBy: regionId !== ownRegion && !madeHere.has(entry.id) ? entry.regionName : null,
    }));
}

/** Choices for the link checkboxes on the other register's form, by region and title. */
export function listEntryOptions(table: RegisterTable) {
  return getDb()
    .select({ id: table.id, title: table.title, regionName: regions.name })
    .from(table)
    .innerJoin(regions, eq(regions.id, table.regionId))
    .orderBy(asc(regions.sortOrder), asc(table.title))
    .all();
}

/** Of these ids of `side`, the ones that exist (a link to a deleted or made-up id is dropped). */
function existingIds(tx: Tx, table: RegisterTable, ids: number[]): number[] {
  if (ids.length === 0) return [];
  return tx
    .select({ id: table.id })
    .from(table)
    .where(inArray(table.id, ids))
    .all()
    .map((r) => r.id);
}

type Columns = { status: string } & Record<string, string | number | null | readonly string[]>;

interface Write {
  side: RegisterEntity;
  table: RegisterTable;
  /** Its link to another register (none: a register without links). */
  link?: RegisterLinkEnd;
  /** The fields kept in the history, in form order (the link field included). */
  fields: readonly string[];
  columns: Columns;
  /** The ids of the other register to link (left out by a register without links). */
  links?: number[];
  userId: number;
}

/** The links field and its ids, for the history (none for a register without links). */
function linkValues(link: RegisterLinkEnd | undefined, ids: number[]): Record<string, number[]> {
  return link ? { [link.field]: ids } : {};
}

/** Creates an entry with its links, history and audit in one transaction; returns its id. */
export function createRegisterEntry({ side, table, link, fields, columns, links, userId }: Write): number {
  return getDb().transaction((tx) => {
    const linked = link ? existingIds(tx, link.otherTable, links ?? []) : [];
    const row = tx
      .insert(table)
      .values({ ...columns, statusSince: todayIso(), createdBy: userId, updatedBy: userId } as never)
      .returning({ id: table.id })
      .get();
    if (link) replaceLinks(tx, { table, link, id: row.id, before: [], after: linked, userId });
    recordChanges(tx, {
      entityType: side,
      entityId: row.id,
      userId,
      fields,
      before: null,
      after: { ...columns, ...linkValues(link, linked) },
    });
    recordAudit({ userId, action: `${side}.create`, entityType: side, entityId: row.id }, tx);
    return row.id;
  }, WRITE_TX);
}

/**
 * Saves an edit made on `version` and returns the fields that changed. A status move sets
 * statusSince to today. Throws StaleVersionError (and changes nothing) when someone else saved
 * in between.
 */
export function updateRegisterEntry({
  id,
  version,
  ...write
}: Write & { id: number; version: number }): string[] {
  const { side, table, link, fields, columns, userId } = write;
  return getDb().transaction((tx) => {
    const current = tx.select().from(table).where(eq(table.id, id)).get() as
      ({ version: number; status: string } & Record<string, Value>) | undefined;
    if (!current || current.version !== version) throw new StaleVersionError();
    const currentLinks = link
      ? tx
          .select({ id: link.other })
          .from(link.table)
          .where(eq(link.own, id))
          .all()
          .map((r) => r.id)
      : [];
    const linked = link ? existingIds(tx, link.otherTable, write.links ?? []) : [];
    const changed = recordChanges(tx, {
      entityType: side,
      entityId: id,
      userId,
      fields,
      before: { ...current, ...linkValues(link, currentLinks) },
      after: { ...columns, ...linkValues(link, linked) },
    });
    if (changed.length === 0) return changed;
    const moved = current.status !== columns.status;
    const updated = tx
      .update(table)
      .set({
        ...columns,
        ...(moved ? { statusSince: todayIso() } : {}),
        version: current.version + 1,
        updatedBy: userId,
        updatedAt: new Date().toISOString(),
      } as never)
      .where(and(eq(table.id, id), eq(table.version, version)))
      .run();
    if (updated.changes !== 1) throw new StaleVersionError();
    if (link && changed.includes(link.field))
      replaceLinks(tx, { table, link, id, before: currentLinks, after: linked, userId });
    recordAudit(
      {
        userId,
        action: moved ? `${side}.status` : `${side}.update`,
        entityType: side,
        entityId: id,
        detail: { fields: changed, ...(moved ? { from: current.status, to: columns.status } : {}) },
      },
      tx,
    );
    return changed;
  }, WRITE_TX);
}

/** The list filters any register's list understands: region, search, sort and its code-list filters. */
export type RegisterListFilters = { region?: string; q?: string; sort?: string; dir?: SortDir } & Record<
  string,
  string | undefined
>;

/** An entry of the other register, as an entry's page lists it. */
export type LinkedEntry = ReturnType<typeof listLinkedEntries>[number];

type Row<T extends RegisterTable> = T['$inferSelect'];
type Region = { regionName: string; regionSlug: string };
type Linked<D extends RegisterDefinition> = D['link'] extends { entries: infer K extends string }
  ? { [P in K]: LinkedEntry[] }
  : unknown;

export interface RegisterStoreSpec<T extends RegisterTable, Computed extends Record<string, unknown>, More> {
  table: T;
  /** Its end of the link to another register (`registerLink`), for a register that links. */
  link?: RegisterLinkEnd;
  /** Columns the list computes as of today (a bottleneck's age), by the name the list and its sorts use. */
  computed?: (today: string) => { [K in keyof Computed]: SQL<Computed[K]> };
  /** What an entry's page shows besides its row (a bottleneck's age). */
  more?: (row: Row<T>, today: string) => More;
  /** Stored columns that follow from the input besides the field list's (a bottleneck's resolved date). */
  columns?: (input: Record<string, unknown>) => Record<string, unknown>;
}

/** A code field's list order in SQL: its codes in the order of its list, anything else last. */
function codeOrder(column: Column, codes: readonly string[]): SQL {
  return sql`case ${column} ${sql.join(
    codes.map((c, i) => sql`when ${c} then ${i + 1}`),
    sql` `,
  )} else ${codes.length + 1} end`;
}

/**
 * The queries of one register from its definition and its table: the list filtered, searched and
 * sorted as the definition's filters say (in SQL), one entry with its region and linked entries,
 * create and update, and the other register's entries to link.
 */
export function registerStore<
  D extends RegisterDefinition,
  T extends RegisterTable,
  Computed extends Record<string, unknown> = Record<never, never>,
  More = unknown,
>(register: D, spec: RegisterStoreSpec<T, Computed, More>) {
  const { table, link } = spec;
  const fields = register.fields as readonly RegisterField[];
  const column = (name: string) => {
    const c = columnOf(table, name);
    if (!c) throw new Error(`${register.entity}: no column ${name}`);
    return c;
  };

  function where(f: RegisterListFilters): SQL | undefined {
    return and(
      f.region ? eq(regions.slug, f.region) : undefined,
      ...register.filters.codes.map((filter) => {
        const value = f[filter.name];
        if (!value) return undefined;
        const kind = fields.find((x) => x.name === filter.field)?.kind;
        return kind === 'codes' ? hasCode(column(filter.field), value) : eq(column(filter.field), value);
      }),
      matchesText(f.q, register.filters.search.map(column)),
    );
  }

  function sortColumn(sort: string, computed: Record<string, SQL>): SQLWrapper {
    const name = (register.filters.sortBy as Record<string, string> | undefined)?.[sort] ?? sort;
    if (name === 'region') return regions.sortOrder;
    if (name in computed) return computed[name];
    const field = fields.find((x) => x.name === name);
    if (field && 'codes' in field && field.kind !== 'codes') return codeOrder(column(name), field.codes);
    return column(name);
  }

  function list(filters: RegisterListFilters, today: string = todayIso()) {
    const computed = (spec.computed?.(today) ?? {}) as Record<string, SQL>;
    const sort = filters.sort ?? Object.keys(register.filters.sorts)[0];
    return getDb()
      .select({
        ...getTableColumns(table),
        regionName: regions.name,
        regionSlug: regions.slug,
        ...computed,
      } as never)
      .from(table)
      .innerJoin(regions, eq(regions.id, table.regionId))
      .where(where(filters))
      .orderBy(...registerOrder(table, filters.dir, sortColumn(sort, computed)))
      .all() as (Row<T> & Region & Computed)[];
  }

  function find(id: number, today: string = todayIso()) {
    const row = getDb()
      .select({ entry: table, regionName: regions.name, regionSlug: regions.slug } as never)
      .from(table)
      .innerJoin(regions, eq(regions.id, table.regionId))
      .where(eq(table.id, id))
      .get() as ({ entry: Row<T> } & Region) | undefined;
    if (!row) return undefined;
    const { entry, regionName, regionSlug } = row;
    return {
      ...entry,
      regionName,
      regionSlug,
      ...(register.link && link
        ? { [register.link.entries]: listLinkedEntries(table, link, register.entity, id) }
        : {}),
      ...(spec.more?.(entry, today) as More),
    } as Row<T> & Region & Linked<D> & More;
  }

  /** What createRegisterEntry and updateRegisterEntry need to know of one input. */
  function write(input: Record<string, unknown>) {
    return {
      side: register.entity,
      table,
      link,
      fields: historyFieldNames(fields),
      columns: {
        ...registerColumns(fields, input as never),
        ...spec.columns?.(input),
      } as Columns,
      links: register.link ? (input[register.link.field] as number[] | undefined) : undefined,
    };
  }

  return {
    list,
    find,
    create: ({ input, userId }: { input: Record<string, unknown>; userId: number }) =>
      createRegisterEntry({ ...write(input), userId }),
    update: ({
      input,
      ...entry
    }: {
      id: number;
      version: number;
      input: Record<string, unknown>;
      userId: number;
    }) => updateRegisterEntry({ ...write(input), ...entry }),
    ...(link ? { linkOptions: () => listEntryOptions(link.otherTable) } : {}),
    history: (id: number) => listHistory({ entityType: register.entity, entityId: id, link }),
  };
}
