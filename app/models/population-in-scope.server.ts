/**
 * The population the rates per 10,000 children use (issue 24): per region, month by month, CBS's
 * children 0–17 of its municipalities where CBS has them, the typed scope otherwise
 * (domain/population-in-scope.ts). Read through the figure sources, so a CBS import or a new
 * municipality set raises the figures version and cached rates are made again.
 */
import { populationEntries, populationOrigin, type PopulationLabel } from '#app/domain/population-in-scope';
import type { PopulationEntry } from '#app/domain/population';
import type { Period } from '#app/domain/periods';
import { SOURCES } from './figure-sources.server';

/** Each region's population entries (CBS where it covers the scope, typed otherwise). */
export function populationEntriesOf(regionIds: readonly number[]): Map<number, PopulationEntry[]> {
  const typed = SOURCES.regionScopes.entries(regionIds);
  const sets = SOURCES.cbs.municipalitySets(regionIds);
  const changes = SOURCES.cbs.municipalityChanges();
  const codes = new Set<string>();
  for (const list of sets.values()) for (const s of list) for (const m of s.municipalities) codes.add(m.code);
  // the municipalities a merger was made of carry the figures of the years before it
  for (const c of changes) if (codes.has(c.newCode)) codes.add(c.oldCode);
  const population = codes.size ? SOURCES.cbs.cells({ measure: 'population_0_17', regions: [...codes] }) : [];
  return new Map(
    regionIds.map((id) => [
      id,
      populationEntries({
        typed: typed.get(id) ?? [],
        sets: sets.get(id) ?? [],
        population,
        changes,
      }),
    ]),
  );
}

export interface RegionPopulation {
  regionId: number;
  /** 'cbs', 'typed', 'mixed' (the range crosses a change of source), null: not known */
  origin: PopulationLabel | null;
  /** the children and source line of the entry in force at the range's last month */
  children: number | null;
  source: string | null;
}

/** Where each region's population over a range comes from, for the label beside its rates. */
export function populationLabels(
  entries: ReadonlyMap<number, readonly PopulationEntry[]>,
  regionIds: readonly number[],
  range: { from: Period; to: Period },
): RegionPopulation[] {
  return regionIds.map((regionId) => {
    const list = entries.get(regionId) ?? [];
    const origin = populationOrigin(list, range.from, range.to);
    const last = [...list].reverse().find((e) => e.effectiveFrom <= range.to);
    return {
      regionId,
      origin,
      children: origin === null ? null : (last?.children ?? null),
      source: origin === null ? null : (last?.source ?? null),
    };
  });
}
