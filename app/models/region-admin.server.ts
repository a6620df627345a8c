/**
 * Writes to regions (admin) and baselines (manager). Every write is audited in the same
 * transaction; the audit entries of a region are its change history (old and new value per field).
 * Scope rows are never changed, only added (see db/schema.ts regionScopes).
 */
import { and, desc, eq } from 'drizzle-orm';
import { auditLog, regions, regionScopes, users } from '#db/schema';
import { getDb } from '#app/utils/db.server';
import { recordAudit } from './audit.server';
import { nextSortOrder } from './regions.server';
import { WRITE_TX } from '#db/client';

export interface RegionFields {
  name: string;
  planName: string;
  colour?: string;
  reportingStart: string;
  pilotStart: string;
}

export interface ScopeFields {
  effectiveFrom: string;
  children: number;
  municipalities: string[];
  source?: string;
}

export function slugTaken(slug: string): boolean {
  return !!getDb().select({ id: regions.id }).from(regions).where(eq(regions.slug, slug)).get();
}

/** A new active region at the end of the order, with its first scope. */
export function createRegion(input: RegionFields & ScopeFields & { slug: string }, userId: number) {
  return getDb().transaction((tx) => {
    const region = tx
      .insert(regions)
      .values({
        slug: input.slug,
        name: input.name,
        planName: input.planName,
        colour: input.colour ? input.colour.toUpperCase() : null,
        reportingStart: input.reportingStart,
        pilotStart: input.pilotStart,
        sortOrder: nextSortOrder(),
      })
      .returning()
      .get();
    const scope = insertScope(tx, region.id, input, userId);
    recordAudit(
      {
        userId,
        action: 'region.create',
        entityType: 'region',
        entityId: region.id,
        detail: { slug: region.slug, name: region.name, scope },
      },
      tx,
    );
    return region;
  }, WRITE_TX);
}

type Tx = Parameters<Parameters<ReturnType<typeof getDb>['transaction']>[0]>[0];

function insertScope(tx: Tx, regionId: number, s: ScopeFields, userId: number) {
  return tx
    .insert(regionScopes)
    .values({
      regionId,
      effectiveFrom: s.effectiveFrom,
      children: s.children,
      municipalities: s.municipalities,
      source: s.source ?? '',
      setBy: userId,
    })
    .returning()
    .get();
}

/** Changes the region's fields; records old and new value of each field that changed. */
export function updateRegion(regionId: number, input: RegionFields & { active: boolean }, userId: number) {
  return getDb().transaction((tx) => {
    const before = tx.select().from(regions).where(eq(regions.id, regionId)).get();
    if (!before) return false;
    const after = {
      name: input.name,
      planName: input.planName,
      colour: input.colour ? input.colour.toUpperCase() : null,
      reportingStart: input.reportingStart,
      pilotStart: input.pilotStart,
      active: input.active,
    };
    const changes = Object.fromEntries(
      (Object.keys(after) as (keyof typeof after)[])
        .filter((k) => before[k] !== after[k])
        .map((k) => [k, [before[k], after[k]]]),
    );
    if (Object.keys(changes).length === 0) return true;
    tx.update(regions).set(after).where(eq(regions.id, regionId)).run();
    recordAudit(
      { userId, action: 'region.update', entityType: 'region', entityId: regionId, detail: { changes } },
      tx,
    );
    return true;
  }, WRITE_TX);
}

export function addScope(regionId: number, input: ScopeFields, userId: number) {
  return getDb().transaction((tx) => {
    const scope = insertScope(tx, regionId, input, userId);
    recordAudit(
      { userId, action: 'region.scope', entityType: 'region', entityId: regionId, detail: { scope } },
      tx,
    );
    return scope;
  }, WRITE_TX);
}

/** Sets (or with nulls resets) the baseline; the reason goes into the history. */
export function setBaseline(
  regionId: number,
  baseline: { from: string | null; to: string | null },
  reason: string,
  userId: number,
) {
  return getDb().transaction((tx) => {
    const before = tx.select().from(regions).where(eq(regions.id, regionId)).get();
    if (!before) return false;
    tx.update(regions)
      .set({ baselineFrom: baseline.from, baselineTo: baseline.to })
      .where(eq(regions.id, regionId))
      .run();
    recordAudit(
      {
        userId,
        action: 'region.baseline',
        entityType: 'region',
        entityId: regionId,
        detail: {
          changes: {
            baselineFrom: [before.baselineFrom, baseline.from],
            baselineTo: [before.baselineTo, baseline.to],
          },
          reason,
        },
      },
      tx,
    );
    return true;
  }, WRITE_TX);
}

/** The region's change history (newest first), from the audit log. */
export function listRegionHistory(regionId: number) {
  return getDb()
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      detail: auditLog.detail,
      user: users.name,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(and(eq(auditLog.entityType, 'region'), eq(auditLog.entityId, String(regionId))))
    .orderBy(desc(auditLog.id))
    .all();
}
