/**
 * The region page and the progress report show what the figures count: the municipalities, the
 * children 0–17 and the source of the scope in force (issue 20: the free-text area, which
 * contradicted the scope for FoodValley and Zeeland, is gone).
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import * as regionRoute from '#app/routes/_app.regios.$region._index/route';
import * as regionsRoute from '#app/routes/_app.regios._index/route';
import * as progressRoute from '#app/routes/_app.voortgang/route';
import * as progressCsv from '#app/routes/voortgang[.csv]/route';
import { SCOPE_SOURCE, SEED_SCOPES } from '#seeds/regions';
import { callRoute } from '#test/call-route';
import { setupTestDatabase } from '#test/db';
import { setToday } from '#test/clock';

setupTestDatabase('seeded');
const scopeOf = (slug: string) => SEED_SCOPES.find((s) => s.slug === slug)!;

describe('the scope of a region', () => {
  test('the region page of FoodValley shows Ede only, its children of 2026 and the source', async () => {
    const { status, data } = await callRoute<Awaited<ReturnType<typeof regionRoute.loader>>>(regionRoute, {
      url: '/regios/foodvalley?period=2026-Q3',
      as: 'reviewer',
      params: { region: 'foodvalley' },
    });
    expect(status).toBe(200);
    expect(data.scope).toMatchObject({
      municipalities: ['Ede'],
      children: scopeOf('foodvalley').children[2026],
      effectiveFrom: '2026-01',
      source: SCOPE_SOURCE,
    });
    expect('area' in data.region).toBe(false);
  });

  test('a quarter of 2024 shows the scope then in force', async () => {
    const { data } = await callRoute<Awaited<ReturnType<typeof regionRoute.loader>>>(regionRoute, {
      url: '/regios/zeeland?period=2024-Q2',
      as: 'manager',
      params: { region: 'zeeland' },
    });
    expect(data.scope).toMatchObject({
      municipalities: ['Middelburg', 'Veere', 'Vlissingen'],
      children: scopeOf('zeeland').children[2024],
      effectiveFrom: '2024-01',
    });
  });

  test('the progress report lists every region’s scope at the end of the period', async () => {
    const { data } = await callRoute<Awaited<ReturnType<typeof progressRoute.loader>>>(progressRoute, {
      url: '/voortgang?period=2026-Q3',
      as: 'reviewer',
    });
    expect(data.scopeMonth).toBe('2026-09');
    expect(data.scopes).toHaveLength(6);
    for (const s of data.scopes) {
      const seed = SEED_SCOPES.find((x) => x.slug === data.regions.find((r) => r.id === s.id)!.slug)!;
      expect(s.scope, s.name).toMatchObject({
        municipalities: seed.municipalities,
        children: seed.children[2026],
        source: SCOPE_SOURCE,
      });
    }
  });

  test('voortgang.csv has each region’s scope at the end of the period: children, municipalities, month and source', async () => {
    const { status, data } = await callRoute<string>(progressCsv, {
      url: '/voortgang.csv?period=2026-Q3',
      as: 'reviewer',
    });
    expect(status).toBe(200);
    const [header, ...rows] = parse(data, { delimiter: ';', bom: true }) as string[][];
    // the note column, then the interval's columns appended at the end (issue 23)
    expect(header.slice(-4)).toEqual(['note', 'ci_lower', 'ci_upper', 'ci_method']);
    const note = header.indexOf('note');
    const scopeRows = rows.filter((r) => r[2] === 'scope');
    expect(scopeRows).toHaveLength(12);
    const ede = scopeOf('foodvalley');
    expect(scopeRows).toContainEqual([
      '2026-Q3',
      'foodvalley',
      'scope',
      'children_0_17',
      '',
      '',
      String(ede.children[2026]),
      '',
      '',
      '',
      '',
      '',
      '', // state (hidden or unknown), before coverage
      `2026-01 ${SCOPE_SOURCE}`,
      '',
      '',
      '',
    ]);
    expect(scopeRows).toContainEqual([
      '2026-Q3',
      'zeeland',
      'scope',
      'municipalities',
      '',
      '',
      '3',
      '',
      '',
      '',
      '',
      '',
      '', // state
      'Middelburg; Veere; Vlissingen',
      '',
      '',
      '',
    ]);
    // every other row has the column, empty
    expect(rows.filter((r) => r.length !== header.length)).toEqual([]);
    // (and the summary's change against a year earlier, which names the period compared)
    expect(rows.filter((r) => r[2] !== 'scope' && r[2] !== 'change_year_earlier' && r[note] !== '')).toEqual(
      [],
    );
  });

  test('the list of regions shows each scope instead of a free description', async () => {
    setToday('2026-11-15');
    const { data } = await callRoute<Awaited<ReturnType<typeof regionsRoute.loader>>>(regionsRoute, {
      url: '/regios',
      as: 'manager',
    });
    const zeeland = data.regions.find((r) => r.slug === 'zeeland')!;
    expect(zeeland.scope?.municipalities).toEqual(['Middelburg', 'Veere', 'Vlissingen']);
    expect('area' in zeeland).toBe(false);
  });
});
