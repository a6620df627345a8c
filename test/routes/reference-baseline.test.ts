/**
 * A baseline before the first monthly report, filled from reference data (issue 23, item 6): Zeeland's
 * baseline is set to 2021 (no monthly reports then); a stored series "Zeeland, Veilig Thuis" for
 * triage within 5 days has 60, 62, 64 and 66 % in the quarters of 2021 and 90 % in 2022-Q1:
 * the mean over the baseline is (60 + 62 + 64 + 66) / 4 = 63 %.
 */
import { describe, expect, test } from 'vitest';
import * as baselinePage from '#app/routes/_app.regios.$region.basisperiode/route';
import * as indicatorRoute from '#app/routes/_app.indicatoren.$indicator/route';
import * as regionRoute from '#app/routes/_app.regios.$region._index/route';
import { callRoute } from '#test/call-route';
import type { DemoUser } from '#test/demo-users';
import { setupTestDatabase } from '#test/db';

const db = setupTestDatabase('seeded');
const sql = db.$client;
const zeeland = (sql.prepare(`select id from regions where slug = 'zeeland'`).get() as { id: number }).id;
sql
  .prepare(`update regions set baseline_from = '2021-01', baseline_to = '2021-12' where id = ?`)
  .run(zeeland);
const series = Number(
  sql
    .prepare(
      `insert into reference_series (code, label, indicator_code, source, source_table, retrieved_on, unit)
       values ('zld-triage', 'Zeeland, Veilig Thuis', 'triage_on_time', 'Veilig Thuis', 'Kwartaalcijfers', '2026-11-20', 'percent')`,
    )
    .run().lastInsertRowid,
);
const put = sql.prepare('insert into reference_values (series_id, period, value) values (?, ?, ?)');
for (const [p, v] of [
  ['2021-Q1', 60],
  ['2021-Q2', 62],
  ['2021-Q3', 64],
  ['2021-Q4', 66],
  ['2022-Q1', 90],
] as const)
  put.run(series, p, v);

const post = (as: DemoUser, form: Record<string, string>) =>
  callRoute<{ notice: string | null; error: string | null }>(baselinePage, {
    url: '/regios/zeeland/basisperiode',
    as,
    params: { region: 'zeeland' },
    form,
  });
const stored = () =>
  sql.prepare('select * from region_reference_baselines').all() as Record<string, unknown>[];
const indicatorPage = async (as: DemoUser) =>
  (
    await callRoute<Awaited<ReturnType<typeof indicatorRoute.loader>>>(indicatorRoute, {
      url: '/indicatoren/triage_on_time?period=2026-Q3',
      as,
      params: { indicator: 'triage_on_time' },
    })
  ).data;

describe('a baseline filled from reference data', () => {
  test('the baseline page lists the series with its mean over the baseline (63 %)', async () => {
    const { status, data } = await callRoute<Awaited<ReturnType<typeof baselinePage.loader>>>(baselinePage, {
      url: '/regios/zeeland/basisperiode',
      as: 'manager',
      params: { region: 'zeeland' },
    });
    expect(status).toBe(200);
    expect(data.fill.rows).toContainEqual(
      expect.objectContaining({ code: 'triage_on_time', series: 'zld-triage', mean: 63 }),
    );
    expect(data.fill.filled).toEqual([]);
  });

  test('bad input and other roles change nothing: an unknown series, a register indicator, a coordinator', async () => {
    const unknown = await post('manager', { intent: 'fill', code: 'triage_on_time', series: 'nope' });
    expect(unknown.status).toBe(400);
    expect(unknown.data.error).toBe('Deze reeks hoort niet bij deze indicator; er is niets gevuld.');
    const register = await post('manager', {
      intent: 'fill',
      code: 'experiments_evaluated',
      series: 'zld-triage',
    });
    expect(register.status).toBe(400);
    expect((await post('manager', { intent: 'fill', code: '', series: '' })).status).toBe(400);
    expect(
      (await post('coordinator.zeeland', { intent: 'fill', code: 'triage_on_time', series: 'zld-triage' }))
        .status,
    ).toBe(403);
    expect(stored()).toEqual([]);
  });

  test('a manager fills it: the value and its source are copied, audited, and shown on the indicator page', async () => {
    const r = await post('manager', { intent: 'fill', code: 'triage_on_time', series: 'zld-triage' });
    expect(r.status).toBe(200);
    expect(r.data.notice).toBe(
      'De basis van Triage binnen 5 werkdagen is gevuld uit Zeeland, Veilig Thuis: 63.',
    );
    expect(stored()).toEqual([
      expect.objectContaining({
        region_id: zeeland,
        code: 'triage_on_time',
        value: 63,
        period_from: '2021-01',
        period_to: '2021-12',
        series_code: 'zld-triage',
        source: 'Veilig Thuis',
        source_table: 'Kwartaalcijfers',
        retrieved_on: '2026-11-20',
      }),
    ]);
    const audit = sql
      .prepare(
        `select detail from audit_log where action = 'region.reference_baseline' order by id desc limit 1`,
      )
      .get() as { detail: string };
    expect(JSON.parse(audit.detail)).toMatchObject({
      code: 'triage_on_time',
      series: 'zld-triage',
      value: 63,
    });

    for (const as of ['manager', 'reviewer'] as const) {
      const d = await indicatorPage(as);
      const z = d.baselines.regions.find((b) => b.regionId === zeeland)!;
      expect([as, z.value, z.reference?.label, z.reference?.source]).toEqual([
        as,
        63,
        'Zeeland, Veilig Thuis',
        'Veilig Thuis',
      ]);
      // no counts behind it: the programme's like-with-like change leaves Zeeland out, named
      expect(d.baselines.matched!.leftOut).toContainEqual({
        regionId: zeeland,
        side: 'baseline',
        reason: 'reference',
      });
      expect(d.baselines.matched!.regions).not.toContain(zeeland);
    }
  });

  test('clearing it removes the value; the baseline is unknown again, never 0', async () => {
    const r = await post('manager', { intent: 'clear', code: 'triage_on_time' });
    expect(r.status).toBe(200);
    expect(stored()).toEqual([]);
    const z = (await indicatorPage('manager')).baselines.regions.find((b) => b.regionId === zeeland)!;
    expect([z.value, z.reference]).toEqual([null, null]);
  });

  test('a share outcome filled from reference data shows on the region page’s outcomes with its source', async () => {
    const closed = Number(
      sql
        .prepare(
          `insert into reference_series (code, label, indicator_code, source, source_table, retrieved_on, unit)
           values ('zld-closed', 'Zeeland, afgesloten', 'closed_without_measure', 'CBS', 'Jeugdbescherming', '2026-11-20', 'percent')`,
        )
        .run().lastInsertRowid,
    );
    put.run(closed, '2021', 40);
    expect(
      (await post('manager', { intent: 'fill', code: 'closed_without_measure', series: 'zld-closed' }))
        .status,
    ).toBe(200);
    const { data } = await callRoute<Awaited<ReturnType<typeof regionRoute.loader>>>(regionRoute, {
      url: '/regios/zeeland?period=2026-Q3',
      as: 'manager',
      params: { region: 'zeeland' },
    });
    const line = data.outcomes.regions[0].lines.find((l) => l.code === 'closed_without_measure')!;
    expect(line.baseline).toBe(40);
    expect(line.baselineReference).toEqual({ label: 'Zeeland, afgesloten', source: 'CBS' });
    expect(line.changeBaseline.difference).toBeCloseTo(line.value! - 40, 10);
    expect(line.changeBaselineInterval).toBeNull();
  });
});
