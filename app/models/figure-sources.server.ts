/**
 * The sources of the dashboard figures and the tables each reads. The figures cache
 * (figures-cache.server.ts) keeps computed figures for one data version: the row of
 * `figures_version`, raised by a trigger on every insert, update and delete of these tables in the
 * same transaction as the write. A source that reads a table without those triggers would serve
 * stale figures after a write to it, so:
 *
 * - a new source adds itself here with every table it reads, and
 * - a migration gives each new table its three triggers (as 0002_figures_version, 0004 for
 *   `region_scopes` and 0010 for the registers' links and history do).
 *
 * `test/figures-sources.test.ts` fails when a table listed here has no triggers, and when anything
 * computed under the cache reads a table that is not listed (it records the SQL of every page that
 * shows figures, as every role).
 */
import { reportValuesSource } from '#app/models/sources/report-values.server';
import { registersSource } from '#app/models/sources/registers.server';
import { referenceBaselinesSource } from '#app/models/sources/reference-baselines.server';
import { experienceSource } from '#app/models/sources/experience.server';
import { regionScopesSource } from '#app/models/sources/region-scopes.server';
import { cbsSource } from '#app/models/sources/cbs.server';
import { comparisonGroupsSource } from '#app/models/sources/comparison-groups.server';
import { targetsSource } from '#app/models/targets.server';
import { settingsSource } from '#app/models/settings.server';

export interface FigureSource {
  /** what the source gives the figures */
  name: string;
  /** every table its SQL reads */
  reads: readonly string[];
  /** its reads: functions that run its SQL and return plain rows for the domain */
  [read: string]: unknown;
}

/**
 * Every source of figures, each a module that owns its SQL (app/models/sources/; the targets and
 * the thresholds in their own small models) and declares the tables it reads beside that SQL. The figures model
 * (figures.server.ts) and the other computations under the cache read the database only through
 * these; it holds no SQL of its own.
 */
export const SOURCES = {
  reportValues: reportValuesSource,
  registers: registersSource,
  regionScopes: regionScopesSource,
  referenceBaselines: referenceBaselinesSource,
  targets: targetsSource,
  experience: experienceSource,
  settings: settingsSource,
  cbs: cbsSource,
  comparisonGroups: comparisonGroupsSource,
};

export const FIGURE_SOURCES: readonly FigureSource[] = Object.values(SOURCES);

/** The tables whose writes raise the figures version: the union of what the sources read. */
export const FIGURES_VERSION_TABLES: readonly string[] = [
  ...new Set(FIGURE_SOURCES.flatMap((s) => s.reads)),
].sort();
