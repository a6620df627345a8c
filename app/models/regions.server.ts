import { asc, desc, eq, sql } from 'drizzle-orm';
import { regions, regionScopes, users } from '#db/schema';
import { regionStyle } from '#app/domain/region-colours';
import { addMonths, clampToWindow, isPeriodInWindow, type Period } from '#app/domain/periods';
import { scopeInForce, type ScopeEntry } from '#app/domain/population';
import { SOURCES } from './figure-sources.server';
import { getDb } from '#app/utils/db.server';

type RegionRow = typeof regions.$inferSelect;

/** A region as the app uses it: its own colour, or the palette's for its place in the order. */
export type Region = Omit<RegionRow, 'colour'> & {
  colour: string;
  pattern: number;
  ownColour: string | null;
};

function resolve(rows: RegionRow[]): Region[] {
  return rows.map((r, i) => {
    const style = regionStyle(i);
    return {
      ...r,
      ownColour: r.colour,
      colour: r.colour ?? style.colour,
      pattern: r.colour ? 0 : style.pattern,
    };
  });
}

/** Every region, inactive ones included (the admin's list); palette colours by place among all. */
export function listAllRegions(): Region[] {
  return resolve(getDb().select().from(regions).orderBy(asc(regions.sortOrder), asc(regions.name)).all());
}

/** The active regions, in their order, each with its colour. */
export function listRegions(): Region[] {
  return listAllRegions().filter((r) => r.active);
}

export function findRegionBySlug(slug: string): Region | undefined {
  return listAllRegions().find((r) => r.slug === slug);
}

export function findRegionById(id: number): Region | undefined {
  return listAllRegions().find((r) => r.id === id);
}

/** The first month of the pilot (the reporting start when none is set). */
export function pilotStartOf(r: Pick<RegionRow, 'pilotStart' | 'reportingStart'>): Period {
  // a stored start outside the window (0000-01) is read within it: pages do not fail on it
  return clampToWindow(r.pilotStart ?? r.reportingStart);
}

/** The region's baseline months: as set by a manager, else the twelve months before the pilot. */
export function baselineOf(
  r: Pick<RegionRow, 'pilotStart' | 'reportingStart' | 'baselineFrom' | 'baselineTo'>,
) {
  // A stored baseline outside the window (0000-01, entered before the form checked) is not used:
  // the default stands in until a manager corrects it (the start page lists it).
  if (
    r.baselineFrom &&
    r.baselineTo &&
    isPeriodInWindow(r.baselineFrom) &&
    isPeriodInWindow(r.baselineTo) &&
    r.baselineFrom <= r.baselineTo
  )
    return { from: r.baselineFrom, to: r.baselineTo, custom: true };
  const start = pilotStartOf(r);
  return { from: addMonths(start, -12), to: addMonths(start, -1), custom: false };
}

/** Each region's scope in force in a month (null: none recorded yet), as the region page and the progress report show it. */
export function scopesInForce(regionIds: readonly number[], month: Period): Map<number, ScopeEntry | null> {
  const entries = SOURCES.regionScopes.entries(regionIds);
  return new Map(regionIds.map((id) => [id, scopeInForce(entries.get(id) ?? [], month)]));
}

/** A region's scope rows with who set them, newest first (the history shown to the admin). */
export function listScopeHistory(regionId: number) {
  return getDb()
    .select({
      id: regionScopes.id,
      effectiveFrom: regionScopes.effectiveFrom,
      children: regionScopes.children,
      municipalities: regionScopes.municipalities,
      source: regionScopes.source,
      origin: regionScopes.origin,
      setAt: regionScopes.setAt,
      setBy: users.name,
    })
    .from(regionScopes)
    .leftJoin(users, eq(users.id, regionScopes.setBy))
    .where(eq(regionScopes.regionId, regionId))
    .orderBy(desc(regionScopes.effectiveFrom), desc(regionScopes.id))
    .all();
}

/** The next free place in the order (a new region goes last). */
export function nextSortOrder(): number {
  return (getDb().get<{ n: number | null }>(sql`select max(sort_order) as n from regions`)?.n ?? 0) + 1;
}

/** Active regions with their app-wide colour (by region order) for the dashboards. */
export function listRegionInfo() {
  return listRegions().map((r) => ({
    id: r.id,
    slug: r.slug,
    name: r.name,
    colour: r.colour,
    pattern: r.pattern,
  }));
}
