/**
 * A region's scope as municipalities (issue 24): an administrator records a new list from a month
 * on (never editing an earlier one), audited; the lists are the history.
 */
import { desc, eq, sql } from 'drizzle-orm';
import { municipalities, regionMunicipalities, regionMunicipalitySets, users } from '#db/schema';
import { WRITE_TX, type AppDatabase } from '#db/client';
import type { ScopeMunicipality } from '#app/domain/region-municipalities';
import { recordAudit } from './audit.server';

export function knownMunicipalityCodes(db: AppDatabase): Set<string> {
  return new Set(
    db
      .select({ code: municipalities.code })
      .from(municipalities)
      .all()
      .map((m) => m.code),
  );
}

export function recordRegionMunicipalities(
  db: AppDatabase,
  {
    regionId,
    effectiveFrom,
    list,
    userId,
  }: { regionId: number; effectiveFrom: string; list: ScopeMunicipality[]; userId: number },
): number {
  return db.transaction((tx) => {
    const set = tx
      .insert(regionMunicipalitySets)
      .values({ regionId, effectiveFrom, setBy: userId })
      .returning({ id: regionMunicipalitySets.id })
      .get();
    tx.insert(regionMunicipalities)
      .values(
        list.map((m) => ({
          setId: set.id,
          municipalityCode: m.code,
          partial: m.partial,
          district: m.district,
        })),
      )
      .run();
    recordAudit(
      {
        userId,
        action: 'region.municipalities',
        entityType: 'region',
        entityId: regionId,
        detail: { effectiveFrom, municipalities: list },
      },
      tx,
    );
    return set.id;
  }, WRITE_TX);
}

export interface MunicipalitySetRow {
  id: number;
  effectiveFrom: string;
  setAt: string;
  setBy: string | null;
  municipalities: { code: string; name: string; partial: boolean; district: string | null }[];
}

/** Every list of the region, newest first. */
export function listMunicipalitySets(db: AppDatabase, regionId: number): MunicipalitySetRow[] {
  const sets = db
    .select({
      id: regionMunicipalitySets.id,
      effectiveFrom: regionMunicipalitySets.effectiveFrom,
      setAt: regionMunicipalitySets.setAt,
      setBy: users.name,
    })
    .from(regionMunicipalitySets)
    .leftJoin(users, eq(users.id, regionMunicipalitySets.setBy))
    .where(eq(regionMunicipalitySets.regionId, regionId))
    .orderBy(desc(regionMunicipalitySets.effectiveFrom), desc(regionMunicipalitySets.id))
    .all();
  return sets.map((s) => ({
    ...s,
    municipalities: db
      .all<{ code: string; name: string; partial: number; district: string | null }>(
        sql`select m.code, m.name, rm.partial, rm.district from region_municipalities rm
          join municipalities m on m.code = rm.municipality_code where rm.set_id = ${s.id} order by m.name`,
      )
      .map((m) => ({ ...m, partial: m.partial === 1 })),
  }));
}
