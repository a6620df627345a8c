/**
 * Charts of an indicator mark the start and end of the experiments that name it (indicator page,
 * compare page, region page), and the region page draws the indicator's reference lines with
 * region − reference (issue 12, items 2 and 6b). Figures written by this file, not the demo's:
 * Utrecht analyses 6 of 10 files on time every month of 2025-04 … 2026-09 (60 % a quarter).
 */
import { describe, expect, test } from 'vitest';
import * as indicatorPage from '#app/routes/_app.indicatoren.$indicator/route';
import * as compare from '#app/routes/_app.vergelijken/route';
import * as regionPage from '#app/routes/_app.regios.$region._index/route';
import { periodRange } from '#app/domain/periods';
import { callRoute } from '#test/call-route';
import { setupTestDatabase } from '#test/db';

const db = setupTestDatabase('seeded');
const sql = db.$client;
const CODE = 'analysis_on_time';
type Data<M extends { loader: (...args: never[]) => unknown }> = Awaited<ReturnType<M['loader']>>;
const utrecht = sql.prepare(`select id, name from regions where slug = 'utrecht'`).get() as {
  id: number;
  name: string;
};

sql.prepare(`update experiments set indicators = '[]'`).run();
sql.prepare(`delete from reference_series where indicator_code = ?`).run(CODE);
const setValue = sql.prepare(
  `insert into report_values (report_id, element_code, value) values (?, ?, ?)
   on conflict (report_id, element_code) do update set value = excluded.value`,
);
for (const p of periodRange('2025-04', '2026-09')) {
  const report = sql
    .prepare('select id from reports where region_id = ? and period = ?')
    .get(utrecht.id, p) as {
    id: number;
  };
  sql.prepare(`update reports set status = 'goedgekeurd' where id = ?`).run(report.id);
  setValue.run(report.id, 'analyses_on_time', 6);
  setValue.run(report.id, 'analyses_due', 10);
}
const EXP = Number(
  sql
    .prepare(
      `insert into experiments (region_id, title, principles, themes, partners, status, status_since, start_date, end_date, indicators)
       values (?, 'Analyse samen met het gezin', '["family"]', '[]', '[]', 'lopend', '2026-02-10', '2026-02-10', '2026-08-31', ?)`,
    )
    .run(utrecht.id, JSON.stringify([CODE])).lastInsertRowid,
);
const series = Number(
  sql
    .prepare(
      `insert into reference_series (code, label, indicator_code, source, source_table, retrieved_on, unit)
       values ('test-analysis', 'Landelijk (test)', ?, 'Testbron', 'Tabel 1', '2026-10-01', 'percent')`,
    )
    .run(CODE).lastInsertRowid,
);
const REFERENCE: [string, number | null][] = [
  ['2025-Q2', 50],
  ['2025-Q3', 55],
  ['2025-Q4', null],
  ['2026-Q1', 60],
  ['2026-Q2', 62],
  ['2026-Q3', 65],
];
for (const [p, v] of REFERENCE)
  sql.prepare('insert into reference_values (series_id, period, value) values (?, ?, ?)').run(series, p, v);

const marker = (category: string, kind: 'start' | 'end') => ({
  category,
  kind,
  experimentId: EXP,
  title: 'Analyse samen met het gezin',
  regionName: utrecht.name,
});

describe('experiment markers and reference lines', () => {
  test('indicator page: the start (2026-Q1) and end (2026-Q3) of the experiment on its trend', async () => {
    const { data: d } = await callRoute<Data<typeof indicatorPage>>(indicatorPage, {
      url: `/indicatoren/${CODE}?period=2026-Q3`,
      as: 'reviewer',
      params: { indicator: CODE },
    });
    expect(d.trend.quarters).toEqual(['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3']);
    expect(d.trend.markers).toEqual([marker('2026-Q1', 'start'), marker('2026-Q3', 'end')]);
  });

  test('compare page: per month the start falls on 2026-02 and the end on 2026-08; a principle has none', async () => {
    const { data: d } = await callRoute<Data<typeof compare>>(compare, {
      url: `/vergelijken?what=${CODE}&grain=month&from=2026-01&to=2026-09`,
      as: 'manager',
    });
    expect(d.result!.markers).toEqual([marker('2026-02', 'start'), marker('2026-08', 'end')]);
    const { data: p } = await callRoute<Data<typeof compare>>(compare, {
      url: `/vergelijken?what=family&grain=quarter&from=2026-Q1&to=2026-Q3`,
      as: 'manager',
    });
    expect(p.result!.markers).toEqual([]);
  });

  test('region page: the indicator with its reference line, region − reference by hand, and the markers', async () => {
    const { data: d } = await callRoute<Data<typeof regionPage>>(regionPage, {
      url: '/regios/utrecht?period=2026-Q3',
      as: 'manager',
      params: { region: 'utrecht' },
    });
    expect(d.quarters).toEqual(REFERENCE.map(([q]) => q));
    const chart = d.indicatorCharts.find((c) => c.code === CODE)!;
    // 18 of 30 every quarter: 60 %
    expect(chart.values).toEqual([60, 60, 60, 60, 60, 60]);
    expect(chart.references.map((r) => [r.label, r.values, r.difference])).toEqual([
      ['Landelijk (test)', [50, 55, null, 60, 62, 65], [10, 5, null, 0, -2, -5]],
    ]);
    expect(chart.markers).toEqual([marker('2026-Q1', 'start'), marker('2026-Q3', 'end')]);
    // another region has no experiment on it: the chart (there because of the reference) has no markers
    const { data: z } = await callRoute<Data<typeof regionPage>>(regionPage, {
      url: '/regios/zeeland?period=2026-Q3',
      as: 'manager',
      params: { region: 'zeeland' },
    });
    expect(z.indicatorCharts.find((c) => c.code === CODE)!.markers).toEqual([]);
  });

  test('region page for a reviewer: the values are the rounded, approved ones of the region’s own rows', async () => {
    const { data: d } = await callRoute<Data<typeof regionPage>>(regionPage, {
      url: '/regios/utrecht?period=2026-Q3',
      as: 'reviewer',
      params: { region: 'utrecht' },
    });
    const chart = d.indicatorCharts.find((c) => c.code === CODE)!;
    expect(chart.values).toEqual(
      d.cards.map((c) => (c.indicators[CODE].hidden ? null : c.indicators[CODE].value)),
    );
    // 18 of 30 a quarter is 20 of 30 for a reviewer (counts rounded to 5): 66.7 %
    expect(chart.values).toHaveLength(6);
    for (const v of chart.values) expect(v).toBeCloseTo((20 / 30) * 100, 10);
  });
});
