import { and, count, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { auditLog, regions, reports, reportValues, valueHistory } from '#db/schema';
import * as importRoute from '#app/routes/_app.regios.$region.import/route';
import * as valuesCsv from '#app/routes/export.waarden[.csv]/route';
import * as templateCsv from '#app/routes/export.sjabloon[.csv]/route';
import { DATA_ELEMENTS } from '#app/domain/catalogue';
import { langCookie } from '#app/utils/lang.server';
import { callRoute } from '#test/call-route';
import type { DemoUser } from '#test/demo-users';
import { setupTestDatabase } from '#test/db';
import { setToday } from '#test/clock';

const db = setupTestDatabase('seeded');
type Reply = {
  plan: {
    errors: { line: number; message: string }[];
    changes: { line: number; newValue: number | null }[];
    versions: number[][];
  } | null;
  notice: string | null;
};
const body = (r: { data: Reply }) => r.data;

function reportOf(slug: string, period: string) {
  const region = db.select().from(regions).where(eq(regions.slug, slug)).get()!;
  return db
    .select()
    .from(reports)
    .where(and(eq(reports.regionId, region.id), eq(reports.period, period)))
    .get()!;
}
const valueOf = (reportId: number, code: string) =>
  db
    .select()
    .from(reportValues)
    .where(and(eq(reportValues.reportId, reportId), eq(reportValues.elementCode, code)))
    .get()?.value;
const snapshot = () => ({
  values: db.select().from(reportValues).all().length,
  sum: db
    .select()
    .from(reportValues)
    .all()
    .reduce((s, v) => s + (v.value ?? 0), 0),
  history: db.select({ n: count() }).from(valueHistory).get()!.n,
  audit: db.select({ n: count() }).from(auditLog).get()!.n,
});

/** The dry run uploads the file as the browser does: multipart, with its boundary. */
async function check(csv: string, as: DemoUser = 'coordinatorA', slug = 'utrecht') {
  const form = new FormData();
  form.set('intent', 'check');
  form.set('bestand', new File([csv], 'data.csv', { type: 'text/csv' }));
  const multipart = new Response(form);
  return callRoute<Reply>(importRoute, {
    url: `/regios/${slug}/import`,
    as,
    params: { region: slug },
    body: await multipart.arrayBuffer(),
    headers: { 'Content-Type': multipart.headers.get('Content-Type')! },
  });
}
const apply = (csv: string, versions: string, as: DemoUser = 'coordinatorA') =>
  callRoute<Reply>(importRoute, {
    url: '/regios/utrecht/import',
    as,
    params: { region: 'utrecht' },
    form: { intent: 'apply', csv, versions },
  });

describe('CSV import', () => {
  test('the dry run lists every error with its line number and stores nothing', async () => {
    const filed = valueOf(reportOf('utrecht', '2026-10').id, 'petitions_filed')!;
    // the petitions the independent review applies to: all but the certified institution's (issue 20)
    const first = filed - valueOf(reportOf('utrecht', '2026-10').id, 'petitions_by_institution')!;
    const before = snapshot();
    const csv = [
      'regio;periode;element;waarde',
      'utrecht;2026-13;signals_new;10',
      'utrecht;2026-10;intakes;12',
      `utrecht;2026-10;petitions_reviewed;${first + 1}`,
      'zeeland;2026-10;intakes;5',
      'utrecht;2026-09;intakes;5',
      'utrecht;2026-10;staff_left;1,5',
    ].join('\n');
    const res = await check(csv);
    expect(res.status).toBe(400);
    expect(body(res).plan!.errors).toEqual([
      { line: 2, message: 'Periode ‘2026-13’ is geen maand in de vorm JJJJ-MM.' },
      {
        line: 4,
        message: `2026-10: Verzoekschriften met onafhankelijke toets (${first + 1}) kan niet groter zijn dan het aantal verzoekschriften dat niet van de gecertificeerde instelling komt (${first}).`,
      },
      { line: 5, message: 'Regio ‘zeeland’ hoort niet bij deze import (alleen Utrecht).' },
      { line: 6, message: 'De rapportage september 2026 is goedgekeurd en kan niet worden gewijzigd.' },
      { line: 7, message: '2026-10: Uitstroom medewerkers moet een heel getal zijn (ingevuld: 1,5).' },
    ]);
    expect(snapshot()).toEqual(before);
  });

  test('a rejected apply changes nothing', async () => {
    const r = reportOf('utrecht', '2026-10');
    const before = snapshot();
    const res = await apply(
      'regio;periode;element;waarde\nutrecht;2026-10;intakes;-3\n',
      JSON.stringify({ [r.id]: r.version }),
    );
    expect(res.status).toBe(400);
    expect(body(res).plan!.errors).toEqual([
      { line: 2, message: '2026-10: Nieuw ingestroomde gezinnen kan niet negatief zijn (ingevuld: -3).' },
    ]);
    expect(snapshot()).toEqual(before);
  });

  test('check then apply (the template with its name column) stores the exact values, with history and audit', async () => {
    const r = reportOf('utrecht', '2026-10');
    const csv =
      '\uFEFFregio;periode;element;naam;waarde\r\nutrecht;2026-10;intakes;Nieuw ingestroomde gezinnen;77\r\nutrecht;2026-10;fte_filled;Bezette formatie in fte;61,5\r\nutrecht;2026-10;days_to_help_median_all;;\r\n';
    const checked = await check(csv);
    expect(checked.status).toBe(200);
    const plan = body(checked).plan!;
    expect(plan.errors).toEqual([]);
    expect(plan.changes.map((c) => [c.line, c.newValue])).toEqual([
      [2, 77],
      [3, 61.5],
      [4, null],
    ]);
    const versions = JSON.stringify(Object.fromEntries(plan.versions));
    const applied = await apply(csv, versions);
    expect(applied.status).toBe(200);
    expect(body(applied).notice).toBe('De import is doorgevoerd. Gewijzigde waarden: 3.');
    expect((body(applied) as unknown as { periods: string[] }).periods).toEqual(['2026-10']);
    expect(valueOf(r.id, 'intakes')).toBe(77);
    expect(valueOf(r.id, 'fte_filled')).toBe(61.5);
    expect(valueOf(r.id, 'days_to_help_median_all')).toBeNull();
    expect(reportOf('utrecht', '2026-10').version).toBe(r.version + 1);
    const hist = db
      .select()
      .from(valueHistory)
      .where(eq(valueHistory.reportId, r.id))
      .orderBy(valueHistory.id)
      .all();
    expect(hist.map((h) => [h.elementCode, h.newValue, h.source])).toEqual([
      ['intakes', 77, 'import'],
      ['fte_filled', 61.5, 'import'],
      ['days_to_help_median_all', null, 'import'],
    ]);
    expect(
      db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'report.import')).get()!.n,
    ).toBe(1);
    // The same versions again are outdated now: 409, nothing changes.
    const before = snapshot();
    const again = await apply(csv.replace(';77', ';78'), versions);
    expect(again.status).toBe(409);
    expect(valueOf(r.id, 'intakes')).toBe(77);
    expect(snapshot()).toEqual(before);
  });

  test('a coordinator of another region is refused', async () => {
    const res = await check('regio;periode;element;waarde\nutrecht;2026-10;intakes;1\n', 'coordinatorB');
    expect(res.status).toBe(403);
  });
});

describe('CSV export', () => {
  const get = (as: DemoUser, query: string) =>
    callRoute<string>(valuesCsv, { url: `/export/waarden.csv?${query}`, as });
  const lines = (res: { data: string }) => res.data.split('\r\n').filter(Boolean);

  test('UTF-8 with BOM, semicolons and a decimal comma; a coordinator sees their own draft', async () => {
    const res = await get('coordinatorA', 'region=utrecht&from=2026-10&to=2026-10');
    expect(res.status).toBe(200);
    expect(res.data.startsWith('\uFEFF')).toBe(true); // the byte-order mark, kept by callRoute
    const rows = lines(res).map((r) => r.replace(/^\uFEFF/, ''));
    expect(rows[0]).toBe('regio;periode;element;naam;waarde;status');
    expect(rows).toContain('utrecht;2026-10;fte_filled;Bezette formatie in fte;61,5;concept');
    expect(rows).toHaveLength(1 + DATA_ELEMENTS.length);
  });

  test('a reviewer gets approved whole quarters only, every count rounded to 5', async () => {
    const rows = lines(await get('reviewer', 'from=2026-07&to=2026-09')).slice(1);
    expect(new Set(rows.map((r) => r.split(';')[0])).size).toBe(6);
    expect(rows).toHaveLength(6 * DATA_ELEMENTS.length);
    expect(rows.every((r) => r.split(';')[1] === '2026-Q3')).toBe(true);
    const counts = new Set(DATA_ELEMENTS.filter((e) => e.unit === 'count').map((e) => e.code));
    const countRows = rows.filter((r) => counts.has(r.split(';')[2]) && r.endsWith(';goedgekeurd'));
    expect(countRows.length).toBeGreaterThan(300);
    for (const r of countRows) expect(Number(r.split(';')[4]) % 5, r).toBe(0);
  });

  test('a reviewer’s unknown cells are written "onbekend", never left out; a partial quarter says so', async () => {
    const rows = lines(await get('reviewer', 'from=2026-07&to=2026-09'))
      .slice(1)
      .map((r) => r.split(';'));
    // a value is a number with status goedgekeurd, or "onbekend" with status onbekend
    const unknown = rows.filter((r) => r[5] === 'onbekend');
    expect(unknown.map((r) => `${r[0]};${r[2]};${r[4]}`)).toEqual(
      unknown.map((r) => `${r[0]};${r[2]};onbekend`),
    );
    expect(unknown).toHaveLength(5);
    expect(rows.filter((r) => r[5] === 'goedgekeurd').every((r) => /^\d+(,\d+)?$/.test(r[4]))).toBe(true);
    expect(unknown.length + rows.filter((r) => r[5] === 'goedgekeurd').length).toBe(rows.length);
    // October alone is not a quarter: every cell of 2026-Q4 is unknown, named as a partial quarter
    // (it used to be shown as the quarter, and then left out)
    const october = lines(await get('reviewer', 'from=2026-10&to=2026-10')).slice(1);
    expect(october).toHaveLength(6 * DATA_ELEMENTS.length);
    expect(october.every((r) => r.endsWith(';onbekend;onbekend: onvolledig kwartaal'))).toBe(true);
  });

  test('another coordinator gets Utrecht’s approved months but not its draft', async () => {
    const res = await get('coordinatorB', 'region=utrecht&from=2026-09&to=2026-10');
    const rows = lines(res).slice(1);
    expect(rows).toHaveLength(DATA_ELEMENTS.length);
    expect(rows.every((r) => r.startsWith('utrecht;2026-09;'))).toBe(true);
  });

  test('the admin gets nothing; the template lists every element of last month', async () => {
    setToday(); // November 2026: the template offers October
    expect((await get('admin', '')).status).toBe(403);
    const tpl = await callRoute<string>(templateCsv, { url: '/export/sjabloon.csv', as: 'coordinatorA' });
    const rows = tpl.data.split('\r\n').filter(Boolean);
    expect(rows[0]).toBe('\uFEFFregio;periode;element;naam;waarde');
    expect(rows).toHaveLength(1 + DATA_ELEMENTS.length);
    expect(rows[1]).toBe('utrecht;2026-10;signals_new;Nieuwe veiligheidssignalen;');
    const en = await callRoute<string>(templateCsv, {
      url: '/export/sjabloon.csv',
      as: 'coordinatorA',
      cookie: (await langCookie.serialize('en')).split(';')[0],
    });
    expect(en.data.split('\r\n')[1]).toBe('utrecht;2026-10;signals_new;New safety signals;');
  });
});
