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
  const out = new Map<number, ScopeEntry[]>(regionIds.map((id) => [id, []]));
  if (regionIds.length === 0) return out;
  const rows = getDb()
    .select()
    .from(regionScopes)
    .where(inArray(regionScopes.regionId, [...regionIds]))
    .all();
  for (const r of rows)
    out.get(r.regionId)?.push({
      id: r.id,
      effectiveFrom: r.effectiveFrom,
      children: r.children,
      municipalities: r.municipalities,
      source: r.source,
    });
  return out;
}

export const regionScopesSource = {
  name: 'region scopes (children and municipalities, for the rates per 10,000 children)',
  reads: ['region_scopes'],
  entries: readScopeEntries,
} as const satisfies FigureSource;
