/**
 * Migration 0004 (regions as managed data) on a database of the first release: the six proeftuinen
 * get their pilot start and their scope from seeds/regions.ts, and nothing else changes.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import {
  SEED_REGIONS,
  MIGRATION_0004_SCOPES as SEED_SCOPES,
  MIGRATION_0004_SCOPE_SOURCE as SCOPE_SOURCE,
} from '#seeds/regions';
import { MIGRATIONS_FOLDER } from './migrate';

function run(db: Database.Database, file: string) {
  const text = fs.readFileSync(path.join(MIGRATIONS_FOLDER, file), 'utf8');
  for (const statement of text.split('--> statement-breakpoint')) if (statement.trim()) db.exec(statement);
}

describe('migration 0004_region_scope', () => {
  const db = new Database(':memory:');
  for (const f of [
    '0000_init.sql',
    '0001_audit_append_only.sql',
    '0002_figures_version.sql',
    '0003_mature_bill_hollister.sql',
  ])
    run(db, f);
  const insert = db.prepare(
    "insert into regions (slug, name, plan_name, area, reporting_start, sort_order) values (?, ?, ?, ?, '2023-01', ?)",
  );
  SEED_REGIONS.forEach((r, i) => insert.run(r.slug, r.name, r.planName, `Gebied ${r.name}`, i + 1));
  insert.run('extra-regio', 'Extra', 'Plan', '', 7);
  db.prepare("insert into reports (region_id, period, status) values (1, '2026-09', 'goedgekeurd')").run();
  const before = db.prepare('select * from regions order by id').all() as Record<string, unknown>[];
  run(db, '0004_region_scope.sql');

  test('gives each of the six regions its scope per year, exactly as seeds/regions.ts states it', () => {
    for (const s of SEED_SCOPES) {
      const rows = db
        .prepare(
          `select effective_from, children, municipalities, source from region_scopes
           join regions on regions.id = region_scopes.region_id where slug = ? order by effective_from`,
        )
        .all(s.slug) as {
        effective_from: string;
        children: number;
        municipalities: string;
        source: string;
      }[];
      expect(rows.map((r) => [r.effective_from, r.children])).toEqual(
        Object.entries(s.children).map(([y, n]) => [`${y}-01`, n]),
      );
      for (const r of rows) {
        expect(JSON.parse(r.municipalities)).toEqual(s.municipalities);
        expect(r.source).toBe(SCOPE_SOURCE);
      }
      const region = db.prepare('select pilot_start from regions where slug = ?').get(s.slug) as {
        pilot_start: string;
      };
      expect(region.pilot_start).toBe(s.pilotStart);
    }
  });

  test('keeps every region and report; a region it does not know gets no scope', () => {
    const after = db.prepare('select * from regions order by id').all() as Record<string, unknown>[];
    expect(after).toHaveLength(7);
    after.forEach((r, i) => expect(r).toMatchObject(before[i]));
    expect(db.prepare('select count(*) as n from region_scopes where region_id = 7').get()).toEqual({ n: 0 });
    expect(db.prepare('select count(*) as n from reports').get()).toEqual({ n: 1 });
  });

  test('a change of scope raises the figures version', () => {
    const v = () => (db.prepare('select version from figures_version').get() as { version: number }).version;
    const start = v();
    db.prepare(
      "insert into region_scopes (region_id, effective_from, municipalities, children) values (7, '2026-01', '[]', 100)",
    ).run();
    expect(v()).toBe(start + 1);
  });
});
