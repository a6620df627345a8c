/**
 * The summary compares like with like (issue 23, item 6): its change since the baseline pools the
 * same regions in both periods, as the outcomes block and the indicator page do, and names the
 * regions it leaves out. On figures this file writes itself; every region's baseline is 2023 and
 * every region has 10,000 children (2,500 child-years a quarter).
 *
 * New measures: 5 a month (15 a quarter) everywhere, in 2023 and in 2026-Q3, except the second
 * region: January–April 2023 unknown (8 of 12 months, below the minimum of 9; a reviewer has 2 of 4
 * quarters), 30 a month otherwise and in 2026-Q3 (90 a quarter).
 *   matched (five regions): now 75 / 12,500 child-years = 60 per 10,000; baseline 300 / 50,000 = 60:
 *   no change. Comparing the total now with all six (165 / 15,000 = 110) would claim +50.
 * Triaged on time (10 simple triages a month): 5 a month everywhere, the second region 10 (and
 * January–April 2023 unknown). Matched: now 75 / 150 = 50 %, baseline 300 / 600 = 50 %; the total now
 * over all six, 105 / 180 = 58.3 %, would claim +8.3 points.
 * Every quarter count is a multiple of 5, so the rounded cells of the published summary equal them.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import * as progressRoute from '#app/routes/_app.voortgang/route';
import * as progressCsv from '#app/routes/voortgang[.csv]/route';
import { changeInterval, figureInterval } from '#app/domain/figure-intervals';
import { periodRange } from '#app/domain/periods';
import { summarySentence } from '#app/domain/summary-sentence';
import { summaryLeftOut } from '#app/domain/summary';
import { callRoute } from '#test/call-route';
import { setupTestDatabase } from '#test/db';

const db = setupTestDatabase('seeded');
const sql = db.$client;

const regions = sql
  .prepare('select id, slug, name from regions where active = 1 order by sort_order')
  .all() as { id: number; slug: string; name: string }[];
const second = regions[1];
sql.prepare(`update regions set baseline_from = '2023-01', baseline_to = '2023-12'`).run();
sql.prepare('delete from region_scopes').run();
// typed scopes only: without municipalities the rates take no CBS population (issue 24)
sql.prepare('delete from region_municipalities').run();
sql.prepare('delete from region_municipality_sets').run();
for (const r of regions)
  sql
    .prepare(
      `insert into region_scopes (region_id, effective_from, municipalities, children, source) values (?, '2015-01', '[]', 10000, 'test')`,
    )
    .run(r.id);
const setValue = sql.prepare(
  `insert into report_values (report_id, element_code, value) values (?, ?, ?)
   on conflict (report_id, element_code) do update set value = excluded.value`,
);
const reportOf = sql.prepare('select id from reports where region_id = ? and period = ?');
function write(regionId: number, period: string, values: Record<string, number | null>) {
  const report = reportOf.get(regionId, period) as { id: number };
  sql.prepare(`update reports set status = 'goedgekeurd' where id = ?`).run(report.id);
  for (const [code, value] of Object.entries(values)) setValue.run(report.id, code, value);
}
const month = (measures: number | null, onTime: number | null) => ({
  measures_new: measures,
  triage_on_time: onTime,
  triage_simple: 10,
  triage_complex: 0,
  triage_multi_complex: 0,
});
for (const r of regions) {
  const isSecond = r.id === second.id;
  for (const p of periodRange('2023-01', '2023-12'))
    write(r.id, p, isSecond ? (p <= '2023-04' ? month(null, null) : month(30, 10)) : month(5, 5));
  for (const p of periodRange('2026-07', '2026-09')) write(r.id, p, isSecond ? month(30, 10) : month(5, 5));
}

/** the summary as the page gets it; what a line leaves out is in its lists of left-out regions */
async function summary() {
  return (
    await callRoute<Awaited<ReturnType<typeof progressRoute.loader>>>(progressRoute, {
      url: '/voortgang?period=2026-Q3',
      as: 'reviewer',
    })
  ).data.summary;
}

describe('the summary compares like with like', () => {
  test('new measures: the region without a baseline does not shift the change (60 against 60, not 110)', async () => {
    const page = await summary();
    const line = page.lines.find((l) => l.code === 'measures_rate')!;
    // the total now still counts every region
    expect(line.value).toBeCloseTo((165 * 10_000) / 15_000, 10);
    // the change compares the five regions known in both periods
    expect(line.baselineNow).toBeCloseTo(60, 10);
    expect(line.baseline.reference).toBeCloseTo(60, 10);
    expect(line.baseline.difference).toBeCloseTo(0, 10);
    expect(line.baseline.verdict).toBe('within-chance');
    expect(line.baseline.interval).toEqual(
      figureInterval(
        changeInterval(
          'rate',
          { numerator: 75, denominator: 12_500, value: 60 },
          { numerator: 300, denominator: 50_000, value: 60 },
        ),
      ),
    );
    expect(summaryLeftOut(page, line)).toEqual([
      { regionId: second.id, name: second.name, side: 'baseline', reason: 'coverage' },
    ]);
    expect(summarySentence(line, 'nl')).toMatch(/binnen toevalsvariatie/);
  });

  test('an experiment’s indicator (triaged on time): 50 % against 50 %, not 58.3 %', async () => {
    const page = await summary();
    const line = page.lines.find((l) => l.kind === 'indicator' && l.code === 'triage_on_time')!;
    expect(line.value).toBeCloseTo((105 / 180) * 100, 10);
    expect(line.baselineNow).toBeCloseTo(50, 10);
    expect(line.baseline.reference).toBeCloseTo(50, 10);
    expect(line.baseline.difference).toBeCloseTo(0, 10);
    expect(line.baseline.interval).toEqual(
      figureInterval(
        changeInterval(
          'percent',
          { numerator: 75, denominator: 150, value: 50 },
          { numerator: 300, denominator: 600, value: 50 },
        ),
      ),
    );
    expect(summaryLeftOut(page, line)).toEqual([
      { regionId: second.id, name: second.name, side: 'baseline', reason: 'coverage' },
    ]);
  });

  test('voortgang.csv names the region left out on the summary’s change rows', async () => {
    const { data } = await callRoute<string>(progressCsv, {
      url: '/voortgang.csv?period=2026-Q3',
      as: 'reviewer',
    });
    const [header, ...rows] = parse(data, { delimiter: ';', bom: true }) as string[][];
    const change = rows.find((r) => r[2] === 'change_baseline' && r[3] === 'measures_rate')!;
    expect(change[header.indexOf('value')]).toBe('0');
    expect(change[header.indexOf('left_out')]).toBe(`${second.slug}:baseline:coverage`);
  });
});
