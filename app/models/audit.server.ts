import { auditLog } from '#db/schema';
import type { AppDatabase } from '#db/client';
import { getDb } from '#app/utils/db.server';

export interface AuditEntry {
  userId: number | null;
  action: string;
  entityType: string;
  entityId?: string | number | null;
  detail?: Record<string, unknown>;
}

/** Appends to the audit log. Pass the transaction when the write it records is part of one. */
export function recordAudit(entry: AuditEntry, db: Pick<AppDatabase, 'insert'> = getDb()): void {
  db.insert(auditLog)
    .values({
      userId: entry.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId == null ? null : String(entry.entityId),
      detail: entry.detail ?? null,
    })
    .run();
}
