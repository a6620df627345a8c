import { and, asc, eq } from 'drizzle-orm';
import { regions, registerHistory, users } from '#db/schema';
import type { AppDatabase } from '#db/client';
import type { RegisterEntity } from '#app/domain/register-definitions';
import type { RegisterLinkEnd, RegisterTable } from './registers.server';

type Tx = Pick<AppDatabase, 'insert' | 'select' | 'delete'>;
import { getDb } from '#app/utils/db.server';

export type { RegisterEntity };
export type Value = string | number | null | undefined | readonly (string | number)[];

/** How a value is kept in the history: lists as sorted comma-separated codes, empty as NULL. */
export function historyValue(value: Value): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) {
    const list = [...(value as (string | number)[])].map(String).sort();
    return list.length > 0 ? list.join(', ') : null;
  }
  const s = String(value);
  return s === '' ? null : s;
}

/**
 * Writes one history row per field whose value changed between `before` and `after`; with no
 * `before` (a new entry) every filled field is a row. Returns the fields that changed.
 */
export function recordChanges(
  tx: Pick<AppDatabase, 'insert'>,
  entry: {
    entityType: RegisterEntity;
    entityId: number;
    userId: number;
    fields: readonly string[];
    before: Record<string, Value> | null;
    after: Record<string, Value>;
  },
): string[] {
  const changed: string[] = [];
  for (const field of entry.fields) {
    const oldValue = entry.before ? historyValue(entry.before[field]) : null;
    const newValue = historyValue(entry.after[field]);
    if (oldValue === newValue) continue;
    changed.push(field);
    tx.insert(registerHistory)
      .values({
        entityType: entry.entityType,
        entityId: entry.entityId,
        field,
        oldValue,
        newValue,
        userId: entry.userId,
      })
      .run();
  }
  return changed;
}

/**
 * The history of one entry, oldest first, with who made each change. Ids are stored (they never
 * change); for reading, region ids become region names and linked ids become titles.
 */
export function listHistory({
  entityType,
  entityId,
  link,
}: {
  entityType: RegisterEntity;
  entityId: number;
  /** the register's link to another: its links field shows the other entries' titles */
  link?: RegisterLinkEnd;
}) {
  const db = getDb();
  const rows = listHistoryRows({ entityType, entityId });
  const titles = (table: RegisterTable) =>
    new Map(
      db
        .select({ id: table.id, title: table.title })
        .from(table)
        .all()
        .map((r) => [String(r.id), r.title as string]),
    );
  const names: Record<string, Map<string, string>> = {
    regionId: new Map(
      db
        .select({ id: regions.id, name: regions.name })
        .from(regions)
        .all()
        .map((r) => [String(r.id), r.name]),
    ),
    ...(link ? { [link.field]: titles(link.otherTable) } : {}),
  };
  const readable = (field: string, value: string | null) => {
    const map = names[field];
    if (!map || value === null) return value;
    return value
      .split(', ')
      .map((id) => map.get(id) ?? `#${id}`)
      .join('; ');
  };
  return rows.map((r) => ({
    ...r,
    oldValue: readable(r.field, r.oldValue),
    newValue: readable(r.field, r.newValue),
  }));
}

function listHistoryRows({ entityType, entityId }: { entityType: RegisterEntity; entityId: number }) {
  return getDb()
    .select({
      id: registerHistory.id,
      field: registerHistory.field,
      oldValue: registerHistory.oldValue,
      newValue: registerHistory.newValue,
      at: registerHistory.at,
      userName: users.name,
    })
    .from(registerHistory)
    .leftJoin(users, eq(users.id, registerHistory.userId))
    .where(and(eq(registerHistory.entityType, entityType), eq(registerHistory.entityId, entityId)))
    .orderBy(asc(registerHistory.id))
    .all();
}

/**
 * Replaces the links of one entry with `after` and writes the change into the history of every
 * entry on the other side of the same region whose links changed, so a link made from either form
 * shows in both histories. A link to another region's entry stays (shared bottlenecks are how
 * regions learn) but is recorded only on the linking region's own entry (by recordChanges): one
 * region's coordinator writes nothing into another region's record (issue 13, defect 10); that
 * record shows the link as "gekoppeld door <regio>" (linkedByRegion).
 */
export function replaceLinks(
  tx: Tx,
  {
    table: ownTable,
    link,
    id,
    before,
    after,
    userId,
  }: {
    table: RegisterTable;
    link: RegisterLinkEnd;
    id: number;
    before: number[];
    after: number[];
    userId: number;
  },
): void {
  const { own, other, otherEntity: otherType, otherTable } = link;
  const ownRegion = tx
    .select({ regionId: ownTable.regionId })
    .from(ownTable)
    .where(eq(ownTable.id, id))
    .get()?.regionId;
  const added = after.filter((x) => !before.includes(x));
  const removed = before.filter((x) => !after.includes(x));
  for (const otherId of [...added, ...removed]) {
    const otherRegion = tx
      .select({ regionId: otherTable.regionId })
      .from(otherTable)
      .where(eq(otherTable.id, otherId))
      .get()?.regionId;
    if (otherRegion !== ownRegion) continue;
    const current = tx
      .select({ id: own })
      .from(link.table)
      .where(eq(other, otherId))
      .all()
      .map((r) => r.id);
    const next = added.includes(otherId) ? [...current, id] : current.filter((x) => x !== id);
    recordChanges(tx, {
      entityType: otherType,
      entityId: otherId,
      userId,
      fields: [link.otherField],
      before: { [link.otherField]: current },
      after: { [link.otherField]: next },
    });
  }
  tx.delete(link.table).where(eq(own, id)).run();
  if (after.length > 0)
    tx.insert(link.table)
      .values(after.map((x) => ({ [link.ownKey]: id, [link.otherKey]: x })) as never)
      .run();
}

/**
 * The ids of the other register that this entry's own history records as linked from it (the
 * link was made on this entry's form). A linked entry of another region that is not among them was
 * linked from that region's side.
 */
export function linksMadeFrom(entityType: RegisterEntity, field: string, entityId: number): Set<number> {
  const rows = getDb()
    .select({ oldValue: registerHistory.oldValue, newValue: registerHistory.newValue })
    .from(registerHistory)
    .where(
      and(
        eq(registerHistory.entityType, entityType),
        eq(registerHistory.entityId, entityId),
        eq(registerHistory.field, field),
      ),
    )
    .all();
  const made = new Set<number>();
  const ids = (v: string | null) => (v ? v.split(', ').map(Number) : []);
  for (const r of rows) {
    const was = ids(r.oldValue);
    for (const x of ids(r.newValue)) if (!was.includes(x)) made.add(x);
  }
  return made;
}
