/**
 * Issue 13, items 2 and 4: every CSV the app writes neutralises cells that a spreadsheet would read
 * as a formula, and a malformed or out-of-range period anywhere is a 400 with a translated message
 * (never a 500). The CSV routes are found on disk, so a new one without an entry here fails.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import * as experimentsCsv from '#app/routes/experimenten[.csv]/route';
import * as bottlenecksCsv from '#app/routes/knelpunten[.csv]/route';
import * as valuesCsv from '#app/routes/export.waarden[.csv]/route';
import * as templateCsv from '#app/routes/export.sjabloon[.csv]/route';
import * as progressCsv from '#app/routes/voortgang[.csv]/route';
import * as progress from '#app/routes/_app.voortgang/route';
import * as regionPage from '#app/routes/_app.regios.$region._index/route';
import * as overview from '#app/routes/_app.overzicht/route';
import * as indicatorPage from '#app/routes/_app.indicatoren.$indicator/route';
import * as compare from '#app/routes/_app.vergelijken/route';
import * as apiScores from '#app/routes/api.scores/route';
import * as apiIndicator from '#app/routes/api.indicators.$indicator/route';
import { langCookie } from '#app/utils/lang.server';
import { callRoute } from '#test/call-route';
import { setupTestDatabase } from '#test/db';
import { tableChecksums } from '#test/checksums';
import { setToday } from '#test/clock';

const db = setupTestDatabase('seeded');
const sqlite = db.$client;
/** Every table but the sessions a signed-in test request creates (and their audit rows). */
const checksums = (s: typeof sqlite) => {
  const { sessions: _s, audit_log: _a, ...rest } = tableChecksums(s);
  return rest;
};

// Hostile text where users (or an administrator) can put text: register entries and a region.
const HOSTILE = [
  '=HYPERLINK("http://evil.example","klik")',
  "-2+3+cmd|' /C calc'!A0",
  '@SUM(1)',
  '+1',
  '\t=1',
  '\r=1',
];
sqlite
  .prepare(
    'update experiments set title = ?, hypothesis = ?, lessons = ? where id = (select min(id) from experiments)',
  )
  .run(HOSTILE[0], HOSTILE[1], HOSTILE[4]);
sqlite
  .prepare(
    'update bottlenecks set title = ?, article = ?, description = ? where id = (select min(id) from bottlenecks)',
  )
  .run(HOSTILE[2], HOSTILE[3], HOSTILE[5]);
sqlite.prepare("update regions set name = ? where slug = 'zeeland'").run(HOSTILE[0]);

const CSV_ROUTES: Record<string, { module: object; url: string; as: 'manager' | 'reviewer' }[]> = {
  'experimenten[.csv]': [{ module: experimentsCsv, url: '/experimenten.csv', as: 'reviewer' }],
  'knelpunten[.csv]': [{ module: bottlenecksCsv, url: '/knelpunten.csv', as: 'manager' }],
  'export.waarden[.csv]': [
    { module: valuesCsv, url: '/export/waarden.csv?from=2026-09&to=2026-10', as: 'manager' },
    { module: valuesCsv, url: '/export/waarden.csv?from=2026-09&to=2026-10', as: 'reviewer' },
  ],
  'export.sjabloon[.csv]': [
    { module: templateCsv, url: '/export/sjabloon.csv?region=zeeland', as: 'manager' },
  ],
  'voortgang[.csv]': [{ module: progressCsv, url: '/voortgang.csv?period=2026-Q3', as: 'reviewer' }],
};

describe('every CSV the app writes (formula injection, issue 13 item 2)', () => {
  test('every CSV route on disk is in this table', () => {
    const onDisk = fs
      .readdirSync(path.resolve(__dirname, '../../app/routes'))
      .filter((name) => name.includes('[.csv]'))
      .sort();
    expect(Object.keys(CSV_ROUTES).sort()).toEqual(onDisk);
  });

  const cases = Object.entries(CSV_ROUTES).flatMap(([route, calls]) =>
    calls.map((c) => [`${route} as ${c.as}`, c] as const),
  );
  test.each(cases)('%s: BOM, semicolons, no cell a spreadsheet reads as a formula', async (_name, c) => {
    const res = await callRoute<string>(c.module, { url: c.url, as: c.as });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('Cache-Control')).toBe('private, no-store');
    expect(res.data.startsWith('\uFEFF')).toBe(true);
    const rows: string[][] = parse(res.data.slice(1), { delimiter: ';', relax_column_count: false });
    expect(rows.length).toBeGreaterThan(1);
    expect(rows[0].length).toBeGreaterThan(3);
    // a negative number the app writes itself (a difference, an interval's lower limit: issue 23) is
    // read as a number, not a formula; any other cell starting with - is dangerous
    const dangerous = rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-\d+(,\d+)?$/.test(cell));
    expect(dangerous).toEqual([]);
  });

  test('the hostile register text is exported as text, with a leading apostrophe', async () => {
    const exp = (await callRoute<string>(experimentsCsv, { url: '/experimenten.csv', as: 'manager' })).data;
    const bot = (await callRoute<string>(bottlenecksCsv, { url: '/knelpunten.csv', as: 'manager' })).data;
    const cells = [
      ...parse(exp.slice(1), { delimiter: ';' }),
      ...parse(bot.slice(1), { delimiter: ';' }),
    ].flat();
    for (const h of HOSTILE) expect(cells, h).toContain(`'${h}`);
  });
});

describe('a malformed or out-of-range period is a 400 with a message (issue 13 item 4)', () => {
  const before = checksums(sqlite);
  const requests: { module: object; url: string; params?: Record<string, string> }[] = [
    { module: regionPage, url: '/regios/utrecht?period=0000-Q1', params: { region: 'utrecht' } },
    { module: regionPage, url: '/regios/utrecht?period=2026', params: { region: 'utrecht' } },
    {
      module: apiIndicator,
      url: '/api/indicators/triage_on_time?from=0000-Q1&to=0000-Q4',
      params: { indicator: 'triage_on_time' },
    },
    {
      module: apiIndicator,
      url: '/api/indicators/triage_on_time?from=2026-Q3&to=2026-Q1',
      params: { indicator: 'triage_on_time' },
    },
    { module: progress, url: '/voortgang?period=0000-Q1' },
    { module: progressCsv, url: '/voortgang.csv?period=0000' },
    { module: progressCsv, url: '/voortgang.csv?period=2026-07' },
    { module: overview, url: '/overzicht?period=0001-Q4' },
    {
      module: indicatorPage,
      url: '/indicatoren/triage_on_time?period=9999-99',
      params: { indicator: 'triage_on_time' },
    },
    { module: apiScores, url: '/api/scores?period=0000-Q1' },
    { module: compare, url: '/vergelijken?grain=quarter&from=0000-Q1&to=2026-Q3' },
    { module: valuesCsv, url: '/export/waarden.csv?from=0000-01&to=2026-10' },
  ];

  test.each(requests.map((r) => [r.url, r] as const))('%s', async (_url, r) => {
    const start = performance.now();
    const res = await callRoute<string | { error: string }>(r.module, {
      url: r.url,
      as: 'manager',
      params: r.params,
    });
    expect(res.status).toBe(400);
    expect(performance.now() - start).toBeLessThan(1000);
    const message = typeof res.data === 'string' ? res.data : res.data.error;
    expect(message).toMatch(/^(De periode|De periodes|Deze vergelijking)/);
  });

  test('the message is in the language of the request', async () => {
    setToday(); // November 2026: the years a period may name are 2015 to 2027
    const en = (await langCookie.serialize('en')).split(';')[0];
    const res = await callRoute<{ error: string }>(apiScores, {
      url: '/api/scores?period=0000-Q1',
      as: 'manager',
      cookie: en,
    });
    expect(res.status).toBe(400);
    expect(res.data.error).toBe(
      'The period ‘0000-Q1’ is not valid. Use a month (2026-07) or a quarter (2026-Q3) or a year (2026), in the years 2015 to 2027.',
    );
    const page = await callRoute<string>(regionPage, {
      url: '/regios/utrecht?period=0000-Q1',
      as: 'reviewer',
      params: { region: 'utrecht' },
    });
    expect(page.data).toBe(
      'De periode ‘0000-Q1’ is ongeldig. Gebruik een kwartaal (2026-Q3), in de jaren 2015 tot en met 2027.',
    );
  });

  test('a reviewer asking for a month (a part of a shown quarter) gets a 400 that says why, in Dutch first', async () => {
    const res = await callRoute<{ error: string }>(apiScores, {
      url: '/api/scores?period=2026-09',
      as: 'reviewer',
    });
    expect(res.status).toBe(400);
    expect(res.data.error.split('\n')).toEqual([
      'Aantallen worden per heel kwartaal afgerond: vraag een kwartaal (2026-Q3) of een jaar (2026).',
      'Counts are rounded per whole quarter: ask for a quarter (2026-Q3) or a year (2026).',
    ]);
  });

  test('nothing in the database changed', () => {
    expect(checksums(sqlite)).toEqual(before);
  });
});
