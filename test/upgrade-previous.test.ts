/**
 * Upgrades in place from the previous release: a used database of release 019cb3e (the release
 * before the intervals, control charts, reference baselines and experience counts) is migrated to
 * this release. It was made once with that release's own code — its migrations 0000–0010, the demo
 * seed, then a month of use through its route actions (test/fixtures/make-release-1.ts run in a
 * checkout of 019cb3e):
 *   git worktree add --detach /tmp/rel 019cb3e && cd /tmp/rel && npm ci
 *   npx tsx test/fixtures/make-release-1.ts /tmp/prev.db   (then VACUUM INTO a single file, gzip -9)
 * Migrations 0011–0013 and 0017 only add tables and triggers: every row of every table of that release must
 * come through unchanged, byte for byte.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import Database from 'better-sqlite3';
import { openDatabase, type AppDatabase } from '#db/client';
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
  'control_limit_recalculations',
  'experience_answers',
  'experience_counts',
  'experience_mappings',
  'experience_periods',
  'figures_changes',
  'region_reference_baselines',
];

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
    for (const t of NEW_TABLES) expect(tablesOf(before)).not.toContain(t);
  });

  test('this release’s migrations apply and leave a consistent file', () => {
    // every migration of the journal, 0011 on among them (the previous release had 0000–0010)
    const journal = JSON.parse(
      fs.readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8'),
    ) as { entries: unknown[] };
    expect(journal.entries.length).toBeGreaterThanOrEqual(15);
    expect(count(db.$client, '__drizzle_migrations')).toBe(journal.entries.length);
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
    expect(tablesOf(db.$client)).toEqual(
      [...tablesOf(before), ...NEW_TABLES].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    );
    for (const t of NEW_TABLES) expect([t, count(db.$client, t)]).toEqual([t, 0]);
  });

  test('every row of every table of the previous release comes through unchanged', () => {
    for (const table of Object.keys(PREVIOUS_COUNTS))
      expect([table, rowsOf(db.$client, table)]).toEqual([table, rowsOf(before, table)]);
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
