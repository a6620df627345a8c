/**
 * The programme total against its baseline (issue 12, item 4/10 and the Programmatotaal's baseline):
 * Σ numerators / Σ denominators over each region's own baseline months, on figures this file writes
 * itself. Zeeland's baseline is set to 2024-Q2 … 2025-Q1; the others keep 2023.
 *
 * Every baseline month: 10 simple triages (none complex). Triaged on time per month: region k
 * (k = 1 … 5 in sort order) k + 1; the first region 3 in its first baseline month and 0 otherwise.
 *   → numerators 3, 24, 36, 48, 60, 72 = 243 of 6 × 120 = 720: 33.75 %.
 * A reviewer sees every quarter rounded to 5 and the baselines as sums of those: the first region
 * 3, 0, 0, 0 → 5 of 120; region k its 3(k + 1) a quarter → 5, 10, 10, 15, 20, four times
 *   → 5 + 20 + 40 + 40 + 60 + 80 = 245 of 720 (denominators 30 a quarter stay 30).
 */
import { describe, expect, test } from 'vitest';
import * as indicatorRoute from '#app/routes/_app.indicatoren.$indicator/route';
import * as overviewRoute from '#app/routes/_app.overzicht/route';
import * as indicatorApi from '#app/routes/api.indicators.$indicator/route';
import { periodRange } from '#app/domain/periods';
import { callRoute } from '#test/call-route';
import type { DemoUser } from '#test/demo-users';
import { setupTestDatabase } from '#test/db';

const db = setupTestDatabase('seeded');
const sql = db.$client;
type Overview = Awaited<ReturnType<typeof overviewRoute.loader>>;

const regions = sql.prepare('select id, slug from regions where active = 1 order by sort_order').all() as {
  id: number;
  slug: string;
}[];
sql
  .prepare(`update regions set baseline_from = '2024-04', baseline_to = '2025-03' where slug = 'zeeland'`)
  .run();
const setValue = sql.prepare(
  `insert into report_values (report_id, element_code, value) values (?, ?, ?)
   on conflict (report_id, element_code) do update set value = excluded.value`,
);
regions.forEach((r, k) => {
  const months = r.slug === 'zeeland' ? periodRange('2024-04', '2025-03') : periodRange('2023-01', '2023-12');
  months.forEach((p, m) => {
    const report = sql.prepare('select id from reports where region_id = ? and period = ?').get(r.id, p) as {
      id: number;
    };
    sql.prepare(`update reports set status = 'goedgekeurd' where id = ?`).run(report.id);
    setValue.run(report.id, 'triage_on_time', k === 0 ? (m === 0 ? 3 : 0) : k + 1);
    setValue.run(report.id, 'triage_simple', 10);
    setValue.run(report.id, 'triage_complex', 0);
    setValue.run(report.id, 'triage_multi_complex', 0);
  });
});

// Rotterdam-Rijnmond's 2026-07 triage count unknown: the 2026-Q3 total holds 5 of 6 regions.
sql
  .prepare(
    `update report_values set value = null where element_code = 'triage_on_time' and report_id =
     (select r.id from reports r join regions g on g.id = r.region_id where g.slug = 'rotterdam-rijnmond' and r.period = '2026-07')`,
  )
  .run();
const rdam = regions.find((r) => r.slug === 'rotterdam-rijnmond')!.id;

async function indicatorPage(as: DemoUser) {
  const res = await callRoute<Awaited<ReturnType<typeof indicatorRoute.loader>>>(indicatorRoute, {
    url: '/indicatoren/triage_on_time?period=2026-Q3',
    as,
    params: { indicator: 'triage_on_time' },
  });
  return res.data;
}

describe('the programme total against its baseline', () => {
  test('manager: Σ over each region’s own baseline, hand-computed: 243 of 720 = 33.75 %', async () => {
    const d = await indicatorPage('manager');
    expect(d.baselines.total).toEqual({ value: 33.75, numerator: 243, denominator: 720, excluded: [] });
    const zeeland = regions.find((r) => r.slug === 'zeeland')!.id;
    expect(d.baselines.regions.find((r) => r.regionId === zeeland)).toMatchObject({
      from: '2024-04',
      to: '2025-03',
      value: 50, // 60 of 120
    });
    expect(d.baselines.regions[0]).toMatchObject({ from: '2023-01', to: '2023-12', value: 2.5 }); // 3 of 120
  });

  test('reviewer: Σ over the baselines made of quarters rounded to 5, hand-computed: 245 of 720, nothing left out', async () => {
    const d = await indicatorPage('reviewer');
    expect(d.baselines.total).toEqual({
      value: (245 / 720) * 100,
      numerator: 245,
      denominator: 720,
      excluded: [],
    });
    // the first region's 3 in one quarter is 5 of 120; a large denominator is never "kleine noemer"
    expect(d.baselines.regions[0]).toMatchObject({ value: (5 / 120) * 100, hidden: false });
  });
});

describe('totals say what they hold on the overview and the indicator page', () => {
  test('indicator page and its JSON: the 2026-Q3 triage total leaves out Rotterdam-Rijnmond (unknown)', async () => {
    const d = await indicatorPage('manager');
    expect(d.excluded).toEqual([{ regionId: rdam, reason: 'unknown' }]);
    const { data: body } = await callRoute<{
      total: { regions: number; of: number; leftOut: unknown[] }[];
    }>(indicatorApi, {
      url: '/api/indicators/triage_on_time?from=2026-Q2&to=2026-Q3',
      as: 'manager',
      params: { indicator: 'triage_on_time' },
    });
    expect(
      body.total.map((t: { regions: number; of: number; leftOut: unknown[] }) => [
        t.regions,
        t.of,
        t.leftOut,
      ]),
    ).toEqual([
      [6, 6, []],
      [5, 6, [{ region: 'rotterdam-rijnmond', reason: 'unknown' }]],
    ]);
  });

  test('overview: the programme card names the indicators whose total leaves a region out', async () => {
    const { data: d } = await callRoute<Overview>(overviewRoute, {
      url: '/overzicht?period=2026-Q3',
      as: 'manager',
    });
    const triage = d.current!.totalExcluded.find((c) => c.code === 'triage_on_time');
    expect(triage).toEqual({
      code: 'triage_on_time',
      label: { nl: 'Triage binnen 5 werkdagen', en: 'Triage within 5 working days' },
      excluded: [{ regionId: rdam, reason: 'unknown' }],
    });
    // a reviewer sees Utrecht's not yet approved months left out as "incomplete" where the data has them
    const { data: r } = await callRoute<Overview>(overviewRoute, {
      url: '/overzicht?period=2026-Q3',
      as: 'reviewer',
    });
    expect(r.current!.totalExcluded.find((c) => c.code === 'triage_on_time')!.excluded).toContainEqual({
      regionId: rdam,
      reason: 'unknown',
    });
  });
});
