import { describe, expect, test } from 'vitest';
import { setupTestDatabase } from '#test/db';
import { tableChecksums } from '#test/checksums';
import { describeForLog, findStoredDataProblems, isStoredPeriodSane } from './stored-data-check.server';
import { listMonthsNotStarted } from './todo.server';

const db = setupTestDatabase('seeded');
const NOVEMBER_2026 = new Date('2026-11-10T09:00:00Z');

describe('stored values the forms refuse today (issue 22)', () => {
  test('the seeded demo data has none', () => {
    expect(findStoredDataProblems(db.$client, NOVEMBER_2026)).toEqual([]);
  });

  test('every kind is found, with its field, row, value and where to correct it; nothing is changed', () => {
    const sqlite = db.$client;
    const utrecht = sqlite.prepare("select id from regions where slug = 'utrecht'").get() as { id: number };
    sqlite
      .prepare("update regions set baseline_from = '0000-01', baseline_to = '9999-12' where id = ?")
      .run(utrecht.id);
    const scope = sqlite
      .prepare(
        "insert into region_scopes (region_id, effective_from, children, municipalities) values (?, '1999-01', 10, '[\"X\"]') returning id",
      )
      .get(utrecht.id) as { id: number };
    const narrative = sqlite
      .prepare(
        "insert into narratives (region_id, quarter, principles) values (?, '2099-Q4', '{}') returning id",
      )
      .get(utrecht.id) as { id: number };
    const series = sqlite.prepare('select id, code from reference_series order by id limit 1').get() as {
      id: number;
      code: string;
    };
    sqlite
      .prepare("insert into reference_values (series_id, period, value) values (?, '0000-Q1', 5)")
      .run(series.id);
    const region = sqlite.prepare("select id from regions where slug = 'west-brabant-west'").get() as {
      id: number;
    };
    sqlite.prepare("update regions set name = 'West\u2028Brabant' where id = ?").run(region.id);
    const before = tableChecksums(sqlite);

    const problems = findStoredDataProblems(sqlite, NOVEMBER_2026);
    expect(problems.map((p) => [p.kind, p.field, p.id, p.value, p.href, p.label])).toEqual([
      ['period', 'regions.baseline_from', utrecht.id, '0000-01', '/regios/utrecht/basisperiode', 'Utrecht'],
      ['period', 'regions.baseline_to', utrecht.id, '9999-12', '/regios/utrecht/basisperiode', 'Utrecht'],
      ['name', 'regions.name', region.id, null, '/beheer/regios/west-brabant-west', 'West Brabant'],
      ['period', 'region_scopes.effective_from', scope.id, '1999-01', '/beheer/regios/utrecht', 'Utrecht'],
      ['period', 'narratives.quarter', narrative.id, '2099-Q4', '/regios/utrecht/verhaal/2099-Q4', 'Utrecht'],
      ['period', 'reference_values.period', series.id, '0000-Q1', '/referenties', series.code],
    ]);
    const log = describeForLog(problems);
    expect(log[0]).toBe(
      `Stored period outside 2015 to next year in regions.baseline_from, row ${utrecht.id}: left as it is, for a manager or administrator to correct (/regios/…).`,
    );
    expect(log.join('\n')).not.toMatch(/0000-01|West/);
    expect(tableChecksums(sqlite)).toEqual(before);
  });

  test('a stored period is sane when well formed and within 2015 to next year', () => {
    expect(
      ['2015-01', '2027-Q4', '2026', null, '2014-12', '2028', '0000-Q1', '2026-13', 'x'].map((v) =>
        isStoredPeriodSane(v, NOVEMBER_2026),
      ),
    ).toEqual([true, true, true, true, false, false, false, false, false]);
  });

  test('a stored reporting start 0000-01 makes no months due (it used to queue 24,278 overdue e-mails); a sane one does', () => {
    const sqlite = db.$client;
    const utrecht = sqlite
      .prepare("select id, reporting_start as s from regions where slug = 'utrecht'")
      .get() as {
      id: number;
      s: string;
    };
    const due = () => listMonthsNotStarted({ regionId: utrecht.id, now: NOVEMBER_2026, dueDay: 10 }).length;
    sqlite.prepare("update regions set reporting_start = '2015-01' where id = ?").run(utrecht.id);
    const fromWindowStart = due();
    sqlite.prepare("update regions set reporting_start = '0000-01' where id = ?").run(utrecht.id);
    const fromYearZero = due();
    sqlite.prepare('update regions set reporting_start = ? where id = ?').run(utrecht.s, utrecht.id);
    const reported = (
      sqlite
        .prepare(
          "select count(*) as n from reports where region_id = ? and period between '2015-01' and '2026-10'",
        )
        .get(utrecht.id) as { n: number }
    ).n;
    expect(fromWindowStart).toBe(12 * 12 - 2 - reported); // 2015-01 to 2026-10: 142 months, less those with a report
    expect(fromYearZero).toBe(0);
  });
});
