/**
 * Query parameters are English everywhere. Addresses bookmarked with the Dutch names of
 * releases 1 and 2 (regio, van, tot, scheiding=komma) are sent on to the English ones.
 */
import { describe, expect, test } from 'vitest';
import * as completeness from '#app/routes/_app.volledigheid/route';
import * as templateCsv from '#app/routes/export.sjabloon[.csv]/route';
import * as valuesCsv from '#app/routes/export.waarden[.csv]/route';
import { callRoute } from '#test/call-route';
import { setupTestDatabase } from '#test/db';

const db = setupTestDatabase('seeded');

describe('a bookmarked address with the old Dutch query names', () => {
  test.each([
    [completeness, '/volledigheid?van=2025-11&tot=2026-10', '/volledigheid?from=2025-11&to=2026-10'],
    [
      valuesCsv,
      '/export/waarden.csv?regio=utrecht&van=2026-09&tot=2026-10&scheiding=komma',
      '/export/waarden.csv?region=utrecht&from=2026-09&to=2026-10&separator=comma',
    ],
    [templateCsv, '/export/sjabloon.csv?regio=zeeland', '/export/sjabloon.csv?region=zeeland'],
    // A mix keeps the English name and the order; only the old names are renamed.
    [
      valuesCsv,
      '/export/waarden.csv?from=2026-09&tot=2026-10',
      '/export/waarden.csv?from=2026-09&to=2026-10',
    ],
  ])('%#: is redirected for good to the English names', async (module, old, now) => {
    const res = await callRoute(module, { url: old, as: 'manager' });
    expect(res.status).toBe(301);
    expect(res.headers.get('Location')).toBe(now);
  });

  test('the new address answers what the old one did: the completeness months, the export rows', async () => {
    const page = await callRoute<{ from: string; to: string; periods: string[] }>(completeness, {
      url: '/volledigheid?from=2025-11&to=2026-10',
      as: 'manager',
    });
    expect([page.status, page.data.from, page.data.to, page.data.periods.length]).toEqual([
      200,
      '2025-11',
      '2026-10',
      12,
    ]);
    const csv = await callRoute<string>(valuesCsv, {
      url: '/export/waarden.csv?region=utrecht&from=2026-10&to=2026-10&separator=comma',
      as: 'coordinatorA',
    });
    const lines = csv.data.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('regio,periode,element,naam,waarde,status');
    // the stored value, read independently of the export
    const { value } = db.$client
      .prepare(
        `select v.value from report_values v join reports r on r.id = v.report_id join regions g on g.id = r.region_id
         where g.slug = 'utrecht' and r.period = '2026-10' and v.element_code = 'fte_filled'`,
      )
      .get() as { value: number };
    expect(Number.isInteger(value)).toBe(false);
    expect(lines).toContain(`utrecht,2026-10,fte_filled,Bezette formatie in fte,${value},concept`);
    const template = await callRoute<string>(templateCsv, {
      url: '/export/sjabloon.csv?region=zeeland',
      as: 'manager',
    });
    expect(template.data.split('\r\n')[1]).toMatch(/^zeeland;/);
  });

  test('an address without an old name is not redirected', async () => {
    expect((await callRoute(completeness, { url: '/volledigheid', as: 'manager' })).status).toBe(200);
    // "tot" as a value is not a name: no redirect.
    expect(
      (await callRoute(templateCsv, { url: '/export/sjabloon.csv?region=tot', as: 'manager' })).status,
    ).toBe(200);
  });
});
