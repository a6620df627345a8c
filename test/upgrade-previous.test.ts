/**
 * Upgrades in place from the previous release: a used database of release 019cb3e (the release
 * before the intervals, control charts, reference baselines and experience counts) is migrated to
 * this release. It was made once with that release's own code — its migrations 0000–0010, the demo
 * seed, then a month of use through its route actions (test/fixtures/make-release-1.ts run in a
 * checkout of 019cb3e):
 *   git worktree add --detach /tmp/rel 019cb3e && cd /tmp/rel && npm ci
 *   npx tsx test/fixtures/make-release-1.ts /tmp/prev.db   (then VACUUM INTO a single file, gzip -9)
 * Migrations 0011–0018 only add tables, triggers, (0014) a defaulted column, (0015) the outcome–CBS
 * mapping, (0016) a nullable column (the reason a recalculation of control limits was withdrawn) and
 * (0018) two nullable columns of a table new since that release (a CBS baseline's counts):
 * every row of every table of that release must come through unchanged, byte for byte. A database
 * already at 0013 with recorded recalculations keeps them as they were, the new column empty; one
 * at 0017 with filled baselines keeps them, (0018) a CBS baseline given its counts from its audit entry.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import Database from 'better-sqlite3';
import { openDatabase, type AppDatabase } from '#db/client';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { MIGRATIONS_FOLDER, migrateDatabase } from '#db/migrate';
import { setDbForTests } from '#app/utils/db.server';
import * as overview from '#app/routes/_app.overzicht/route';
import * as progress from '#app/routes/_app.voortgang/route';
import { callRoute } from './call-route';

const FIXTURE = path.join(
  path.dirname(new URL(import.meta.url).pathname),
  'fixtures',
  'release-019cb3e.db.gz',
);
const file = path.join(os.tmpdir(), `proeftuinmonitor-upgrade-019cb3e-${process.pid}.db`);

/** The rows of release 019cb3e's database, per table, as they stood before the upgrade. */
const PREVIOUS_COUNTS = {
  account_tokens: 1,
  audit_log: 10,
  bottlenecks: 21,
  experiment_bottlenecks: 32,
  experiments: 28,
  figures_version: 1,
  indicator_targets: 1,
  login_attempts: 1,
  narrative_history: 0,
  narratives: 0,
  outbox: 4,
  recovery_codes: 0,
  reference_series: 2,
  reference_values: 14,
  region_scopes: 24,
  regions: 6,
  register_history: 9,
  report_comments: 1,
  report_events: 549,
  report_values: 22078,
  reports: 276,
  sessions: 9,
  settings: 3,
  users: 11,
  value_history: 79,
} as const;

/** The tables this release adds; a database of the previous release has none of them. */
const NEW_TABLES = [
  'cbs_imports',
  'cbs_observations',
  'cbs_tables',
  'comparison_group_choices',
  'control_limit_recalculations',
  'experience_answers',
  'experience_counts',
  'experience_mappings',
  'experience_periods',
  'figures_changes',
  'municipalities',
  'municipality_changes',
  'region_municipalities',
  'region_municipality_sets',
  'region_reference_baselines',
];

/** Tables this release adds with the rows its migration seeds (0015: which outcome compares with which CBS measure). */
const SEEDED_TABLES: Record<string, number> = { outcome_cbs_mappings: 2 };

/** Columns this release adds to tables of the previous one (0014: typed scopes and series labelled typed). */
const NEW_COLUMNS: Record<string, string[]> = { region_scopes: ['origin'], reference_series: ['origin'] };

const tablesOf = (d: Database.Database) =>
  (
    d
      .prepare(
        `select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`,
      )
      .all() as { name: string }[]
  ).map((r) => r.name);
const rowsOf = (d: Database.Database, table: string) =>
  d.prepare(`select * from "${table}" order by rowid`).all();
const count = (d: Database.Database, table: string) =>
  (d.prepare(`select count(*) as n from "${table}"`).get() as { n: number }).n;

let before: Database.Database;
let db: AppDatabase;

beforeAll(() => {
  fs.writeFileSync(file, zlib.gunzipSync(fs.readFileSync(FIXTURE)));
  before = new Database(fs.readFileSync(file));
  db = openDatabase(file);
  migrateDatabase(db);
  setDbForTests(db);
});

afterAll(() => {
  before.close();
  db.$client.close();
  for (const s of ['', '-wal', '-shm']) fs.rmSync(file + s, { force: true });
});

describe('upgrading a used database of release 019cb3e', () => {
  test('the fixture is that release: migrations 0000–0010 applied, its rows as listed', () => {
    expect(count(before, '__drizzle_migrations')).toBe(11);
    const counts = Object.fromEntries(
      tablesOf(before)
        .filter((t) => t !== '__drizzle_migrations')
        .map((t) => [t, count(before, t)]),
    );
    expect(counts).toEqual(PREVIOUS_COUNTS);
    for (const t of [...NEW_TABLES, ...Object.keys(SEEDED_TABLES)]) expect(tablesOf(before)).not.toContain(t);
  });

  test('this release’s migrations apply and leave a consistent file', () => {
    expect(JOURNAL_ENTRIES).toBeGreaterThanOrEqual(18);
    expect(count(db.$client, '__drizzle_migrations')).toBe(JOURNAL_ENTRIES);
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
    expect(tablesOf(db.$client)).toEqual(
      [...tablesOf(before), ...NEW_TABLES, ...Object.keys(SEEDED_TABLES)].sort((a, b) =>
        a < b ? -1 : a > b ? 1 : 0,
      ),
    );
    for (const t of NEW_TABLES) expect([t, count(db.$client, t)]).toEqual([t, 0]);
    for (const [t, n] of Object.entries(SEEDED_TABLES)) expect([t, count(db.$client, t)]).toEqual([t, n]);
    // the mapping names CBS measures of the catalogue, with its gap in both languages
    expect(
      db.$client
        .prepare(
          'select outcome_code, cbs_measure, length(gap_nl) > 100 as nl, length(gap_en) > 100 as en from outcome_cbs_mappings order by 1',
        )
        .all(),
    ).toEqual([
      { outcome_code: 'measures_rate', cbs_measure: 'child_protection_started', nl: 1, en: 1 },
      { outcome_code: 'signals_rate', cbs_measure: 'vt_reports', nl: 1, en: 1 },
    ]);
  });

  test('every row of every table of the previous release comes through unchanged', () => {
    for (const table of Object.keys(PREVIOUS_COUNTS)) {
      const added = NEW_COLUMNS[table] ?? [];
      const without = (rows: unknown[]) =>
        rows.map((r) =>
          Object.fromEntries(
            Object.entries(r as Record<string, unknown>).filter(([k]) => !added.includes(k)),
          ),
        );
      expect([table, without(rowsOf(db.$client, table))]).toEqual([table, rowsOf(before, table)]);
    }
  });

  test('the typed scopes and reference series are kept and labelled typed; no municipality is invented', () => {
    const origins = (table: string) =>
      db.$client.prepare(`select origin, count(*) as n from "${table}" group by origin`).all();
    expect(origins('region_scopes')).toEqual([{ origin: 'typed', n: 24 }]);
    expect(origins('reference_series')).toEqual([{ origin: 'typed', n: 2 }]);
    // the population in scope stays the typed figure until a manager sets the municipalities
    expect(db.$client.prepare(`select children from region_scopes order by id limit 1`).get()).toEqual(
      before.prepare(`select children from region_scopes order by id limit 1`).get(),
    );
    expect(count(db.$client, 'region_municipality_sets')).toBe(0);
  });

  test('the upgraded database serves the overview and the progress report to a manager and a reviewer', async () => {
    for (const as of ['manager', 'reviewer'] as const) {
      expect([as, (await callRoute(overview, { url: '/overzicht', as })).status]).toEqual([as, 200]);
      expect([as, (await callRoute(progress, { url: '/voortgang?period=2026-Q3', as })).status]).toEqual([
        as,
        200,
      ]);
    }
  });
});

/** every migration of this release's journal (the previous release had 0000–0010) */
const JOURNAL_ENTRIES = (
  JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[];
  }
).entries.length;

describe('a database at migration 0013 with recorded recalculations takes 0016', () => {
  test('its recalculations, withdrawn ones included, come through unchanged; the reason column is empty', () => {
    // the migrations folder as it stood at 0013: the same files, the journal up to idx 13
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-0013-'));
    const at = path.join(os.tmpdir(), `proeftuinmonitor-upgrade-0013-${process.pid}.db`);
    try {
      fs.cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
      const journalFile = path.join(folder, 'meta', '_journal.json');
      const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { idx: number }[] };
      journal.entries = journal.entries.filter((e) => e.idx <= 13);
      fs.writeFileSync(journalFile, JSON.stringify(journal));
      fs.writeFileSync(at, zlib.gunzipSync(fs.readFileSync(FIXTURE)));
      const old = openDatabase(at);
      migrate(old, { migrationsFolder: folder });
      expect(count(old.$client, '__drizzle_migrations')).toBe(14);
      const insert = old.$client.prepare(
        `insert into control_limit_recalculations (indicator_code, region_id, from_month, reason, created_by, created_at, withdrawn_at, withdrawn_by)
         values (?, ?, ?, ?, 1, '2026-12-01T09:00:00.000Z', ?, ?)`,
      );
      insert.run('triage_on_time', 1, '2025-04', 'Start experiment triage', null, null);
      insert.run('one_plan', null, '2025-09', 'Nieuwe werkwijze', '2026-12-02T10:00:00.000Z', 1);
      const rowsBefore = rowsOf(old.$client, 'control_limit_recalculations') as Record<string, unknown>[];
      migrateDatabase(old);
      expect(count(old.$client, '__drizzle_migrations')).toBe(JOURNAL_ENTRIES);
      expect(rowsOf(old.$client, 'control_limit_recalculations')).toEqual(
        rowsBefore.map((r) => ({ ...r, withdrawn_reason: null })),
      );
      old.$client.close();
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
      for (const s of ['', '-wal', '-shm']) fs.rmSync(at + s, { force: true });
    }
  });
});

describe('a database at migration 0017 with filled baselines takes 0018 (a CBS baseline’s counts)', () => {
  test('a CBS baseline gets CBS’s count and child-years from its audit entry; a typed one stays without; values and spans unchanged', () => {
    // the migrations folder as it stood at 0017: the same files, the journal up to idx 17
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-0017-'));
    const at = path.join(os.tmpdir(), `proeftuinmonitor-upgrade-0017-${process.pid}.db`);
    try {
      fs.cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
      const journalFile = path.join(folder, 'meta', '_journal.json');
      const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { idx: number }[] };
      journal.entries = journal.entries.filter((e) => e.idx <= 17);
      fs.writeFileSync(journalFile, JSON.stringify(journal));
      fs.writeFileSync(at, zlib.gunzipSync(fs.readFileSync(FIXTURE)));
      const old = openDatabase(at);
      migrate(old, { migrationsFolder: folder });
      expect(count(old.$client, '__drizzle_migrations')).toBe(18);
      const [a, b] = (
        old.$client.prepare('select id from regions order by id limit 2').all() as { id: number }[]
      ).map((r) => r.id);
      const fill = old.$client.prepare(
        `insert into region_reference_baselines (region_id, code, value, period_from, period_to, series_code, label, source, source_table, retrieved_on, set_by)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, '2026-12-01', 1)`,
      );
      const audit = old.$client.prepare(
        `insert into audit_log (user_id, action, entity_type, entity_id, detail) values (1, 'region.reference_baseline', 'region', ?, ?)`,
      );
      // region a: filled from CBS twice (the older fill over 2022 only), then from a typed series
      fill.run(
        a,
        'measures_rate',
        47.5,
        '2020-01',
        '2021-12',
        'cbs-voor-pilot:child_protection_started',
        'CBS-basis vóór de pilot: Gestarte jeugdbeschermingstrajecten, eigen gemeenten (2020-H1, 2020-H2, 2021-H1, 2021-H2)',
        'CBS StatLine',
        '82975NED',
      );
      fill.run(
        a,
        'triage_on_time',
        61.5,
        '2021-01',
        '2021-12',
        'vt-triage',
        'Triage op tijd',
        'Bron',
        'Tabel',
      );
      audit.run(
        String(a),
        JSON.stringify({
          code: 'measures_rate',
          series: 'cbs-voor-pilot:child_protection_started',
          value: 40,
          count: 32,
          childYears: 8000,
          from: '2022-01',
          to: '2022-12',
        }),
      );
      audit.run(
        String(a),
        JSON.stringify({
          code: 'measures_rate',
          series: 'cbs-voor-pilot:child_protection_started',
          value: 47.5,
          count: 76,
          childYears: 16000,
          from: '2020-01',
          to: '2021-12',
        }),
      );
      audit.run(
        String(a),
        JSON.stringify({
          code: 'triage_on_time',
          series: 'vt-triage',
          value: 61.5,
          from: '2021-01',
          to: '2021-12',
        }),
      );
      // region b: a CBS baseline whose audit entry is of another region only: no counts invented
      fill.run(
        b,
        'measures_rate',
        47.5,
        '2020-01',
        '2021-12',
        'cbs-voor-pilot:child_protection_started',
        'CBS',
        'CBS StatLine',
        '82975NED',
      );
      const rowsBefore = rowsOf(old.$client, 'region_reference_baselines') as Record<string, unknown>[];
      migrateDatabase(old);
      expect(count(old.$client, '__drizzle_migrations')).toBe(JOURNAL_ENTRIES);
      const counts: Record<string, [number | null, number | null]> = {
        [`${a} measures_rate`]: [76, 16000],
        [`${a} triage_on_time`]: [null, null],
        [`${b} measures_rate`]: [null, null],
      };
      expect(rowsOf(old.$client, 'region_reference_baselines')).toEqual(
        rowsBefore.map((r) => {
          const [n, years] = counts[`${r.region_id} ${r.code}`]!;
          return { ...r, count: n, child_years: years };
        }),
      );
      old.$client.close();
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
      for (const s of ['', '-wal', '-shm']) fs.rmSync(at + s, { force: true });
    }
  });
});
