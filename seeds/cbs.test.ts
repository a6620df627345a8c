/**
 * The demo's CBS data (seeds/cbs.ts) on the seeded test database: every demo region's scope as
 * municipality codes, the published national figures as stored cells, secret small figures as
 * unknown, the Voorne aan Zee redivision, and the population in scope from CBS for whole
 * municipalities only.
 */
import { describe, expect, test } from 'vitest';
import { sql } from 'drizzle-orm';
import {
  cbsCells,
  cbsPopulationInScope,
  municipalityChanges,
  regionMunicipalities,
} from '#app/models/sources/cbs.server';
import { setupTestDatabase } from '#test/db';
import { SEED_SCOPES } from './regions';

const db = setupTestDatabase('seeded');
const regionId = (slug: string) =>
  db.get<{ id: number }>(sql`select id from regions where slug = ${slug}`)!.id;

describe('the demo CBS data', () => {
  test('each demo region’s scope is its municipalities as CBS codes; Amsterdam and Rotterdam are partial', () => {
    for (const s of SEED_SCOPES)
      expect([s.slug, regionMunicipalities(db, regionId(s.slug), '2025-06').map((m) => m.name)]).toEqual([
        s.slug,
        [...s.municipalities].sort(),
      ]);
    expect(regionMunicipalities(db, regionId('amsterdam-amstelland'), '2025-06')).toEqual([
      { code: 'GM0363', name: 'Amsterdam', partial: true, district: 'wijken van het 0–100-team' },
    ]);
    expect(regionMunicipalities(db, regionId('zeeland'), '2025-06').map((m) => m.code)).toEqual([
      'GM0687',
      'GM0717',
      'GM0718',
    ]);
  });

  test('the national started child-protection trajectories are CBS’s published figures', () => {
    expect(
      cbsCells(db, {
        measure: 'child_protection_started',
        regions: ['NL01'],
        periods: ['2021JJ00', '2022JJ00', '2022HJ01', '2023HJ01', '2025HJ01'],
      }),
    ).toEqual([
      { region: 'NL01', period: '2021JJ00', value: 11305, status: 'final', rounded: true },
      { region: 'NL01', period: '2022HJ01', value: 4565, status: 'final', rounded: true },
      { region: 'NL01', period: '2022JJ00', value: 9065, status: 'final', rounded: true },
      { region: 'NL01', period: '2023HJ01', value: 4470, status: 'final', rounded: true },
      { region: 'NL01', period: '2025HJ01', value: 4250, status: 'provisional', rounded: true },
    ]);
  });

  test('small municipal figures are unknown, not 0; the Voorne aan Zee redivision is stored', () => {
    const oudewater = cbsCells(db, {
      measure: 'child_protection_started',
      regions: ['GM0589'],
      periods: ['2022HJ01'],
    });
    expect(oudewater).toEqual([
      { region: 'GM0589', period: '2022HJ01', value: null, status: 'secret', rounded: true },
    ]);
    expect(municipalityChanges(db)).toEqual(
      ['GM0501', 'GM0530', 'GM0614'].map((oldCode) => ({
        oldCode,
        newCode: 'GM1992',
        effectiveOn: '2023-01-01',
      })),
    );
    expect(
      cbsCells(db, {
        measure: 'population_0_17',
        regions: ['GM1992', 'GM0530'],
        periods: ['2022JJ00', '2023JJ00'],
      }),
    ).toEqual([
      { region: 'GM0530', period: '2022JJ00', value: 7620, status: 'final', rounded: false },
      { region: 'GM1992', period: '2023JJ00', value: 13200, status: 'final', rounded: false },
    ]);
  });

  test('the population in scope comes from CBS for whole municipalities, not for a partial one', () => {
    expect(cbsPopulationInScope(db, regionId('zeeland'), 2023)).toEqual({
      value: 9700 + 3900 + 8000,
      status: 'final',
      municipalities: 3,
    });
    expect(cbsPopulationInScope(db, regionId('amsterdam-amstelland'), 2023)).toBeNull();
  });

  test('the typed "CBS" series of families closed without a measure is gone; the typed one is labelled', () => {
    expect(db.all(sql`select code, origin from reference_series order by code`)).toEqual([
      { code: 'demo-vt-triage', origin: 'typed' },
    ]);
  });
});
