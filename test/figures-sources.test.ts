/**
 * The figures cache is correct only while every table a cached computation reads raises the figures
 * version on each write (app/models/figure-sources.server.ts). This test holds both halves: each
 * declared table has its three triggers, and nothing computed under the cache — on every page, API
 * and CSV that shows figures, as every role — reads a table that is not declared.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { users } from '#db/schema';
import {
  FIGURE_SOURCES,
  FIGURES_VERSION_TABLES,
  SOURCES,
  type FigureSource,
} from '#app/models/figure-sources.server';
import { viewerFor } from '#app/models/viewer.server';
import { cachedFigures, isComputingFigures } from '#app/models/figures-cache.server';
import * as overview from '#app/routes/_app.overzicht/route';
import * as compare from '#app/routes/_app.vergelijken/route';
import * as regionPage from '#app/routes/_app.regios.$region._index/route';
import * as indicatorPage from '#app/routes/_app.indicatoren.$indicator/route';
import * as progress from '#app/routes/_app.voortgang/route';
import * as progressCsv from '#app/routes/voortgang[.csv]/route';
import * as scores from '#app/routes/api.scores/route';
import * as indicatorApi from '#app/routes/api.indicators.$indicator/route';
import * as valuesCsv from '#app/routes/export.waarden[.csv]/route';
import * as experiment from '#app/routes/_app.experimenten.$id/route';
import { callRoute, type RouteCall } from '#test/call-route';
import { setupTestDatabase } from '#test/db';
import { setToday } from '#test/clock';

const db = setupTestDatabase('seeded');
setToday('2026-11-10');

const tableNames = (
  db.$client.prepare(`select name from sqlite_master where type = 'table'`).all() as { name: string }[]
)
  .map((r) => r.name)
  // the version itself is what the cache reads to know it is current
  .filter((n) => !n.startsWith('sqlite_') && !n.startsWith('__drizzle') && n !== 'figures_version');

/** The schema tables a statement names after FROM or JOIN (CTE names are not tables, so they drop out). */
function tablesIn(sqlText: string): string[] {
  const found = new Set<string>();
  for (const m of sqlText.matchAll(/\b(?:from|join)\s+["`]?([a-z_]+)["`]?/gi)) {
    if (tableNames.includes(m[1])) found.add(m[1]);
  }
  return [...found];
}

/** Records the tables read by every statement that runs inside a cached computation. */
function recordReads<T>(run: () => Promise<T>): Promise<{ result: T; tables: string[] }> {
  const proto = Object.getPrototypeOf(db.$client.prepare('select 1')) as Record<string, unknown>;
  const methods = ['all', 'get', 'iterate', 'run'] as const;
  const originals = methods.map((m) => proto[m] as (...a: unknown[]) => unknown);
  const tables = new Set<string>();
  methods.forEach((m, i) => {
    proto[m] = function (this: { source: string }, ...args: unknown[]) {
      if (isComputingFigures()) tablesIn(this.source).forEach((t) => tables.add(t));
      return originals[i].apply(this, args);
    };
  });
  const restore = () => methods.forEach((m, i) => (proto[m] = originals[i]));
  return run().then(
    (result) => {
      restore();
      return { result, tables: [...tables].sort() };
    },
    (error) => {
      restore();
      throw error;
    },
  );
}

/** A write the triggers see, so the next call computes every figure afresh. */
const emptyTheCache = () => db.$client.prepare(`update settings set value = value`).run();

const experimentId = (db.$client.prepare('select min(id) as id from experiments').get() as { id: number }).id;

const regionIds = (db.$client.prepare('select id from regions order by id').all() as { id: number }[]).map(
  (r) => r.id,
);
const manager = viewerFor({ role: 'manager', regionId: null });

type ReadsOf<S> = Exclude<keyof S, 'name' | 'reads'>;
/**
 * One call of every read of every source (the compiler asks for each, so a new source or read is
 * covered): what it reads must be exactly the tables its source declares.
 */
const READS: { [S in keyof typeof SOURCES]: Record<ReadsOf<(typeof SOURCES)[S]>, () => unknown> } = {
  reportValues: {
    regionBuckets: () =>
      SOURCES.reportValues.regionBuckets({
        viewer: manager,
        from: '2026-01',
        to: '2026-09',
        grain: 'quarter',
      }),
    approvedReports: () => SOURCES.reportValues.approvedReports(),
  },
  registers: {
    states: () => SOURCES.registers.states(),
    experimentSpans: () => SOURCES.registers.experimentSpans(),
    regionsWithExperimentNaming: () => SOURCES.registers.regionsWithExperimentNaming('one_plan'),
    experimentsNaming: () => SOURCES.registers.experimentsNaming('one_plan', regionIds),
  },
  regionScopes: { entries: () => SOURCES.regionScopes.entries(regionIds) },
  referenceBaselines: { baselines: () => SOURCES.referenceBaselines.baselines(regionIds) },
  targets: { targets: () => SOURCES.targets.targets() },
  experience: {
    cells: () => SOURCES.experience.cells({ viewer: manager, regionIds }),
    routeCells: () => SOURCES.experience.routeCells({ viewer: manager, regionIds }),
  },
  settings: { thresholds: () => SOURCES.settings.thresholds() },
  cbs: {
    cells: () =>
      SOURCES.cbs.cells({
        measure: 'child_protection_started',
        regions: ['NL01', 'GM0363'],
        periods: ['2023HJ01'],
      }),
    regionMunicipalities: () => SOURCES.cbs.regionMunicipalities(regionIds[0]!, '2025-06'),
    municipalityChanges: () => SOURCES.cbs.municipalityChanges(),
    municipalitySets: () => SOURCES.cbs.municipalitySets(regionIds),
    municipalitiesOf: () => SOURCES.cbs.municipalitiesOf({ youthCareRegion: 'Zeeland' }),
    populationInScope: () => SOURCES.cbs.populationInScope(regionIds[0]!, 2024),
    tableSources: () => SOURCES.cbs.tableSources(),
  },
  comparisonGroups: {
    mappings: () => SOURCES.comparisonGroups.mappings(),
    matchedGroup: () => SOURCES.comparisonGroups.matchedGroup(regionIds[0]!),
    tableRetrieved: () => SOURCES.comparisonGroups.tableRetrieved('82975NED'),
  },
};

const CALLS: { name: string; module: Parameters<typeof callRoute>[0]; call: Omit<RouteCall, 'as'> }[] = [
  { name: 'overview', module: overview, call: { url: '/overzicht' } },
  { name: 'compare', module: compare, call: { url: '/vergelijken' } },
  {
    name: 'region page',
    module: regionPage,
    call: { url: '/regios/utrecht', params: { region: 'utrecht' } },
  },
  {
    name: 'indicator page',
    module: indicatorPage,
    call: { url: '/indicatoren/triage_on_time', params: { indicator: 'triage_on_time' } },
  },
  { name: 'progress report', module: progress, call: { url: '/voortgang' } },
  { name: 'voortgang.csv', module: progressCsv, call: { url: '/voortgang.csv' } },
  { name: 'api/scores', module: scores, call: { url: '/api/scores?period=2026-Q3' } },
  {
    name: 'api/indicators',
    module: indicatorApi,
    call: { url: '/api/indicators/triage_on_time', params: { indicator: 'triage_on_time' } },
  },
  {
    name: 'export.waarden.csv',
    module: valuesCsv,
    call: { url: '/export/waarden.csv?from=2026-07&to=2026-09' },
  },
  {
    name: 'experiment page',
    module: experiment,
    call: { url: `/experimenten/${experimentId}`, params: { id: String(experimentId) } },
  },
];

describe('the figures version follows every table the figures read', () => {
  test('each declared table raises the version on insert, update and delete (its three triggers)', () => {
    const triggers = db.$client
      .prepare(
        `select tbl_name as tbl, sql from sqlite_master where type = 'trigger' and sql like '%figures_version%'`,
      )
      .all() as { tbl: string; sql: string }[];
    for (const table of FIGURES_VERSION_TABLES) {
      const events = triggers
        .filter((t) => t.tbl === table)
        .map((t) => /AFTER (INSERT|UPDATE|DELETE)/i.exec(t.sql)?.[1].toUpperCase())
        .sort();
      expect({ table, events }).toEqual({ table, events: ['DELETE', 'INSERT', 'UPDATE'] });
    }
    expect(FIGURES_VERSION_TABLES).toEqual([
      'bottlenecks',
      'cbs_observations',
      'cbs_tables',
      'comparison_group_choices',
      'experience_answers',
      'experience_counts',
      'experience_periods',
      'experiment_bottlenecks',
      'experiments',
      'indicator_targets',
      'municipalities',
      'municipality_changes',
      'outcome_cbs_mappings',
      'region_municipalities',
      'region_municipality_sets',
      'region_reference_baselines',
      'region_scopes',
      'regions',
      'register_history',
      'report_values',
      'reports',
      'settings',
    ]);
  });

  test.each(['manager', 'reviewer', 'coordinatorA'] as const)(
    'as %s: everything computed under the cache reads only declared tables',
    async (as) => {
      const read = new Set<string>();
      const answered: string[] = [];
      for (const { name, module, call } of CALLS) {
        emptyTheCache();
        const { result, tables } = await recordReads(() => callRoute(module, { ...call, as }));
        answered.push(`${name} ${result.status}`);
        tables.forEach((t) => read.add(t));
      }
      // every call was answered (a 4xx would read nothing and prove nothing)
      expect(answered.filter((a) => !a.endsWith(' 200'))).toEqual([]);
      const undeclared = [...read].filter((t) => !FIGURES_VERSION_TABLES.includes(t));
      expect(undeclared).toEqual([]);
      // the recorder saw the figures' own tables, so it was listening
      expect([...read].sort()).toEqual(expect.arrayContaining(['report_values', 'reports']));
    },
  );

  test.each(Object.keys(READS) as (keyof typeof SOURCES)[])(
    'the %s source owns its SQL and reads exactly the tables it declares',
    async (name) => {
      const source: FigureSource = SOURCES[name];
      const reads = READS[name] as Record<string, () => unknown>;
      // every function of the source is one of its reads, and each is called here
      expect(Object.keys(reads).sort()).toEqual(
        Object.keys(source)
          .filter((k) => k !== 'name' && k !== 'reads')
          .sort(),
      );
      const read = new Set<string>();
      for (const [fn, call] of Object.entries(reads)) {
        emptyTheCache();
        const { tables } = await recordReads(async () =>
          cachedFigures(`figures-sources-test|${name}|${fn}`, call),
        );
        expect({ fn, tables: tables.filter((t) => !source.reads.includes(t)) }).toEqual({ fn, tables: [] });
        tables.forEach((t) => read.add(t));
      }
      expect([...read].sort()).toEqual([...source.reads].sort());
    },
  );

  test('a source that reads an undeclared table is found', async () => {
    emptyTheCache();
    const { tables } = await recordReads(async () =>
      cachedFigures('figures-sources-test|users', () => db.select().from(users).all().length),
    );
    expect(tables).toEqual(['users']);
    expect(FIGURES_VERSION_TABLES).not.toContain('users');
  });

  test('the figures model runs no SQL of its own: every figure comes through a declared source', () => {
    const code = fs.readFileSync(path.join(process.cwd(), 'app/models/figures.server.ts'), 'utf8');
    expect(code).not.toMatch(/from 'drizzle-orm'|getDb|db\.server|#db\//);
    expect(code).toContain("from './figure-sources.server'");
    // each source says what it is and what it reads
    for (const source of FIGURE_SOURCES) expect(source.reads.length).toBeGreaterThan(0);
    expect(FIGURE_SOURCES.map((s) => s.name)).toEqual([
      'monthly report values with their reports and regions',
      'the registers (experiment and bottleneck counts, experiment markers, status as of a quarter)',
      'region scopes (children and municipalities, for the rates per 10,000 children)',
      'baselines filled from reference data (a baseline before the first monthly report)',
      'indicator targets',
      'experience counts (the "Ervaring" block, issue 25)',
      'settings (small-number thresholds)',
      'CBS StatLine figures per municipality and the regions’ scope as municipalities (issue 24)',
      "comparison groups from CBS figures: the outcome–CBS mapping and each region's matched group (issue 24, ADR 021)",
    ]);
  });
});
