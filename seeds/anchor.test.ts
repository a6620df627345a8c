/**
 * The demo anchored at October 2026 (the test databases' demo) is the same data, table by table,
 * as before the demo followed the calendar: a checksum per table pins it. Left out are what
 * differs from one seeding to the next by nature: password hashes (salted) and the moments the
 * database itself was written (columns that default to SQLite's 'now').
 *
 * A deliberate change of the demo data changes these checksums: the failure names the tables, and
 * the new values are pasted here in the same commit, saying why the data changed.
 */
import crypto from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { setupTestDatabase } from '#test/db';
import { seedDemoData } from './seed';
import { DEMO_ANCHOR } from './calendar';

/**
 * sha256 of every row of every table, by table. A timestamp after `clockFrom` (later than any date
 * the demo writes itself) was written by the clock when the database was made and counts as 'now'.
 */
function tableChecksums(db: ReturnType<typeof setupTestDatabase>, clockFrom: string) {
  const client = db.$client;
  const tables = client
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  const out: Record<string, string> = {};
  for (const table of tables) {
    const rows = client.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all() as Record<string, unknown>[];
    if (rows.length === 0) continue;
    const hash = crypto.createHash('sha256');
    for (const row of rows) {
      const clean = Object.entries(row).map(([column, value]) =>
        column === 'password_hash'
          ? '*'
          : typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value) && value >= clockFrom
            ? 'now'
            : value,
      );
      hash.update(JSON.stringify(clean));
    }
    out[table] = `${rows.length}:${hash.digest('hex').slice(0, 16)}`;
  }
  return out;
}

const fastHash = async (password: string) => `plain:${password}`;

describe('the demo anchored at October 2026', () => {
  const db = setupTestDatabase('empty');

  test('is the same data as the demo fixed in October 2026 was, table by table', async () => {
    await seedDemoData(db, fastHash, { lastPeriod: DEMO_ANCHOR });
    // The demo's latest own date is an approval on 28 November 2026; this suite runs later.
    expect(tableChecksums(db, '2026-11-29')).toEqual(PINNED_2026_10);
  });
});

const PINNED_2026_10 = {
  bottlenecks: '21:419d4b24f3beab34',
  // issue 24: the demo's CBS data in CBS's shape (seeds/cbs.ts), one approved import, and the
  // regions' scopes as municipality codes; the figures version their inserts raise
  cbs_imports: '1:be733e6f6f66881e',
  cbs_observations: '1910:72e3679e7649ba2a',
  cbs_tables: '5:6084a2778060b6d3',
  // issue 25: the demo's experience counts (their own random streams: no other table moved), and
  // the figures version their inserts raise
  experience_answers: '1650:c147faec83c0f718',
  experience_counts: '330:9bfaf3a94bef8fa9',
  experience_periods: '71:6ac2db09f1b998e6',
  experiment_bottlenecks: '31:6134272b3068affb',
  experiments: '27:221eae219d213227',
  // issue 26 (migration 0017): the writes per month its triggers count for the seeded reports and
  // values (46 months); no other table moved
  figures_changes: '46:2588d67bef62ab0c',
  // the counter only: migration 0010's triggers raise it for the seeded links and register history too
  figures_version: '1:1690d31a7cba304c',
  municipalities: '45:2c9269d8f9f45171',
  municipality_changes: '3:4f628d34812f0a3d',
  // migration 0015 seeds the outcome–CBS mapping (issue 24)
  outcome_cbs_mappings: '2:951c3c68d3487e6c',
  // issue 24: the typed "CBS" series of families closed without a measure is gone; the remaining
  // series and the typed scopes carry origin 'typed' (migration 0014's new column)
  reference_series: '1:8f347228a2ef45d5',
  reference_values: '7:ee4beae70ae669a8',
  region_municipalities: '20:498b838d6bf79e73',
  region_municipality_sets: '6:74d91c687fa0147a',
  region_scopes: '24:404162e4787adce6',
  regions: '6:ca14423e6ba895a8',
  report_events: '546:656385a04d08d904',
  report_values: '22000:ec0fc5744eed2bb8',
  reports: '276:11c3c728374a4541',
  settings: '3:7b1a0e69eb6a4657',
  users: '10:8ee359886310765d',
};
