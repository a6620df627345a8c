import { describe, expect, test } from 'vitest';
import { setupTestDatabase } from '#test/db';

const db = setupTestDatabase('seeded');
const sqlite = db.$client;

describe('the database', () => {
  test('runs with WAL, foreign keys and a busy timeout', () => {
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  test('the audit log is append-only: update and delete are refused', () => {
    sqlite.prepare("insert into audit_log (action, entity_type) values ('test', 'test')").run();
    expect(() => sqlite.prepare("update audit_log set action = 'x'").run()).toThrow(
      'audit_log is append-only',
    );
    expect(() => sqlite.prepare('delete from audit_log').run()).toThrow('audit_log is append-only');
  });

  test('one report per region and month', () => {
    expect(() =>
      sqlite
        .prepare('insert into reports (region_id, period) select region_id, period from reports limit 1')
        .run(),
    ).toThrow(/UNIQUE/);
  });

  test('a coordinator needs a region, and other roles may not have one', () => {
    expect(() =>
      sqlite
        .prepare(
          "insert into users (email, name, role, password_hash) values ('c@x.nl', 'C', 'coordinator', 'h')",
        )
        .run(),
    ).toThrow(/CHECK/);
    expect(() =>
      sqlite
        .prepare(
          "insert into users (email, name, role, region_id, password_hash) values ('m@x.nl', 'M', 'manager', 1, 'h')",
        )
        .run(),
    ).toThrow(/CHECK/);
  });

  test('a value of a report that does not exist is refused (foreign key)', () => {
    expect(() =>
      sqlite
        .prepare(
          "insert into report_values (report_id, element_code, value) values (999999, 'signals_new', 1)",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
  });

  test('the indexes the dashboards need exist', () => {
    const names = (
      sqlite.prepare("select name from sqlite_master where type = 'index'").all() as { name: string }[]
    ).map((r) => r.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'reports_region_period_uq',
        'reports_period_status_idx',
        'report_values_element_idx',
      ]),
    );
  });
});
