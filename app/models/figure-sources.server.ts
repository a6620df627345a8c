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
export interface FigureSource {
  /** what the source gives the figures */
  name: string;
  /** the models that own its SQL */
  models: readonly string[];
  /** every table its SQL reads */
  reads: readonly string[];
}

export const FIGURE_SOURCES = [
  {
    name: 'monthly report values with their reports, regions and scopes',
    models: ['report-values.server.ts', 'figures.server.ts', 'outcomes-shown.server.ts', 'reports.server.ts'],
    reads: ['reports', 'report_values', 'regions', 'region_scopes'],
  },
  {
    name: 'the registers (experiment and bottleneck counts, experiment markers, status as of a quarter)',
    models: ['registers.server.ts', 'register-history.server.ts', 'experiment-effect.server.ts'],
    reads: ['experiments', 'bottlenecks', 'experiment_bottlenecks', 'register_history'],
  },
  {
    name: 'baselines filled from reference data (a baseline before the first monthly report)',
    models: ['reference-baselines.server.ts'],
    reads: ['region_reference_baselines'],
  },
  {
    name: 'indicator targets',
    models: ['targets.server.ts'],
    reads: ['indicator_targets'],
  },
  {
    name: 'experience counts (the "Ervaring" block, issue 25)',
    models: ['experience.server.ts'],
    reads: ['experience_periods', 'experience_counts', 'experience_answers'],
  },
  {
    name: 'settings (small-number thresholds)',
    models: ['settings.server.ts'],
    reads: ['settings'],
  },
] as const satisfies readonly FigureSource[];

/** The tables whose writes raise the figures version: the union of what the sources read. */
export const FIGURES_VERSION_TABLES: readonly string[] = [
  ...new Set(FIGURE_SOURCES.flatMap((s) => s.reads as readonly string[])),
].sort();
