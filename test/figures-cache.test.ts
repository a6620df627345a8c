import Database from 'better-sqlite3';
import { afterAll, describe, expect, test } from 'vitest';
import { listRegions } from '#app/models/regions.server';
import { computeScorecards, loadScorecard } from '#app/models/figures.server';
import { cachedFigures, cachedFiguresMany } from '#app/models/figures-cache.server';
import { findLatestCompleteQuarter } from '#app/models/reports.server';
import { viewerFor } from '#app/models/viewer.server';
import { setupTestDatabase } from './db';

const db = setupTestDatabase('seeded');
const manager = viewerFor({ role: 'manager', regionId: null });
const regions = listRegions();
const ids = regions.map((r) => r.id);
const amsterdam = regions.findIndex((r) => r.slug === 'amsterdam-amstelland');
const version = () =>
  (db.$client.prepare('select version from figures_version where id = 1').get() as { version: number })
    .version;
const escalations = () =>
  loadScorecard(manager, '2026-Q3', ids).regions[amsterdam].indicators.escalation_rate;

// Another server process: its own connection to the same file.
const other = new Database(db.$client.name);
afterAll(() => other.close());
const ESCALATED_JULY = `update report_values set value = value + ? where element_code = 'escalated_to_rvt'
  and report_id = (select r.id from reports r join regions g on g.id = r.region_id
    where g.slug = 'amsterdam-amstelland' and r.period = '2026-07')`;

describe('figures cache', () => {
  test('an unchanged database gives the same computed figures without computing them again', () => {
    const first = loadScorecard(manager, '2026-Q3', ids);
    expect(loadScorecard(manager, '2026-Q3', ids).regions).toBe(first.regions);
  });

  test('a write by another process raises the version and the next read recomputes', () => {
    const before = escalations();
    const v = version();
    other.prepare(ESCALATED_JULY).run(3);
    expect(version()).toBe(v + 1);
    const after = escalations();
    expect(after.numerator).toBe((before.numerator as number) + 3);
    expect(after.denominator).toBe(before.denominator);
  });

  test('a write inside a transaction that rolls back leaves the version and the figures as they were', () => {
    const before = escalations();
    const v = version();
    expect(() =>
      other.transaction(() => {
        other.prepare(ESCALATED_JULY).run(5);
        throw new Error('abort');
      })(),
    ).toThrow('abort');
    expect(version()).toBe(v);
    expect(escalations()).toBe(before);
  });

  test.each([
    ['reports', `update reports set version = version where period = '2026-07'`],
    [
      'report_values',
      `delete from report_values where element_code = 'nonexistent'; insert into report_values
      select id, 'zz_test', null from reports where period = '2026-07' limit 1`,
    ],
    ['regions', `update regions set name = name where slug = 'zeeland'`],
    ['experiments', `update experiments set title = title where id = (select min(id) from experiments)`],
    ['bottlenecks', `update bottlenecks set title = title where id = (select min(id) from bottlenecks)`],
    [
      'indicator_targets',
      `delete from indicator_targets where indicator_code = 'zz_none'; insert into
      indicator_targets (indicator_code, effective_from, target, floor) values ('escalation_rate', '2099-01', 50, 10)`,
    ],
    ['settings', `update settings set value = value where key = 'small_count_threshold'`],
  ])('a write to %s raises the figures version', (_table, statement) => {
    const v = version();
    other.exec(statement);
    expect(version()).toBeGreaterThan(v);
  });

  test('values already cached are returned even when computing the missing ones evicts them', () => {
    cachedFigures('evict|kept', () => 'kept');
    // Computing the missing key fills the cache with 300 other entries (more than it holds), which
    // pushes 'evict|kept' out before the result is put together.
    const [kept, fresh] = cachedFiguresMany(['evict|kept', 'evict|fresh'], (missing) => {
      for (let i = 0; i < 300; i++) cachedFigures(`evict|filler|${i}`, () => i);
      return missing.map(() => 'fresh');
    });
    expect([kept, fresh]).toEqual(['kept', 'fresh']);
  });

  test('the latest complete quarter follows a change of status', () => {
    expect(findLatestCompleteQuarter()).toBe('2026-Q3');
    other.exec(`update reports set status = 'ingediend' where period = '2026-08'`);
    expect(findLatestCompleteQuarter()).toBe('2026-Q2');
  });

  describe('a write recomputes only the months it touched (issue 26)', () => {
    const card = (bucket: string) => loadScorecard(manager, bucket, ids);
    const fresh = (bucket: string) => {
      const [c] = computeScorecards(manager, [bucket], ids);
      return { regions: c.regions, total: c.total };
    };
    const valuesOf = (period: string, delta: number) =>
      other
        .prepare(
          `update report_values set value = value + ? where element_code = 'families_closed'
            and report_id = (select r.id from reports r join regions g on g.id = r.region_id
              where g.slug = 'amsterdam-amstelland' and r.period = ?)`,
        )
        .run(delta, period);

    test('a save of July 2025 keeps the other quarters and recomputes 2025-Q3 and, through closed_12m_ago, 2026-Q3', () => {
      const before = ['2025-Q2', '2025-Q3', '2026-Q2', '2026-Q3'].map((b) => card(b).regions);
      const v = version();
      valuesOf('2025-07', 2);
      expect(version()).toBe(v + 1);
      const after = ['2025-Q2', '2025-Q3', '2026-Q2', '2026-Q3'].map((b) => card(b).regions);
      expect(after[0]).toBe(before[0]);
      expect(after[1]).not.toBe(before[1]);
      expect(after[2]).toBe(before[2]);
      expect(after[3]).not.toBe(before[3]);
      // and what is kept or recomputed is what a computation from the database gives
      for (const b of ['2025-Q2', '2025-Q3', '2026-Q2', '2026-Q3']) expect(card(b)).toEqual(fresh(b));
      // a value of that month that a score uses is seen at the next read
      const escalated = () => card('2025-Q3').regions[amsterdam].indicators.escalation_rate;
      const was = escalated().numerator as number;
      other.exec(ESCALATED_JULY.replace('?', '3').replace("'2026-07'", "'2025-08'"));
      expect(escalated().numerator).toBe(was + 3);
      expect(card('2026-Q2').regions).toBe(before[2]);
    });

    test('a write to a table other than reports and their values recomputes every month', () => {
      const before = card('2025-Q2').regions;
      other.exec(`update regions set name = name where slug = 'zeeland'`);
      expect(card('2025-Q2').regions).not.toBe(before);
      expect(card('2025-Q2')).toEqual(fresh('2025-Q2'));
    });

    test('a report moved to another month (its months not known from the counts) recomputes every month', () => {
      const before = card('2025-Q2').regions;
      other.exec(`update reports set period = period where period = '2024-01'`);
      expect(card('2025-Q2').regions).toBe(before); // same period: only 2024-01 touched
      const moved = other
        .prepare(
          `update reports set period = '2015-01' where period = '2024-01'
            and region_id = (select id from regions where slug = 'zeeland')`,
        )
        .run();
      expect(moved.changes).toBe(1);
      expect(card('2025-Q2').regions).not.toBe(before);
      expect(card('2025-Q2')).toEqual(fresh('2025-Q2'));
    });

    test('writes by two transactions between two reads: the counts of both months are seen', () => {
      const before = ['2025-Q1', '2025-Q2', '2025-Q4'].map((b) => card(b).regions);
      valuesOf('2025-02', 1);
      valuesOf('2025-11', 1);
      const after = ['2025-Q1', '2025-Q2', '2025-Q4'].map((b) => card(b).regions);
      expect(after[0]).not.toBe(before[0]);
      expect(after[1]).toBe(before[1]);
      expect(after[2]).not.toBe(before[2]);
      for (const b of ['2025-Q1', '2025-Q2', '2025-Q4']) expect(card(b)).toEqual(fresh(b));
    });
  });
});
