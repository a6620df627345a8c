/**
 * A region's scope as municipalities (issue 24) on the administrator's region page: a new list from
 * a month on with a partial municipality, kept beside the earlier list; bad lines refused with their
 * line and nothing stored; only an administrator may record one.
 */
import { describe, expect, test } from 'vitest';
import { sql } from 'drizzle-orm';
import * as route from '#app/routes/_app.beheer_.regios_.$region/route';
import { regionMunicipalities } from '#app/models/sources/cbs.server';
import { callRoute } from '#test/call-route';
import { tableChecksums } from '#test/checksums';
import { setupTestDatabase } from '#test/db';

const db = setupTestDatabase('seeded');
const URL = '/beheer/regios/zeeland';
const params = { region: 'zeeland' };
const zeeland = () => db.get<{ id: number }>(sql`select id from regions where slug = 'zeeland'`)!.id;
const post = (form: Record<string, string>, as = 'admin') =>
  callRoute<{ notice: string | null; municipalityErrors?: string[] }>(route, { url: URL, as, params, form });
const sums = () =>
  Object.fromEntries(
    Object.entries(tableChecksums(db.$client)).filter(([n]) =>
      ['region_municipality_sets', 'region_municipalities', 'audit_log'].includes(n),
    ),
  );

describe('a region’s municipalities', () => {
  test('the page lists the demo’s list and the typed scopes labelled typed', async () => {
    const { data } = await callRoute<Awaited<ReturnType<typeof route.loader>>>(route, {
      url: URL,
      as: 'admin',
      params,
    });
    expect(data.municipalitySets.map((s) => [s.effectiveFrom, s.municipalities.map((m) => m.code)])).toEqual([
      ['2023-01', ['GM0687', 'GM0717', 'GM0718']],
    ]);
    expect(new Set(data.scopes.map((s) => s.origin))).toEqual(new Set(['typed']));
  });

  test('a new list from 2026-01 (Goes whole, Vlissingen in part) holds from then; the old list stays', async () => {
    const r = await post({
      intent: 'municipalities',
      effectiveFrom: '2026-01',
      municipalities: 'GM0687\nGM0717\ngm0664\nGM0718; Oud-Vlissingen\n',
    });
    expect(r.data.notice).toBe('De gemeenten van het werkgebied vanaf 2026-01 zijn vastgelegd (4).');
    expect(regionMunicipalities(db, zeeland(), '2025-12').map((m) => m.code)).toEqual([
      'GM0687',
      'GM0717',
      'GM0718',
    ]);
    expect(regionMunicipalities(db, zeeland(), '2026-02')).toEqual([
      { code: 'GM0664', name: 'Goes', partial: false, district: null },
      { code: 'GM0687', name: 'Middelburg', partial: false, district: null },
      { code: 'GM0717', name: 'Veere', partial: false, district: null },
      { code: 'GM0718', name: 'Vlissingen', partial: true, district: 'Oud-Vlissingen' },
    ]);
    expect(
      db.all(sql`select action, entity_id as id from audit_log where action = 'region.municipalities'`),
    ).toEqual([{ action: 'region.municipalities', id: String(zeeland()) }]);
  });

  test('bad lines are named with their line; nothing is stored', async () => {
    const before = sums();
    const r = await post({
      intent: 'municipalities',
      effectiveFrom: '2026-13',
      municipalities: 'GM0687\nMiddelburg\nGM9999\nGM0687',
    });
    expect(r.status).toBe(400);
    expect(r.data.municipalityErrors).toEqual([
      'Vul de maand in als JJJJ-MM, bijvoorbeeld 2025-01.',
      'Regel 2: “Middelburg” is geen CBS-gemeentecode (GM en vier cijfers).',
      'Regel 3: gemeente GM9999 is onbekend in de monitor (lees eerst een CBS-tabel in).',
      'Regel 4: gemeente GM0687 staat er al.',
    ]);
    expect(
      (await post({ intent: 'municipalities', effectiveFrom: '2026-02', municipalities: '' })).data
        .municipalityErrors,
    ).toEqual(['Vul ten minste één gemeente in.']);
    expect(sums()).toEqual(before);
  });

  test('a manager or coordinator may not record one (403), nothing stored', async () => {
    const before = sums();
    for (const as of ['manager', 'coordinatorA', 'reviewer'])
      expect([
        as,
        (await post({ intent: 'municipalities', effectiveFrom: '2026-03', municipalities: 'GM0687' }, as))
          .status,
      ]).toEqual([as, 403]);
    expect(sums()).toEqual(before);
  });
});
