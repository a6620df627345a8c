/**
 * Targets and floors per indicator. Every change is a new row with the first period it holds for
 * (effectiveFrom); nothing is overwritten, so the history stays and a score always uses the target
 * in force for its own period (domain: targetInForce).
 */
import { asc, desc, eq } from 'drizzle-orm';
import { indicatorTargets, users } from '#db/schema';
import { getDb } from '#app/utils/db.server';
import type { TargetSetting } from '#app/domain/scoring';
import { recordAudit } from './audit.server';
import { WRITE_TX } from '#db/client';
import type { FigureSource } from './figure-sources.server';

/**
 * The targets in force. A row with a target or floor that is not a finite number (a release before
 * issue 13 stored a 400-digit floor as Infinity, which made every score NaN) is left out, as if that
 * change had not been made; the row stays in the history.
 */
export function listTargetSettings(): TargetSetting[] {
  return getDb()
    .select({
      indicatorCode: indicatorTargets.indicatorCode,
      target: indicatorTargets.target,
      floor: indicatorTargets.floor,
      effectiveFrom: indicatorTargets.effectiveFrom,
    })
    .from(indicatorTargets)
    .orderBy(
      asc(indicatorTargets.indicatorCode),
      asc(indicatorTargets.effectiveFrom),
      asc(indicatorTargets.id),
    )
    .all()
    .filter((t) => Number.isFinite(t.target) && Number.isFinite(t.floor));
}

export interface TargetHistoryRow extends TargetSetting {
  id: number;
  note: string;
  setAt: string;
  setByName: string | null;
}

export function listTargetHistory(indicatorCode?: string): TargetHistoryRow[] {
  const q = getDb()
    .select({
      id: indicatorTargets.id,
      indicatorCode: indicatorTargets.indicatorCode,
      target: indicatorTargets.target,
      floor: indicatorTargets.floor,
      effectiveFrom: indicatorTargets.effectiveFrom,
      note: indicatorTargets.note,
      setAt: indicatorTargets.setAt,
      setByName: users.name,
    })
    .from(indicatorTargets)
    .leftJoin(users, eq(users.id, indicatorTargets.setBy));
  return (indicatorCode ? q.where(eq(indicatorTargets.indicatorCode, indicatorCode)) : q)
    .orderBy(desc(indicatorTargets.effectiveFrom), desc(indicatorTargets.id))
    .all();
}

export interface NewTarget {
  indicatorCode: string;
  target: number;
  floor: number;
  effectiveFrom: string;
  note: string;
}

/** Records a new target; the audit entry is written in the same transaction. */
export function createTarget(t: NewTarget, userId: number): number {
  const db = getDb();
  return db.transaction((tx) => {
    const row = tx
      .insert(indicatorTargets)
      .values({ ...t, setBy: userId })
      .returning({ id: indicatorTargets.id })
      .get();
    recordAudit(
      { userId, action: 'target.set', entityType: 'indicator_target', entityId: row.id, detail: { ...t } },
      tx,
    );
    return row.id;
  }, WRITE_TX);
}

/** Figure source: the targets in force (figure-sources.server.ts). */
export const targetsSource = {
  name: 'indicator targets',
  reads: ['indicator_targets'],
  targets: listTargetSettings,
} as const satisfies FigureSource;
