/**
 * The CBS import page (/referenties/cbs, issue 24): fetch through a stub that answers with the
 * recorded responses of test/fixtures/cbs (no test reaches the internet), upload of the same files,
 * the dry run, approval all at once, a later fetch that makes provisional figures final and keeps
 * the old ones, redivisions, refusals that store nothing, and who may use it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import * as route from '#app/routes/_app.referenties_.cbs/route';
import { setCbsFetchForTests, type CbsFetch } from '#app/models/cbs-import.server';
import { cbsCells, municipalityChanges } from '#app/models/sources/cbs.server';
import type { CbsDryRun } from '#app/models/cbs-import.server';
import { tableChecksums } from '#test/checksums';
import { callRoute } from '#test/call-route';
import { setupTestDatabase } from '#test/db';

const db = setupTestDatabase('seeded');
const dir = path.join(process.cwd(), 'test/fixtures/cbs');
const fixture = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');
const URL = '/referenties/cbs';
/** The checksums of these tables (all of them would include the sessions each call signs in). */
const sums = (names: string[]) =>
  Object.fromEntries(Object.entries(tableChecksums(db.$client)).filter(([n]) => names.includes(n)));

/** Answers CBS's addresses with recorded files: `<prefix>-TableInfos.json`, …; pages by skiptoken. */
function recorded(prefix: string, requests: string[] = []): CbsFetch {
  return async (url) => {
    requests.push(url);
    const table = /odata\/([^/]+)\//i.exec(url)![1]!;
    const part = /\/(TableInfos|Perioden|RegioS|TypedDataSet)\?/.exec(url)![1]!;
    const page = url.includes('$skiptoken=8') ? '-2' : '';
    return new Response(fixture(`${prefix.replace('{table}', table)}-${part}${page}.json`), {
      headers: { 'Content-Type': 'application/json' },
    });
  };
}

type Reply = { error: string | null; notice: string | null };
type Page = Awaited<ReturnType<typeof route.loader>>;

const fetchTables = (tables: string[], as = 'manager') =>
  callRoute<Reply>(route, { url: URL, as, form: { intent: 'fetch', table: tables } });
const decide = (intent: 'approve' | 'discard', importId: number, as = 'manager') =>
  callRoute<Reply>(route, { url: URL, as, form: { intent, importId: String(importId) } });
const page = async () => (await callRoute<Page>(route, { url: URL, as: 'manager' })).data;

async function upload(table: string, files: { name: string; text: string }[], as = 'manager') {
  const form = new FormData();
  form.set('intent', 'upload');
  form.set('table', table);
  for (const f of files) form.append('bestand', new File([f.text], f.name));
  const multipart = new Response(form);
  return callRoute<Reply>(route, {
    url: URL,
    as,
    body: await multipart.arrayBuffer(),
    headers: { 'Content-Type': multipart.headers.get('Content-Type')! },
  });
}

// An installation before its first CBS import: the demo's CBS data and municipalities removed.
beforeAll(() => {
  for (const table of [
    'cbs_observations',
    'cbs_tables',
    'municipality_changes',
    'region_municipalities',
    'region_municipality_sets',
    'municipalities',
    'cbs_imports',
  ])
    db.$client.prepare(`delete from "${table}"`).run();
});
beforeEach(() => setCbsFetchForTests(undefined));
afterAll(() => setCbsFetchForTests(undefined));

describe('fetching a CBS table', () => {
  test('the dry run lists periods, municipalities, provisional, secret and rounded cells; nothing stored yet', async () => {
    const requests: string[] = [];
    setCbsFetchForTests(recorded('82975NED', requests));
    const before = sums(['cbs_observations', 'cbs_tables', 'municipalities']);
    const r = await fetchTables(['82975NED']);
    expect(r.status).toBe(200);
    expect(r.data).toEqual({ error: null, notice: null });
    // info, periods, regions and two pages of data, all from opendata.cbs.nl
    expect(requests).toHaveLength(5);
    expect(
      requests.filter((u) => !/^https:\/\/opendata\.cbs\.nl\/ODataApi\/odata\/82975NED\//i.test(u)),
    ).toEqual([]);
    expect(sums(['cbs_observations', 'cbs_tables', 'municipalities'])).toEqual(before);

    const { pending } = await page();
    expect(pending!.dryRun).toEqual({
      tables: [
        {
          tableId: '82975NED',
          title: 'Jeugdbeschermingstrajecten; regio',
          modified: '2024-04-30T02:00:00',
          source: 'odata',
          periods: ['2022HJ01', '2022HJ02', '2022JJ00', '2023HJ01'],
          municipalities: 3,
          cells: 16,
          provisional: 3,
          secret: 3,
          rounded: 16,
          added: 16,
          revised: 0,
          unchanged: 0,
          madeFinal: 0,
          unknownMunicipalities: [],
        },
      ],
      redivisions: [],
    } satisfies CbsDryRun);
  });

  test('approving stores all cells, the table with its licence and the municipalities, audited', async () => {
    const { pending } = await page();
    const r = await decide('approve', pending!.id);
    expect(r.data.notice).toBe(
      'De CBS-cijfers zijn opgeslagen: 16 nieuw, 0 vervangen (de oude waarden blijven bewaard), 0 ongewijzigd.',
    );
    expect(cbsCells(db, { measure: 'child_protection_started', regions: ['GM0363'] })).toEqual([
      { region: 'GM0363', period: '2022HJ01', value: 410, status: 'final', rounded: true },
      { region: 'GM0363', period: '2022HJ02', value: 395, status: 'final', rounded: true },
      { region: 'GM0363', period: '2022JJ00', value: 805, status: 'final', rounded: true },
      { region: 'GM0363', period: '2023HJ01', value: 400, status: 'provisional', rounded: true },
    ]);
    const after = await page();
    expect(after.pending).toBeNull();
    expect(after.stored).toEqual([
      expect.objectContaining({
        tableId: '82975NED',
        licence: 'CC BY 4.0',
        source: 'odata',
        modified: '2024-04-30T02:00:00',
        cells: 16,
        provisional: 3,
        history: 0,
      }),
    ]);
    expect(
      db.$client
        .prepare(
          `select code, name from municipalities where code in ('GM0362','GM0363','GM0437') order by code`,
        )
        .all(),
    ).toEqual([
      { code: 'GM0362', name: 'Amstelveen' },
      { code: 'GM0363', name: 'Amsterdam' },
      { code: 'GM0437', name: 'Ouder-Amstel' },
    ]);
    expect(
      db.$client
        .prepare(`select action, entity_id as id from audit_log where action like 'cbs.%' order by id`)
        .all(),
    ).toEqual([{ action: 'cbs.import.approve', id: String(pending!.id) }]);
    // a second approval of the same import is refused
    expect((await decide('approve', pending!.id)).status).toBe(409);
  });

  test('a later fetch makes the provisional half-year final and keeps the old value', async () => {
    setCbsFetchForTests(recorded('82975NED-later'));
    await fetchTables(['82975NED']);
    const { pending } = await page();
    expect(pending!.dryRun.tables[0]).toMatchObject({
      periods: ['2023HJ01', '2023HJ02'],
      cells: 8,
      added: 4,
      revised: 3,
      madeFinal: 3,
      unchanged: 1,
    });
    const r = await decide('approve', pending!.id);
    expect(r.data.notice).toBe(
      'De CBS-cijfers zijn opgeslagen: 4 nieuw, 3 vervangen (de oude waarden blijven bewaard), 1 ongewijzigd.',
    );
    expect(
      cbsCells(db, { measure: 'child_protection_started', regions: ['GM0363'], periods: ['2023HJ01'] }),
    ).toEqual([{ region: 'GM0363', period: '2023HJ01', value: 415, status: 'final', rounded: true }]);
    // the provisional 400 is kept, marked superseded by the later import
    expect(
      db.$client
        .prepare(
          `select value, status, superseded_by as supersededBy from cbs_observations
           where region_code = 'GM0363' and period = '2023HJ01' order by id`,
        )
        .all(),
    ).toEqual([
      { value: 400, status: 'provisional', supersededBy: pending!.id },
      { value: 415, status: 'final', supersededBy: null },
    ]);
    expect((await page()).stored[0]).toMatchObject({
      modified: '2024-10-31T02:00:00',
      history: 3,
      provisional: 4,
    });
  });

  test('CBS unreachable or too slow: a clear message, nothing stored', async () => {
    const before = sums(['cbs_imports', 'cbs_observations', 'cbs_tables', 'municipalities']);
    setCbsFetchForTests(async () => {
      throw new TypeError('fetch failed');
    });
    const r = await fetchTables(['82975NED']);
    expect(r.status).toBe(502);
    expect(r.data.error).toBe(
      'CBS is niet bereikbaar (tabel 82975NED). Controleer de internetverbinding van de server of lees de gedownloade bestanden in. Er is niets opgeslagen.',
    );
    setCbsFetchForTests(async () => {
      throw new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    });
    expect((await fetchTables(['82975NED'])).data.error).toBe(
      'CBS antwoordde niet binnen 20 seconden (tabel 82975NED). Probeer het later opnieuw of lees de gedownloade bestanden in. Er is niets opgeslagen.',
    );
    setCbsFetchForTests(async () => new Response(fixture('malformed.html'), { status: 503 }));
    expect((await fetchTables(['82975NED'])).data.error).toBe(
      'CBS antwoordde met fout 503 voor tabel 82975NED. Er is niets opgeslagen.',
    );
    // a 200 with an HTML page (a proxy): not JSON
    setCbsFetchForTests(async () => new Response(fixture('malformed.html')));
    expect((await fetchTables(['82975NED'])).data.error).toBe(
      'Het antwoord van CBS voor tabel 82975NED is geen geldige JSON. Er is niets opgeslagen.',
    );
    expect(sums(['cbs_imports', 'cbs_observations', 'cbs_tables', 'municipalities'])).toEqual(before);
  });

  test('choosing no table, or a table the monitor does not read, is refused', async () => {
    expect(
      (await callRoute<Reply>(route, { url: URL, as: 'manager', form: { intent: 'fetch' } })).data.error,
    ).toBe('Kies ten minste één tabel.');
    const r = await fetchTables(['99999NED']);
    expect([r.status, r.data.error]).toEqual([
      400,
      'Tabel “99999NED” staat niet in de lijst van CBS-tabellen die de monitor leest.',
    ]);
  });
});

describe('uploading the files StatLine lets a user download', () => {
  test('population with a municipal redivision: the dry run names it; approval ends the old municipality', async () => {
    const files = ['TableInfos', 'Perioden', 'RegioS', 'TypedDataSet'].map((p) => ({
      name: `03759ned_${p}.json`,
      text: fixture(`03759ned-${p}.json`),
    }));
    const r = await upload('03759ned', files);
    expect(r.data).toEqual({ error: null, notice: null });
    const { pending } = await page();
    expect(pending!.dryRun.redivisions).toEqual([
      {
        oldCode: 'GM0585',
        newCode: 'GM1963',
        effectiveOn: '2019-01-01',
        oldName: 'Binnenmaas',
        newName: 'Hoeksche Waard',
      },
    ]);
    expect(pending!.dryRun.tables[0]).toMatchObject({ source: 'file', cells: 2, municipalities: 2 });
    await decide('approve', pending!.id);
    expect(municipalityChanges(db)).toContainEqual({
      oldCode: 'GM0585',
      newCode: 'GM1963',
      effectiveOn: '2019-01-01',
    });
    expect(
      db.$client.prepare(`select valid_to as validTo from municipalities where code = 'GM0585'`).get(),
    ).toEqual({
      validTo: '2018-12-31',
    });
    expect(cbsCells(db, { measure: 'population_0_17', regions: ['GM0585', 'GM1963'] })).toEqual([
      { region: 'GM0585', period: '2018JJ00', value: 5600, status: 'final', rounded: false },
      { region: 'GM1963', period: '2019JJ00', value: 19800, status: 'final', rounded: false },
    ]);
  });

  test('a CSV download with codes: provisional stars, secret dots', async () => {
    const r = await upload('85361NED', [{ name: '85361NED.csv', text: fixture('85361NED.csv') }]);
    expect(r.data.error).toBeNull();
    const { pending } = await page();
    expect(pending!.dryRun.tables[0]).toMatchObject({
      cells: 4,
      provisional: 3,
      secret: 1,
      municipalities: 3,
    });
    expect((await decide('discard', pending!.id)).data.notice).toBe(
      'De controle is weggegooid; er is niets opgeslagen.',
    );
    expect(cbsCells(db, { measure: 'vt_repeat_reports', regions: ['NL01'] })).toEqual([]);
  });

  test('a malformed file, or one without the topic, is refused and stores nothing', async () => {
    const before = sums(['cbs_imports', 'cbs_observations', 'cbs_tables', 'municipalities']);
    const broken = await upload('82975NED', [{ name: 'data.json', text: '{"value": [' }]);
    expect([broken.status, broken.data.error]).toEqual([
      400,
      'Het antwoord van CBS voor tabel 82975NED is geen geldige JSON. Er is niets opgeslagen.',
    ]);
    const changed = await upload('82975NED', [
      { name: 'data.json', text: fixture('82975NED-missing-topic.json') },
    ]);
    expect(changed.data.error).toBe(
      'Tabel 82975NED: het onderwerp “GestarteTrajecten_1” (child_protection_started) ontbreekt. CBS heeft de tabel mogelijk gewijzigd; er is niets opgeslagen.',
    );
    expect((await upload('82975NED', [])).data.error).toBe('Kies een bestand.');
    expect(sums(['cbs_imports', 'cbs_observations', 'cbs_tables', 'municipalities'])).toEqual(before);
  });
});

describe('who may import', () => {
  test('coordinators, reviewers and admins get 403 on the page and the action; nothing stored', async () => {
    setCbsFetchForTests(recorded('82975NED'));
    const before = sums(['cbs_imports', 'cbs_observations']);
    for (const as of ['coordinatorA', 'reviewer', 'admin']) {
      expect([as, (await callRoute(route, { url: URL, as })).status]).toEqual([as, 403]);
      expect([as, (await fetchTables(['82975NED'], as)).status]).toEqual([as, 403]);
    }
    expect(sums(['cbs_imports', 'cbs_observations'])).toEqual(before);
    expect((await callRoute(route, { url: URL })).status).toBe(302);
  });
});
