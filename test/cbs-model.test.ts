/**
 * The CBS model API (app/models/sources/cbs.server.ts) on an empty migrated database with
 * hand-written rows: current cells only, a region's municipality set by month (a later set changes
 * the scope, a correction for the same month wins), redivisions, and the population in scope.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { sql } from 'drizzle-orm';
import {
  cbsCells,
  cbsPopulationInScope,
  municipalitiesOf,
  municipalityChanges,
  regionMunicipalities,
} from '#app/models/sources/cbs.server';
import { setupTestDatabase } from './db';

const db = setupTestDatabase('empty');
let regionId = 0;

beforeAll(() => {
  db.run(sql`insert into regions (slug, name, plan_name, reporting_start) values ('r', 'R', 'P', '2024-01')`);
  regionId = db.get<{ id: number }>(sql`select id from regions where slug = 'r'`)!.id;
  db.run(sql`insert into municipalities (code, name, valid_to, youth_care_region, urbanity) values
    ('GM0363', 'Amsterdam', null, 'JZ18', 1),
    ('GM0362', 'Amstelveen', null, 'JZ18', 2),
    ('GM0437', 'Ouder-Amstel', null, 'JZ18', 4),
    ('GM1901', 'Bodegraven-Reeuwijk', null, 'JZ27', 4),
    ('GM0585', 'Binnenmaas', '2018-12-31', 'JZ28', 4),
    ('GM1963', 'Hoeksche Waard', null, 'JZ28', 4)`);
  db.run(sql`insert into municipality_changes (old_code, new_code, effective_on) values
    ('GM0585', 'GM1963', '2019-01-01')`);
  db.run(
    sql`insert into cbs_imports (id, source, status, summary) values (1, 'file', 'approved', '{}'), (2, 'file', 'approved', '{}')`,
  );
  db.run(sql`insert into cbs_observations (table_id, measure, region_code, period, value, status, rounded, import_id, superseded_by) values
    ('03759ned', 'population_0_17', 'GM0363', '2024JJ00', 150000, 'provisional', 0, 1, 2),
    ('03759ned', 'population_0_17', 'GM0363', '2024JJ00', 151234, 'final', 0, 2, null),
    ('03759ned', 'population_0_17', 'GM0362', '2024JJ00', 19876, 'final', 0, 2, null),
    ('03759ned', 'population_0_17', 'GM0437', '2024JJ00', null, 'secret', 0, 2, null),
    ('82975NED', 'child_protection_started', 'GM0363', '2024HJ01', 455, 'provisional', 1, 2, null)`);
  db.run(sql`insert into region_municipality_sets (id, region_id, effective_from) values
    (1, ${regionId}, '2024-01'), (2, ${regionId}, '2025-01'), (3, ${regionId}, '2025-01')`);
  db.run(sql`insert into region_municipalities (set_id, municipality_code, partial, district) values
    (1, 'GM0363', 0, null), (1, 'GM0362', 0, null),
    (2, 'GM0363', 1, 'Nieuw-West'),
    (3, 'GM0363', 1, 'Nieuw-West'), (3, 'GM0437', 0, null)`);
});

describe('cbsCells', () => {
  test('gives the current cell, not the superseded provisional one; secret stays null', () => {
    expect(
      cbsCells(db, { measure: 'population_0_17', regions: ['GM0363', 'GM0437'], periods: ['2024JJ00'] }),
    ).toEqual([
      { region: 'GM0363', period: '2024JJ00', value: 151234, status: 'final', rounded: false },
      { region: 'GM0437', period: '2024JJ00', value: null, status: 'secret', rounded: false },
    ]);
  });
  test('keeps measures apart and marks rounded cells', () => {
    expect(cbsCells(db, { measure: 'child_protection_started', regions: ['GM0363'] })).toEqual([
      { region: 'GM0363', period: '2024HJ01', value: 455, status: 'provisional', rounded: true },
    ]);
    expect(cbsCells(db, { measure: 'vt_reports', regions: ['GM0363'] })).toEqual([]);
    expect(cbsCells(db, { measure: 'population_0_17', regions: [] })).toEqual([]);
  });
});

describe('a region’s municipalities by month', () => {
  test('before any set the scope is empty; a later set changes it; a same-month correction wins', () => {
    expect(regionMunicipalities(db, regionId, '2023-12')).toEqual([]);
    expect(regionMunicipalities(db, regionId, '2024-06')).toEqual([
      { code: 'GM0362', name: 'Amstelveen', partial: false, district: null },
      { code: 'GM0363', name: 'Amsterdam', partial: false, district: null },
    ]);
    expect(regionMunicipalities(db, regionId, '2025-03')).toEqual([
      { code: 'GM0363', name: 'Amsterdam', partial: true, district: 'Nieuw-West' },
      { code: 'GM0437', name: 'Ouder-Amstel', partial: false, district: null },
    ]);
  });
  test('the population in scope comes from CBS for whole municipalities only', () => {
    expect(cbsPopulationInScope(db, regionId, 2024)).toEqual({
      value: 151234 + 19876,
      status: 'final',
      municipalities: 2,
    });
    // 2025: a partial municipality, so no CBS population (the typed estimate stands)
    expect(cbsPopulationInScope(db, regionId, 2025)).toBeNull();
  });
});

describe('municipalities and redivisions', () => {
  test('lists existing municipalities, by youth-care region, and the redivisions', () => {
    expect(municipalitiesOf(db, { youthCareRegion: 'JZ28' })).toEqual([
      { code: 'GM1963', name: 'Hoeksche Waard', youthCareRegion: 'JZ28', urbanity: 4 },
    ]);
    expect(municipalitiesOf(db, {}).map((m) => m.code)).toEqual([
      'GM0362',
      'GM0363',
      'GM1901',
      'GM1963',
      'GM0437',
    ]);
    expect(municipalityChanges(db)).toEqual([
      { oldCode: 'GM0585', newCode: 'GM1963', effectiveOn: '2019-01-01' },
    ]);
  });
});
