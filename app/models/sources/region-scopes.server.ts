/**
 * Figure source: the regions' scopes (children and municipalities from a date on: the history of
 * each region's scope). It owns the SQL that reads them for the rates per 10,000 children (outcomes,
 * funnel plots, "voor en na") and the scope in force on the region pages, and declares the table it
 * reads. Plain rows for the domain (app/domain/population.ts).
 */
import { inArray } from 'drizzle-orm';
import { regionScopes } from '#db/schema';
import type { ScopeEntry } from '#app/domain/population';
import { getDb } from '#app/utils/db.server';
import type { FigureSource } from '#app/models/figure-sources.server';

/** Scope entries per region (every row: the history), for the rates per 10,000 children. */
function readScopeEntries(regionIds: readonly number[]): Map<number, ScopeEntry[]> {
  const rows = regionIds.length
    ? getDb()
        .select({
          regionId: regionScopes.regionId,
          id: regionScopes.id,
          effectiveFrom: regionScopes.effectiveFrom,
          children: regionScopes.children,
          municipalities: regionScopes.municipalities,
          source: regionScopes.source,
        })
        .from(regionScopes)
        .where(inArray(regionScopes.regionId, [...regionIds]))
        .all()
    : [];
  return new Map(
    regionIds.map((id) => [
      id,
      rows.filter((r) => r.regionId === id).map(({ regionId: _, ...entry }) => entry),
    ]),
  );
}

export const regionScopesSource = {
  name: 'region scopes (children and municipalities, for the rates per 10,000 children)',
  reads: ['region_scopes'],
  entries: readScopeEntries,
} as const satisfies FigureSource;
