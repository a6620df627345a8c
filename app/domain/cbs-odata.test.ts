import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import {
  cellsFromRecords,
  dutchNumber,
  parseODataPage,
  parsePeriodStatuses,
  parseRegions,
  parseTableInfo,
  readJson,
  recordsFromCsv,
  type CbsRecord,
} from './cbs-odata';
import { cbsPeriodLabel, cbsPeriodMonths } from './cbs-catalogue';

const dir = path.join(process.cwd(), 'test/fixtures/cbs');
const text = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');
const json = (name: string) => JSON.parse(text(name)) as unknown;

function page(name: string) {
  const r = parseODataPage(json(name), '82975NED', 'nl');
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

describe('an OData v3 TypedDataSet', () => {
  test('pages follow odata.nextLink; the last page has none', () => {
    const first = page('82975NED-TypedDataSet.json');
    expect(first.records).toHaveLength(8);
    expect(first.nextLink).toBe(
      'https://opendata.cbs.nl/ODataApi/OData/82975NED/TypedDataSet?$format=json&$skiptoken=8',
    );
    expect(page('82975NED-TypedDataSet-2.json').nextLink).toBeNull();
  });

  test('cells get our measure key, trimmed region codes, provisional from Perioden, secret as null', () => {
    const records = [
      ...page('82975NED-TypedDataSet.json').records,
      ...page('82975NED-TypedDataSet-2.json').records,
    ];
    const statuses = parsePeriodStatuses(json('82975NED-Perioden.json'));
    expect([...statuses]).toEqual([
      ['2022HJ01', 'final'],
      ['2022HJ02', 'final'],
      ['2022JJ00', 'final'],
      ['2023HJ01', 'provisional'],
    ]);
    const r = cellsFromRecords('82975NED', records, statuses, 'nl');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toHaveLength(16);
    const cell = (region: string, period: string) =>
      r.value.find((c) => c.region === region && c.period === period);
    expect(cell('GM0363', '2022HJ01')).toEqual({
      measure: 'child_protection_started',
      region: 'GM0363',
      period: '2022HJ01',
      value: 410,
      status: 'final',
      rounded: true,
    });
    expect(cell('NL01', '2023HJ01')).toMatchObject({ value: 4470, status: 'provisional' });
    // unknown is not 0
    expect(cell('GM0437', '2022HJ01')).toMatchObject({ value: null, status: 'secret' });
    expect(r.value.filter((c) => c.status === 'secret')).toHaveLength(3);
    expect(r.value.filter((c) => c.status === 'provisional')).toHaveLength(3);
  });

  test('the table info gives title and CBS’s modification date', () => {
    expect(parseTableInfo(json('82975NED-TableInfos.json'))).toEqual({
      title: 'Jeugdbeschermingstrajecten; regio',
      modified: '2024-04-30T02:00:00',
    });
  });
});

describe('a table with several dimension keys summed (population 0–17)', () => {
  test('sums the 18 single years, skips other groups, and reads the redivision from RegioS', () => {
    const records = (json('03759ned-TypedDataSet.json') as { value: CbsRecord[] }).value;
    const r = cellsFromRecords(
      '03759ned',
      records,
      parsePeriodStatuses(json('03759ned-Perioden.json')),
      'nl',
    );
    expect(r.ok && r.value).toEqual([
      {
        measure: 'population_0_17',
        region: 'GM0585',
        period: '2018JJ00',
        value: 5600,
        status: 'final',
        rounded: false,
      },
      {
        measure: 'population_0_17',
        region: 'GM1963',
        period: '2019JJ00',
        value: 19800,
        status: 'final',
        rounded: false,
      },
    ]);
    expect(parseRegions(json('03759ned-RegioS.json'))).toEqual({
      regions: [
        { code: 'GM0585', name: 'Binnenmaas' },
        { code: 'GM1963', name: 'Hoeksche Waard' },
      ],
      redivisions: [{ oldCode: 'GM0585', newCode: 'GM1963', effectiveOn: '2019-01-01' }],
    });
  });

  test('a sum with an unknown part is unknown, not the sum of the rest', () => {
    const records = (json('03759ned-TypedDataSet.json') as { value: Record<string, unknown>[] }).value.map(
      (r, i) => (i === 3 ? { ...r, BevolkingOp1Januari_1: null } : r),
    ) as CbsRecord[];
    const r = cellsFromRecords('03759ned', records, new Map(), 'nl');
    expect(r.ok && r.value[0]).toMatchObject({ region: 'GM0585', value: null, status: 'secret' });
  });
});

describe('malformed responses are refused with a clear message', () => {
  test('an HTML error page is not JSON', () => {
    expect(readJson(text('malformed.html'), '82975NED', 'nl')).toEqual({
      ok: false,
      message: 'Het antwoord van CBS voor tabel 82975NED is geen geldige JSON. Er is niets opgeslagen.',
    });
    expect(readJson(text('malformed.html'), '82975NED', 'en')).toMatchObject({
      message: 'The CBS response for table 82975NED is not valid JSON. Nothing was stored.',
    });
  });
  test('JSON without a value list', () => {
    expect(parseODataPage({ error: { code: '', message: 'x' } }, '82975NED', 'nl')).toEqual({
      ok: false,
      message:
        'Het antwoord van CBS voor tabel 82975NED heeft niet de vorm van een OData-dataset (geen lijst “value”). Er is niets opgeslagen.',
    });
  });
  test('a table without the topic the catalogue reads names the topic', () => {
    const r = cellsFromRecords('82975NED', page('82975NED-missing-topic.json').records, new Map(), 'nl');
    expect(r).toEqual({
      ok: false,
      message:
        'Tabel 82975NED: het onderwerp “GestarteTrajecten_1” (child_protection_started) ontbreekt. CBS heeft de tabel mogelijk gewijzigd; er is niets opgeslagen.',
    });
  });
  test('a period the monitor does not know, and a table it does not read', () => {
    const r = cellsFromRecords(
      '82975NED',
      [{ RegioS: 'GM0363', Perioden: '2023MM01', GestarteTrajecten_1: 5 }],
      new Map(),
      'nl',
    );
    expect(r).toEqual({
      ok: false,
      message: 'Tabel 82975NED: “2023MM01” is geen periode die de monitor kent (jaar, halfjaar of kwartaal).',
    });
    expect(cellsFromRecords('99999NED', [], new Map(), 'nl')).toMatchObject({ ok: false });
  });
});

describe('the StatLine CSV download', () => {
  const rows = parse(text('85361NED.csv'), { delimiter: ';', relax_column_count: true }) as string[][];

  test('Dutch numbers, provisional stars and secret dots', () => {
    const records = recordsFromCsv(rows, '85361NED', 'nl');
    expect(records.ok).toBe(true);
    if (!records.ok) return;
    const r = cellsFromRecords('85361NED', records.value, new Map(), 'nl');
    expect(r.ok && r.value).toEqual([
      {
        measure: 'vt_repeat_reports',
        region: 'NL01',
        period: '2023JJ00',
        value: 36355,
        status: 'provisional',
        rounded: true,
      },
      {
        measure: 'vt_repeat_reports',
        region: 'GM0362',
        period: '2023JJ00',
        value: 230,
        status: 'provisional',
        rounded: true,
      },
      {
        measure: 'vt_repeat_reports',
        region: 'GM0363',
        period: '2023JJ00',
        value: 2540,
        status: 'provisional',
        rounded: true,
      },
      {
        measure: 'vt_repeat_reports',
        region: 'GM0437',
        period: '2023JJ00',
        value: null,
        status: 'secret',
        rounded: true,
      },
    ]);
  });

  test('a file without the code columns, a bad number', () => {
    expect(recordsFromCsv([['Regio', 'Periode', 'Totaal']], '85361NED', 'nl')).toEqual({
      ok: false,
      message:
        'Het CSV-bestand heeft geen kopregel met de kolommen RegioS en Perioden (download de tabel met codes uit StatLine).',
    });
    expect(
      recordsFromCsv(
        [
          ['RegioS', 'Perioden', 'Totaal_6'],
          ['GM0363', '2023JJ00', 'veel'],
        ],
        '85361NED',
        'nl',
      ),
    ).toEqual({
      ok: false,
      message: 'Tabel 85361NED, regel 2: “veel” is geen getal.',
    });
  });

  test('numbers as StatLine writes them', () => {
    expect(dutchNumber('1.310')).toBe(1310);
    expect(dutchNumber('1 310')).toBe(1310);
    expect(dutchNumber('28,5')).toBe(28.5);
    expect(dutchNumber('1.234,5')).toBe(1234.5);
    expect(dutchNumber('.')).toBeNull();
    expect(dutchNumber('')).toBeNull();
    expect(dutchNumber('abc')).toBe('bad');
  });
});

describe('CBS period codes', () => {
  test('months and words', () => {
    expect(cbsPeriodMonths('2023HJ02')).toEqual({ from: '2023-07', to: '2023-12' });
    expect(cbsPeriodMonths('2023KW02')).toEqual({ from: '2023-04', to: '2023-06' });
    expect(cbsPeriodMonths('2023JJ00')).toEqual({ from: '2023-01', to: '2023-12' });
    expect(cbsPeriodMonths('2023X')).toBeNull();
    expect(cbsPeriodLabel('2023HJ01', 'nl')).toBe('1e halfjaar 2023');
    expect(cbsPeriodLabel('2023JJ00', 'en')).toBe('2023');
  });
});

describe('an OData v4 Observations page (issue 24: v4 names a topic by its own measure code)', () => {
  const v4 = () => {
    const r = parseODataPage(json('82975NED-v4-Observations.json'), '82975NED', 'nl');
    if (!r.ok) throw new Error(r.message);
    return r.value;
  };

  test('pages follow @odata.nextLink', () => {
    expect(v4().records).toHaveLength(5);
    expect(v4().nextLink).toBe('https://datasets.cbs.nl/odata/v1/CBS/82975NED/Observations?$skip=5');
  });

  test('a record counts as the topic its Measure code names; another code is skipped; Confidential is secret', () => {
    const statuses = parsePeriodStatuses(json('82975NED-v4-PeriodenCodes.json'));
    expect([...statuses]).toEqual([
      ['2022HJ01', 'final'],
      ['2023HJ01', 'provisional'],
    ]);
    const cells = cellsFromRecords('82975NED', v4().records, statuses, 'nl');
    expect(cells).toEqual({
      ok: true,
      value: [
        {
          measure: 'child_protection_started',
          region: 'NL01',
          period: '2022HJ01',
          value: 4565,
          status: 'final',
          rounded: true,
        },
        {
          measure: 'child_protection_started',
          region: 'NL01',
          period: '2023HJ01',
          value: 4470,
          status: 'provisional',
          rounded: true,
        },
        {
          measure: 'child_protection_started',
          region: 'GM0363',
          period: '2023HJ01',
          value: 400,
          status: 'provisional',
          rounded: true,
        },
        {
          measure: 'child_protection_started',
          region: 'GM0437',
          period: '2023HJ01',
          value: null,
          status: 'secret',
          rounded: true,
        },
      ],
    });
  });

  test('a v4 page without the catalogue’s measure code is refused by name', () => {
    const page = parseODataPage(json('82975NED-v4-other-measures.json'), '82975NED', 'en');
    if (!page.ok) throw new Error(page.message);
    const r = cellsFromRecords('82975NED', page.value.records, new Map(), 'en');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('M001176');
    expect(!r.ok && r.message).toContain('child_protection_started');
  });
});
