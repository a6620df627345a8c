import { and, asc, eq } from 'drizzle-orm';
import { registerHistory, users } from '../../db/schema';
import type { AppDatabase } from '../../db/client';
import { getDb } from '~/utils/db.server';

export type RegisterEntity = 'experiment' | 'bottleneck';
type Value = string | number | null | undefined | readonly (string | number)[];

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

/** The history of one entry, oldest first, with who made each change. */
export function listHistory({ entityType, entityId }: { entityType: RegisterEntity; entityId: number }) {
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
