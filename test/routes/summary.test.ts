/**
 * The answer first (issue 23): the progress report's summary, the start pages' copy of it, and the
 * intervals in the JSON API and voortgang.csv, recomputed by hand from the database: the reviewer's
 * counts are the quarter sums rounded to 5 per region (app/domain/disclosure.ts), the rates over
 * the seeded child-years, and the limits Garwood's and Wilson's (app/domain/intervals.test.ts
 * proves those functions against published values).
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import * as progressRoute from '#app/routes/_app.voortgang/route';
import * as progressCsv from '#app/routes/voortgang[.csv]/route';
import * as todoRoute from '#app/routes/_app.te-doen/route';
import * as scoresApi from '#app/routes/api.scores/route';
import * as indicatorApi from '#app/routes/api.indicators.$indicator/route';
import { roundCount } from '#app/domain/disclosure';
import { isComputable, poissonRate, wilson } from '#app/domain/intervals';
import { summarySentence } from '#app/domain/summary-sentence';
import { SEED_SCOPES } from '#seeds/regions';
import { callRoute } from '#test/call-route';
import { setToday } from '#test/clock';
import { setupTestDatabase } from '#test/db';
import { childrenInRates } from '#test/population';

const db = setupTestDatabase('seeded');

/** Σ of an element over a region's approved months. */
function sum(slug: string, element: string, from: string, to: string): number | null {
  return (
    db.$client
      .prepare(
        `select sum(v.value) as s, count(v.value) as n, count(*) as m from report_values v
         join reports r on r.id = v.report_id join regions g on g.id = r.region_id
         where g.slug = ? and v.element_code = ? and r.period between ? and ? and r.status = 'goedgekeurd'`,
      )
      .get(slug, element, from, to) as { s: number | null; n: number; m: number }
  ).s;
}

// Every region's new measures of 2026-Q3 known (the demo leaves ~0.4 % unknown at random).
db.$client
  .prepare(
    `update report_values set value = 4 where element_code = 'measures_new' and value is null and report_id in
     (select id from reports where period between '2026-07' and '2026-09')`,
  )
  .run();

const progress = async (as: 'reviewer' | 'manager', period = '2026-Q3') =>
  (
    await callRoute<Awaited<ReturnType<typeof progressRoute.loader>>>(progressRoute, {
      url: `/voortgang?period=${period}`,
      as,
    })
  ).data;

const slugs = SEED_SCOPES.map((s) => s.slug);
// CBS's children of the region's municipalities where CBS covers the scope, typed otherwise (issue 24)
const children = (slug: string, year: number) => childrenInRates(db.$client, slug, year);

describe('the summary of the progress report', () => {
  test('new measures 2026-Q3: the reviewer’s rate and its exact interval are made of the rounded quarter counts', async () => {
    const d = await progress('reviewer');
    const line = d.summary.lines.find((l) => l.code === 'measures_rate')!;
    const count = slugs.reduce((n, s) => n + roundCount(sum(s, 'measures_new', '2026-07', '2026-09')!), 0);
    const years = slugs.reduce((n, s) => n + (children(s, 2026) * 3) / 12, 0);
    expect(count % 5).toBe(0);
    const expected = poissonRate(count, years);
    if (!isComputable(expected)) throw new Error('computable');
    expect(line.value).toBeCloseTo((count * 10_000) / years, 10);
    expect(line.interval).toEqual({
      lower: expect.closeTo(expected.lower, 10),
      upper: expect.closeTo(expected.upper, 10),
      method: 'poisson-exact',
    });
    // the same figure as the outcomes block's total line
    const block = d.outcomes.total!.lines.find((l) => l.code === 'measures_rate')!;
    expect(line.value).toBe(block.value);
    expect(line.baseline.reference).toBe(block.baseline);
    expect(line.baseline.difference).toBeCloseTo(block.changeBaseline.difference!, 10);
    expect(line.baseline.interval).toEqual(block.changeBaselineInterval);
  });

  test('a quarter is compared with the same quarter a year earlier, not the previous quarter', async () => {
    const d = await progress('reviewer');
    expect(d.summary.yearEarlier).toBe('2025-Q3');
    const line = d.summary.lines.find((l) => l.code === 'signals_rate')!;
    const count = slugs.reduce((n, s) => n + roundCount(sum(s, 'signals_new', '2025-07', '2025-09')!), 0);
    const years = slugs.reduce((n, s) => n + (children(s, 2025) * 3) / 12, 0);
    expect(line.yearEarlier!.period).toBe('2025-Q3');
    expect(line.yearEarlier!.reference).toBeCloseTo((count * 10_000) / years, 10);
  });

  test('each sentence claims a change only where the interval excludes 0', async () => {
    const d = await progress('reviewer');
    for (const l of d.summary.lines) {
      const i = l.baseline.interval;
      const sentence = summarySentence(l, 'nl');
      if (i && (i.lower > 0 || i.upper < 0)) expect(sentence).toMatch(/buiten toevalsvariatie/);
      else expect(sentence).not.toMatch(/(stijging|daling) buiten toevalsvariatie/);
    }
    // the rates are all outcomes; the experiments' indicators follow them
    expect(d.summary.lines.slice(0, 9).map((l) => l.kind)).toEqual(Array(9).fill('outcome'));
    expect(d.summary.lines.some((l) => l.kind === 'indicator')).toBe(true);
  });

  test('without a typed comparison series, a line has no comparison group', async () => {
    const d = await progress('reviewer');
    // the demo's typed "CBS" series of families closed without a measure is gone (issue 24)
    expect(d.summary.lines.find((l) => l.code === 'closed_without_measure')!.comparison).toBeNull();
    // the rates have no stored comparison group
    expect(d.summary.lines.find((l) => l.code === 'measures_rate')!.comparison).toBeNull();
  });

  test('a manager reads the same published summary on the progress report', async () => {
    const [r, m] = await Promise.all([progress('reviewer'), progress('manager')]);
    expect(m.summary).toEqual(r.summary);
  });

  test('the reviewer’s and the manager’s start page are headed by the summary of the latest approved quarter', async () => {
    setToday();
    const reviewer = (
      await callRoute<Awaited<ReturnType<typeof todoRoute.loader>>>(todoRoute, {
        url: '/te-doen',
        as: 'reviewer',
      })
    ).data;
    const manager = (
      await callRoute<Awaited<ReturnType<typeof todoRoute.loader>>>(todoRoute, {
        url: '/te-doen',
        as: 'manager',
      })
    ).data;
    const report = await progress('reviewer');
    if (reviewer.start !== 'reading' || manager.start !== 'review') throw new Error('start pages');
    expect(reviewer.summary?.period).toBe('2026-Q3');
    expect(reviewer.summary).toEqual(report.summary);
    expect(manager.summary).toEqual(report.summary);
  });
});

describe('intervals in the JSON API and the CSV', () => {
  test('/api/scores: a share’s Wilson interval from the reviewer’s rounded counts, to 0.1', async () => {
    const { data } = await callRoute<{
      total: { indicators: Record<string, { numerator: number; denominator: number; interval: unknown }> };
      regions: {
        region: string;
        indicators: Record<string, { numerator: unknown; interval: unknown; hidden: boolean }>;
      }[];
    }>(scoresApi, { url: '/api/scores?period=2026-Q3', as: 'reviewer' });
    const f = data.total.indicators.triage_on_time;
    expect(f.numerator % 5).toBe(0);
    const w = wilson(f.numerator, f.denominator);
    if (!isComputable(w)) throw new Error('computable');
    expect(f.interval).toEqual({
      lower: Math.round(w.lower * 1000) / 10,
      upper: Math.round(w.upper * 1000) / 10,
      method: 'wilson',
    });
    // a hidden value has no interval; a figure that is no share (days) has none either
    for (const r of data.regions)
      for (const v of Object.values(r.indicators)) if (v.hidden) expect(v.interval).toBeNull();
    expect(data.total.indicators.days_to_help.interval).toBeNull();
  });

  test('/api/indicators: every period carries its interval', async () => {
    const { data } = await callRoute<{
      total: { period: string; numerator: number; denominator: number; interval: { lower: number } | null }[];
    }>(indicatorApi, {
      url: '/api/indicators/triage_on_time?from=2026-Q1&to=2026-Q3',
      as: 'reviewer',
      params: { indicator: 'triage_on_time' },
    });
    expect(data.total.map((p) => p.period)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
    for (const p of data.total) {
      const w = wilson(p.numerator, p.denominator);
      expect(p.interval?.lower).toBe(isComputable(w) ? Math.round(w.lower * 1000) / 10 : undefined);
    }
  });

  test('voortgang.csv: the outcome rows carry their interval in the appended columns, the summary its changes', async () => {
    const { data } = await callRoute<string>(progressCsv, {
      url: '/voortgang.csv?period=2026-Q3',
      as: 'reviewer',
    });
    const [header, ...rows] = parse(data, { delimiter: ';', bom: true }) as string[][];
    // the old columns keep their order; the interval's are appended
    expect(header).toEqual([
      'period',
      'region',
      'kind',
      'code',
      'numerator',
      'denominator',
      'value',
      'target',
      'floor',
      'score',
      'state',
      'coverage',
      'left_out',
      'note',
      'ci_lower',
      'ci_upper',
      'ci_method',
    ]);
    const count = slugs.reduce((n, s) => n + roundCount(sum(s, 'measures_new', '2026-07', '2026-09')!), 0);
    const years = slugs.reduce((n, s) => n + (children(s, 2026) * 3) / 12, 0);
    const i = poissonRate(count, years);
    if (!isComputable(i)) throw new Error('computable');
    const nl = (v: number) => String(Math.round(v * 10) / 10).replace('.', ',');
    const measures = rows.find((r) => r[1] === 'totaal' && r[2] === 'outcome' && r[3] === 'measures_rate')!;
    expect(measures.slice(-3)).toEqual([nl(i.lower), nl(i.upper), 'poisson-exact']);
    const changes = rows.filter((r) => r[2] === 'change_baseline');
    expect(changes.length).toBeGreaterThanOrEqual(9);
    const change = changes.find((r) => r[3] === 'measures_rate')!;
    expect(['increase', 'decrease', 'within-chance']).toContain(change[10]);
    expect(change[16]).toBe('mover-poisson');
    const yearEarlier = rows.find((r) => r[2] === 'change_year_earlier' && r[3] === 'measures_rate')!;
    expect(yearEarlier[13]).toBe('vergeleken met 2025-Q3');
  });
});
