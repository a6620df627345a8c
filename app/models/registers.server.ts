/**
 * What the experiments and legal bottlenecks registers share: text search, ordering, the links
 * between the two, and the create and version-checked update flow with field history and audit.
 */
import { and, asc, desc, eq, inArray, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { bottlenecks, experimentBottlenecks, experiments, regions } from '#db/schema';
import type { SortDir } from '#app/domain/register-filters';
import { todayIso } from '#app/domain/registers';
import { getDb } from '#app/utils/db.server';
import { recordAudit } from './audit.server';
import { linksMadeFrom, recordChanges, replaceLinks, type RegisterEntity } from './register-history.server';
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
}

/** Thrown when an edit was based on an older version than the one stored (optimistic locking). */
export class StaleVersionError extends Error {}

type Tx = Parameters<Parameters<ReturnType<typeof getDb>['transaction']>[0]>[0];

type LinkColumn = typeof experimentBottlenecks.experimentId | typeof experimentBottlenecks.bottleneckId;
/**
 * Each register's table and, if it links to another register, its link: the link table's column
 * of this side and of the other, the form field of the links and the other side.
 */
type Side = {
  table: typeof experiments | typeof bottlenecks;
  link?: { own: LinkColumn; other: LinkColumn; field: string; side: RegisterEntity };
};

const SIDES: Record<RegisterEntity, Side> = {
  experiment: {
    table: experiments,
    link: {
      own: experimentBottlenecks.experimentId,
      other: experimentBottlenecks.bottleneckId,
      field: 'bottleneckIds',
      side: 'bottleneck',
    },
  },
  bottleneck: {
    table: bottlenecks,
    link: {
      own: experimentBottlenecks.bottleneckId,
      other: experimentBottlenecks.experimentId,
      field: 'experimentIds',
      side: 'experiment',
    },
  },
};

/** The link of a side that has one (a register without links has no linked entries to list). */
function linkOf(side: RegisterEntity) {
  const { link } = SIDES[side];
  if (!link) throw new Error(`the ${side} register links to no other register`);
  return link;
}

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
export function registerOrder(side: RegisterEntity, dir: SortDir | undefined, column: SQLWrapper): SQL[] {
  const { table } = SIDES[side];
  return [(dir === 'desc' ? desc : asc)(column), asc(table.title), asc(table.id)];
}

/**
 * The entries of the other register linked to entry `id`, by title, with region and status, and
 * `linkedBy`: the other region's name when that region made the link from its own entry (its
 * history holds it, this entry's does not), else null.
 */
export function listLinkedEntries(side: RegisterEntity, id: number) {
  const { own, other, side: otherSide } = linkOf(side);
  const ownTable = SIDES[side].table;
  const { table } = SIDES[otherSide];
  const db = getDb();
  const ownRegion = db
    .select({ regionId: ownTable.regionId })
    .from(ownTable)
    .where(eq(ownTable.id, id))
    .get()?.regionId;
  const madeHere = linksMadeFrom(side, id);
  return db
    .select({
      id: table.id,
      title: table.title,
      status: table.status,
      regionId: table.regionId,
      regionName: regions.name,
    })
    .from(experimentBottlenecks)
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
export function listEntryOptions(side: RegisterEntity) {
  const { table } = SIDES[side];
  return getDb()
    .select({ id: table.id, title: table.title, regionName: regions.name })
    .from(table)
    .innerJoin(regions, eq(regions.id, table.regionId))
    .orderBy(asc(regions.sortOrder), asc(table.title))
    .all();
}

/** Of these ids of `side`, the ones that exist (a link to a deleted or made-up id is dropped). */
function existingIds(tx: Tx, side: RegisterEntity, ids: number[]): number[] {
  if (ids.length === 0) return [];
  const { table } = SIDES[side];
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
  /** The fields kept in the history, in form order (the link field included). */
  fields: readonly string[];
  columns: Columns;
  /** The ids of the other register to link (left out by a register without links). */
  links?: number[];
  userId: number;
}

/** The links field and its ids, for the history (none for a register without links). */
function linkValues(link: Side['link'], ids: number[]): Record<string, number[]> {
  return link ? { [link.field]: ids } : {};
}

/** Creates an entry with its links, history and audit in one transaction; returns its id. */
export function createRegisterEntry({ side, fields, columns, links, userId }: Write): number {
  const { table, link } = SIDES[side];
  return getDb().transaction((tx) => {
    const linked = link ? existingIds(tx, link.side, links ?? []) : [];
    const row = tx
      .insert(table)
      .values({ ...columns, statusSince: todayIso(), createdBy: userId, updatedBy: userId } as never)
      .returning({ id: table.id })
      .get();
    if (link) replaceLinks(tx, { side, id: row.id, before: [], after: linked, userId });
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
  const { side, fields, columns, userId } = write;
  const { table, link } = SIDES[side];
  return getDb().transaction((tx) => {
    const current = tx.select().from(table).where(eq(table.id, id)).get();
    if (!current || current.version !== version) throw new StaleVersionError();
    const currentLinks = link
      ? tx
          .select({ id: link.other })
          .from(experimentBottlenecks)
          .where(eq(link.own, id))
          .all()
          .map((r) => r.id)
      : [];
    const linked = link ? existingIds(tx, link.side, write.links ?? []) : [];
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
      replaceLinks(tx, { side, id, before: currentLinks, after: linked, userId });
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
