/**
 * Every reviewer output tells a hidden value (kleine noemer) from an unknown one (#22). In the demo's
 * 2026-Q3, reescalation is hidden for FoodValley (a rounded denominator of 0) and unknown for
 * West-Brabant West (a month without the figure); October alone makes 2026-Q4 a partial quarter.
 */
import { describe, expect, test } from 'vitest';
import * as scoresApi from '#app/routes/api.scores/route';
import * as indicatorApi from '#app/routes/api.indicators.$indicator/route';
import * as progressCsv from '#app/routes/voortgang[.csv]/route';
import * as indicatorPage from '#app/routes/_app.indicatoren.$indicator/route';
import * as regionPage from '#app/routes/_app.regios.$region._index/route';
import * as progressPage from '#app/routes/_app.voortgang/route';
import * as comparePage from '#app/routes/_app.vergelijken/route';
import * as experimentPage from '#app/routes/_app.experimenten.$id/route';
import * as valuesCsv from '#app/routes/export.waarden[.csv]/route';
import { callRoute } from '#test/call-route';
import { setupTestDatabase } from '#test/db';

const db = setupTestDatabase('seeded');
const idOf = (slug: string) =>
  (db.$client.prepare('select id from regions where slug = ?').get(slug) as { id: number }).id;
const HIDDEN = 'foodvalley';
const UNKNOWN = 'west-brabant-west';
const CODE = 'reescalation';

type Rec = Record<string, unknown>;
const get = async (
  module: Parameters<typeof callRoute>[0],
  url: string,
  params: Record<string, string> = {},
) => {
  const res = await callRoute<Rec>(module, { url, as: 'reviewer', params });
  expect(res.status, url).toBe(200);
  return res.data;
};
const pickState = (f: Rec | undefined) => ({ value: f?.value, state: f?.state, reason: f?.reason });
const HIDDEN_STATE = { value: null, state: 'hidden', reason: 'small-denominator' };
const UNKNOWN_STATE = { value: null, state: 'unknown', reason: null };

describe('hidden and unknown differ in every reviewer output', () => {
  test('/api/scores: state and reason, a hidden numerator "x", an unknown one null', async () => {
    const d = await get(scoresApi, '/api/scores?period=2026-Q3');
    const row = (slug: string) =>
      ((d.regions as Rec[]).find((r) => r.region === slug)!.indicators as Record<string, Rec>)[CODE];
    expect(pickState(row(HIDDEN))).toEqual(HIDDEN_STATE);
    expect(row(HIDDEN).numerator).toBe('x');
    expect(pickState(row(UNKNOWN))).toEqual(UNKNOWN_STATE);
    expect(row(UNKNOWN).numerator).toBeNull();
    const partial = await get(scoresApi, '/api/scores?period=2026-Q4');
    const p = ((partial.regions as Rec[])[0].indicators as Record<string, Rec>)[CODE];
    expect(pickState(p)).toEqual({ value: null, state: 'unknown', reason: 'partial' });
  });

  test('/api/indicators: the same state and reason per period', async () => {
    const d = await get(indicatorApi, `/api/indicators/${CODE}?from=2026-Q3&to=2026-Q4`, { indicator: CODE });
    const series = (slug: string) => (d.regions as Rec[]).find((r) => r.region === slug)!.series as Rec[];
    expect(series(HIDDEN).map(pickState)).toEqual([
      HIDDEN_STATE,
      { value: null, state: 'unknown', reason: 'partial' },
    ]);
    expect(pickState(series(UNKNOWN)[0])).toEqual(UNKNOWN_STATE);
    expect(series(HIDDEN)[0].hidden).toBe(true);
    expect(series(UNKNOWN)[0].hidden).toBe(false);
  });

  test('voortgang.csv: the state column says "verborgen: kleine noemer" or "onbekend"', async () => {
    const text = (await get(progressCsv, '/voortgang.csv?period=2026-Q3')) as unknown as string;
    const rows = text.split('\r\n').map((l) => l.split(';'));
    const header = rows[0].map((h) => h.replace(/^\uFEFF/, ''));
    const at = (slug: string) =>
      rows.find((r) => r[0] === '2026-Q3' && r[1] === slug && r[2] === 'indicator' && r[3] === CODE)!;
    const state = header.indexOf('state');
    const value = header.indexOf('value');
    expect([at(HIDDEN)[value], at(HIDDEN)[state]]).toEqual(['verborgen', 'verborgen: kleine noemer']);
    expect([at(UNKNOWN)[value], at(UNKNOWN)[state]]).toEqual(['', 'onbekend']);
  });

  test('the indicator page: rows and the trend table say why a value is absent', async () => {
    const d = await get(indicatorPage, `/indicatoren/${CODE}?period=2026-Q3`, { indicator: CODE });
    const slugs = (d.regions as Rec[]).map((r) => r.slug);
    const rows = d.rows as Rec[];
    expect(pickState(rows[slugs.indexOf(HIDDEN)])).toEqual(HIDDEN_STATE);
    expect(pickState(rows[slugs.indexOf(UNKNOWN)])).toEqual(UNKNOWN_STATE);
    const trend = d.trend as { quarters: string[]; missing: (string | null)[][] };
    const q3 = trend.quarters.indexOf('2026-Q3');
    expect(trend.missing[slugs.indexOf(HIDDEN)][q3]).toBe('hidden');
    expect(trend.missing[slugs.indexOf(UNKNOWN)][q3]).toBe('unknown');
  });

  test('the compare page: bars and the trend table tell hidden from unknown', async () => {
    const q3 = await get(comparePage, `/vergelijken?what=${CODE}&from=2026-Q3&to=2026-Q3`);
    const slugs = (q3.regions as Rec[]).map((r) => r.slug);
    const bars = (q3.result as { bars: { regions: Rec[] } }).bars.regions;
    expect(bars[slugs.indexOf(HIDDEN)]).toMatchObject({ value: null, hidden: true });
    expect(bars[slugs.indexOf(UNKNOWN)]).toMatchObject({ value: null, hidden: false });
    // with the partial 2026-Q4: the range's bar is unknown for everyone, the table says why per quarter
    const d = await get(comparePage, `/vergelijken?what=${CODE}&from=2026-Q3&to=2026-Q4`);
    const result = d.result as { periods: string[]; bars: { regions: Rec[] }; missing: (string | null)[][] };
    expect(result.bars.regions.map((b) => [b.value, b.hidden])).toEqual(slugs.map(() => [null, false]));
    expect(result.periods).toEqual(['2026-Q3', '2026-Q4']);
    expect(result.missing[slugs.indexOf(HIDDEN)]).toEqual(['hidden', 'partial']);
    expect(result.missing[slugs.indexOf(UNKNOWN)]).toEqual(['unknown', 'partial']);
  });

  test('the region page and the progress page: each figure carries its state', async () => {
    for (const [slug, expected] of [
      [HIDDEN, HIDDEN_STATE],
      [UNKNOWN, UNKNOWN_STATE],
    ] as const) {
      const d = await get(regionPage, `/regios/${slug}?period=2026-Q3`, { region: slug });
      const card = (d.cards as Rec[]).find((c) => c.bucket === '2026-Q3')!;
      expect(pickState((card.indicators as Record<string, Rec>)[CODE]), slug).toEqual(expected);
      for (const chart of d.indicatorCharts as { code: string; missing: unknown[] }[])
        expect(chart.missing, chart.code).toHaveLength((d.cards as Rec[]).length);
    }
    const p = await get(progressPage, '/voortgang?period=2026-Q3');
    const rows = (p.current as { regions: Rec[] }).regions;
    const of = (slug: string) =>
      (rows.find((r) => r.regionId === idOf(slug))!.indicators as Record<string, Rec>)[CODE];
    expect(pickState(of(HIDDEN))).toEqual(HIDDEN_STATE);
    expect(pickState(of(UNKNOWN))).toEqual(UNKNOWN_STATE);
  });

  test('the experiment pages: every side is known, hidden or unknown, and a side without a value has none', async () => {
    const ids = db.$client.prepare('select id from experiments order by id').all() as { id: number }[];
    const states = new Map<string, number>();
    for (const { id } of ids) {
      const d = await get(experimentPage, `/experimenten/${id}`, { id: String(id) });
      for (const e of ((d.effects as Rec | null)?.effects as Rec[] | undefined) ?? []) {
        const region = (e.effect as { region: Record<'before' | 'after', Rec | null> }).region;
        for (const side of [region.before, region.after]) {
          if (!side) continue;
          const s = side.state as string;
          states.set(s, (states.get(s) ?? 0) + 1);
          if (s !== 'known') expect(side.value, `${id} ${s}`).toBeNull();
          else expect(typeof side.value).toBe('number');
        }
      }
    }
    // pooled sides (issue 23): known, or unknown for too few months of the side (coverage); none hidden in the demo
    expect(Object.fromEntries([...states].sort())).toEqual({ coverage: 23, known: 35 });
  });
});

describe('the value export writes every reviewer cell', () => {
  test('a mean of days over fewer than 10 families is "x" (verborgen: kleine noemer), not left out and not "onbekend"', async () => {
    // Zeeland 2026-Q3: three families in the cohort (rounded to 5, below 10) hide the mean of days
    db.$client
      .prepare(
        `update report_values set value = 1 where element_code = 'help_cohort' and report_id in
           (select r.id from reports r join regions g on g.id = r.region_id
            where g.slug = 'zeeland' and r.period between '2026-07' and '2026-09')`,
      )
      .run();
    const text = (await get(
      valuesCsv,
      '/export/waarden.csv?region=zeeland&from=2026-07&to=2026-09',
    )) as unknown as string;
    const rows = text
      .split('\r\n')
      .slice(1)
      .filter(Boolean)
      .map((l) => l.split(';'));
    const row = (code: string) => rows.find((r) => r[2] === code)!;
    expect([row('help_cohort')[4], row('help_cohort')[5]]).toEqual(['5', 'goedgekeurd']);
    expect([row('days_to_help_median_all')[4], row('days_to_help_median_all')[5]]).toEqual([
      'x',
      'verborgen: kleine noemer',
    ]);
    expect(new Set(rows.map((r) => r[5]))).toEqual(new Set(['goedgekeurd', 'verborgen: kleine noemer']));
  });
});
