/**
 * The population the rates per 10,000 children use, month by month (issue 24, item 2): CBS's
 * children 0–17 on 1 January of the month's year, summed over the region's municipalities in force
 * that month, where CBS has it; the typed scope otherwise (labelled as typed).
 *
 * CBS's figure counts only where it covers the scope exactly: every municipality of the set is whole
 * (a district of Amsterdam or Rotterdam is not a municipality) and every one has a known figure
 * for the year (a secret or missing cell falls back to the typed estimate, never to 0). A
 * municipality formed by a merger after 1 January of the year is summed from the municipalities it
 * was made of (comparison-groups.ts, the same rule as the comparison groups).
 *
 * When neither is known the month has no population: its rates are unknown, never computed over 0.
 *
 * Pure: no database, Remix or React.
 */
import { groupRate, type CbsFigure, type MunicipalityChange } from './comparison-groups';
import { periodRange, type Period } from './periods';
import { scopeInForce, type PopulationEntry, type PopulationOrigin, type ScopeEntry } from './population';

/** CBS's table of the population on 1 January (the catalogue's `population_0_17`). */
export const CBS_POPULATION_TABLE = '03759ned';

/** A region's municipalities from a month on (region_municipality_sets + region_municipalities). */
export interface MunicipalitySet {
  id: number;
  effectiveFrom: Period;
  municipalities: readonly { code: string; partial: boolean }[];
}

export interface CbsChildren {
  children: number;
  provisional: boolean;
}

/**
 * CBS's children 0–17 on 1 January of `year` in a set of municipalities: null when the set is
 * empty, holds part of a municipality, or any municipality's figure is missing or secret.
 */
export function cbsChildrenOfSet(
  set: MunicipalitySet,
  year: number,
  population: readonly CbsFigure[],
  changes: readonly MunicipalityChange[],
): CbsChildren | null {
  if (set.municipalities.length === 0 || set.municipalities.some((m) => m.partial)) return null;
  // a year's child-years are its children on 1 January × 12/12
  const g = groupRate({
    members: set.municipalities.map((m) => m.code),
    periods: [String(year)],
    events: [],
    population,
    changes,
  });
  if (g.childYears === null || g.missing.some((m) => m.measure === 'population')) return null;
  return { children: Math.round(g.childYears), provisional: g.provisional };
}

const yearOf = (month: Period) => Number(month.slice(0, 4));

/**
 * The population entries of one region: from each month where its source can change (a typed
 * entry, a new municipality set, each 1 January) the CBS figure where it covers the scope, else the
 * typed entry in force, else unknown. Ids rise with the months, so the latest entry holds.
 */
export function populationEntries(input: {
  typed: readonly ScopeEntry[];
  sets: readonly MunicipalitySet[];
  population: readonly CbsFigure[];
  changes: readonly MunicipalityChange[];
}): PopulationEntry[] {
  const starts = [...input.typed.map((e) => e.effectiveFrom), ...input.sets.map((s) => s.effectiveFrom)];
  if (starts.length === 0) return [];
  const first = starts.reduce((a, b) => (a < b ? a : b));
  // every year up to the one after the newest figure, so the last CBS year does not run on
  const years = [
    ...starts.map(yearOf),
    ...input.population.map((c) => Number(c.period.slice(0, 4))).filter(Number.isFinite),
  ];
  const last = Math.max(...years) + 1;
  const months = new Set(starts);
  for (let y = yearOf(first); y <= last; y++) if (`${y}-01` >= first) months.add(`${y}-01`);
  const out: PopulationEntry[] = [];
  for (const month of [...months].sort()) {
    const set = scopeInForce(input.sets, month);
    const cbs = set ? cbsChildrenOfSet(set, yearOf(month), input.population, input.changes) : null;
    const typed = scopeInForce(input.typed, month);
    const entry: Omit<PopulationEntry, 'id'> = cbs
      ? {
          effectiveFrom: month,
          children: cbs.children,
          origin: 'cbs',
          // StatLine marks a provisional figure with '*'
          source: `CBS StatLine ${CBS_POPULATION_TABLE}, ${yearOf(month)}${cbs.provisional ? '*' : ''}`,
        }
      : typed
        ? { effectiveFrom: month, children: typed.children, origin: 'typed', source: typed.source }
        : { effectiveFrom: month, children: null };
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.children === entry.children &&
      prev.origin === entry.origin &&
      prev.source === entry.source
    )
      continue;
    out.push({ id: out.length + 1, ...entry });
  }
  return out;
}

/** How a range's population was made: from CBS, typed, both (a range across the change), or null when a month has none. */
export type PopulationLabel = PopulationOrigin | 'mixed';

export function populationOrigin(
  entries: readonly PopulationEntry[],
  from: Period,
  to: Period,
): PopulationLabel | null {
  const seen = new Set<PopulationOrigin>();
  for (const m of periodRange(from, to)) {
    const e = scopeInForce(entries, m);
    if (!e || e.children === null) return null;
    seen.add(e.origin ?? 'typed');
  }
  if (seen.size === 0) return null;
  return seen.size > 1 ? 'mixed' : [...seen][0];
}
