/**
 * Recorded CBS figures for the comparison-group tests (route and browser), stored directly in the
 * tables of the CBS source (ADR 020): Zeeland's scope is Alpha (GM0001) and Nieuwstad (GM1999),
 * formed on 1 January 2024 from Oud-Oost (GM0002) and Oud-West (GM0003), with 2023 on the old
 * borders; the rest of youth-care region JZ99 is Beta and Gamma; Delta and Epsilon lie outside it.
 * The hand-computed rates are in test/routes/comparison-groups.test.ts.
 */
import type Database from 'better-sqlite3';

const CELLS: [string, string, string, number][] = [
  // children 0–17 on 1 January
  ['population_0_17', 'GM0001', '2023JJ00', 4000],
  ['population_0_17', 'GM0002', '2023JJ00', 1500],
  ['population_0_17', 'GM0003', '2023JJ00', 2500],
  ['population_0_17', 'GM0001', '2026JJ00', 4100],
  ['population_0_17', 'GM1999', '2026JJ00', 3900],
  ['population_0_17', 'GM0010', '2023JJ00', 5000],
  ['population_0_17', 'GM0011', '2023JJ00', 5000],
  ['population_0_17', 'GM0010', '2026JJ00', 5000],
  ['population_0_17', 'GM0011', '2026JJ00', 5000],
  ['population_0_17', 'GM0020', '2023JJ00', 3000],
  ['population_0_17', 'GM0020', '2026JJ00', 3000],
  ['population_0_17', 'GM0021', '2026JJ00', 900],
  ['population_0_17', 'NL01', '2023JJ00', 3_400_000],
  ['population_0_17', 'NL01', '2026JJ00', 3_400_000],
  // child-protection trajectories started per half-year
  ['child_protection_started', 'GM0001', '2023HJ01', 6],
  ['child_protection_started', 'GM0002', '2023HJ01', 2],
  ['child_protection_started', 'GM0003', '2023HJ01', 4],
  ['child_protection_started', 'GM0001', '2023HJ02', 6],
  ['child_protection_started', 'GM0002', '2023HJ02', 3],
  ['child_protection_started', 'GM0003', '2023HJ02', 3],
  ['child_protection_started', 'GM0001', '2026HJ02', 5],
  ['child_protection_started', 'GM1999', '2026HJ02', 3],
  ['child_protection_started', 'GM0010', '2023HJ01', 10],
  ['child_protection_started', 'GM0011', '2023HJ01', 10],
  ['child_protection_started', 'GM0010', '2023HJ02', 10],
  ['child_protection_started', 'GM0011', '2023HJ02', 10],
  ['child_protection_started', 'GM0010', '2026HJ02', 9],
  ['child_protection_started', 'GM0011', '2026HJ02', 6],
  ['child_protection_started', 'GM0020', '2023HJ01', 7],
  ['child_protection_started', 'GM0020', '2023HJ02', 5],
  ['child_protection_started', 'GM0020', '2026HJ02', 3],
  ['child_protection_started', 'NL01', '2023HJ01', 17000],
  ['child_protection_started', 'NL01', '2023HJ02', 17000],
  ['child_protection_started', 'NL01', '2026HJ02', 15300],
];

/**
 * Stores the municipalities, the merger, Zeeland's scope (a set of the same month as the demo's, so
 * it wins as a correction does) and the CBS cells (2026HJ02 provisional).
 */
export function storeComparisonFixture(sqlite: Database.Database): void {
  const zeeland = (sqlite.prepare(`select id from regions where slug = 'zeeland'`).get() as { id: number })
    .id;
  sqlite.transaction(() => {
    sqlite.exec(`insert into municipalities (code, name, valid_from, valid_to, youth_care_region, urbanity) values
      ('GM0001', 'Alpha', '1900-01-01', null, 'JZ99', 3),
      ('GM0002', 'Oud-Oost', '1900-01-01', '2023-12-31', 'JZ99', 4),
      ('GM0003', 'Oud-West', '1900-01-01', '2023-12-31', 'JZ99', 4),
      ('GM1999', 'Nieuwstad', '2024-01-01', null, 'JZ99', 3),
      ('GM0010', 'Beta', '1900-01-01', null, 'JZ99', 3),
      ('GM0011', 'Gamma', '1900-01-01', null, 'JZ99', 4),
      ('GM0020', 'Delta', '1900-01-01', null, 'JZ50', 3),
      ('GM0021', 'Epsilon', '1900-01-01', null, 'JZ50', 5)`);
    sqlite.exec(`insert into municipality_changes (old_code, new_code, effective_on) values
      ('GM0002', 'GM1999', '2024-01-01'), ('GM0003', 'GM1999', '2024-01-01')`);
    const set = sqlite
      .prepare(`insert into region_municipality_sets (region_id, effective_from) values (?, '2023-01')`)
      .run(zeeland).lastInsertRowid;
    sqlite
      .prepare(
        `insert into region_municipalities (set_id, municipality_code) values (?, 'GM0001'), (?, 'GM1999')`,
      )
      .run(set, set);
    const imp = sqlite
      .prepare(`insert into cbs_imports (source, status, summary) values ('file', 'approved', '{}')`)
      .run().lastInsertRowid;
    sqlite
      .prepare(
        `insert into cbs_tables (table_id, title, modified, retrieved_at, source, import_id) values
         ('03759ned', 'Bevolking op 1 januari en gemiddeld; geslacht, leeftijd en regio', '2026-10-01', '2026-11-20T09:00:00.000Z', 'file', ?),
         ('82975NED', 'Jeugdbeschermingstrajecten; regio', '2026-10-15', '2026-11-20T09:00:00.000Z', 'file', ?)`,
      )
      .run(imp, imp);
    // a later delivery of a cell the demo already holds (the Netherlands) supersedes it, as an import does
    const supersede = sqlite.prepare(
      `update cbs_observations set superseded_by = ? where superseded_by is null and measure = ? and region_code = ? and period = ?`,
    );
    const insert = sqlite.prepare(
      `insert into cbs_observations (table_id, measure, region_code, period, value, status, rounded, import_id)
       values (?, ?, ?, ?, ?, ?, 0, ?)`,
    );
    for (const [measure, region, period, value] of CELLS) {
      supersede.run(imp, measure, region, period);
      insert.run(
        measure === 'population_0_17' ? '03759ned' : '82975NED',
        measure,
        region,
        period,
        value,
        period === '2026HJ02' ? 'provisional' : 'final',
        imp,
      );
    }
  })();
}
