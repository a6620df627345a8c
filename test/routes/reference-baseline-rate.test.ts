/**
 * An outcome rate's baseline from reference data (issue 23, item 6): as for an indicator, a manager
 * fills a rate per 10,000 children from a stored series of that rate. Zeeland's baseline is set to
 * 2021 (no monthly reports then); a series "Zeeland, nieuwe maatregelen" for new child-protection
 * measures per 10,000 children has 40, 44, 48 and 52 in the quarters of 2021 and 90 in 2022-Q1:
 * the mean over the baseline is (40 + 44 + 48 + 52) / 4 = 46 per 10,000.
 */
import { describe, expect, test } from 'vitest';
import * as baselinePage from '#app/routes/_app.regios.$region.basisperiode/route';
import * as regionRoute from '#app/routes/_app.regios.$region._index/route';
import * as progressRoute from '#app/routes/_app.voortgang/route';
import { leftOutOf } from '#app/domain/left-out-groups';
import { callRoute } from '#test/call-route';
import { tableChecksums } from '#test/checksums';
import { DEMO_USERS, type DemoUser } from '#test/demo-users';
import { sessionCookieFor } from '#test/requests';
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
       values ('zld-maatregelen', 'Zeeland, nieuwe maatregelen', 'measures_rate', 'Raad voor de Kinderbescherming', 'Jaarcijfers', '2026-11-20', 'per10000')`,
    )
    .run().lastInsertRowid,
);
const put = sql.prepare('insert into reference_values (series_id, period, value) values (?, ?, ?)');
for (const [p, v] of [
  ['2021-Q1', 40],
  ['2021-Q2', 44],
  ['2021-Q3', 48],
  ['2021-Q4', 52],
  ['2022-Q1', 90],
] as const)
  put.run(series, p, v);

const post = (who: DemoUser | { cookie: string }, form: Record<string, string>) =>
  callRoute<{ notice: string | null; error: string | null }>(baselinePage, {
    url: '/regios/zeeland/basisperiode',
    ...(typeof who === 'string' ? { as: who } : who),
    params: { region: 'zeeland' },
    form,
  });
const measures = async (as: DemoUser) =>
  (
    await callRoute<Awaited<ReturnType<typeof regionRoute.loader>>>(regionRoute, {
      url: '/regios/zeeland?period=2026-Q3',
      as,
      params: { region: 'zeeland' },
    })
  ).data.outcomes.regions[0]!.lines.find((l) => l.code === 'measures_rate')!;

describe('an outcome rate’s baseline filled from reference data', () => {
  test('the baseline page lists the rate’s series with its mean over the baseline (46 per 10,000)', async () => {
    const { data } = await callRoute<Awaited<ReturnType<typeof baselinePage.loader>>>(baselinePage, {
      url: '/regios/zeeland/basisperiode',
      as: 'manager',
      params: { region: 'zeeland' },
    });
    expect(data.fill.rows).toContainEqual(
      expect.objectContaining({ code: 'measures_rate', series: 'zld-maatregelen', mean: 46 }),
    );
    expect(data.labels.measures_rate.nl).toMatch(/maatregel/i);
  });

  test('a coordinator cannot fill it and a series of another figure is refused: nothing changes', async () => {
    const coordinatorCookie = await sessionCookieFor(DEMO_USERS['coordinator.zeeland']);
    const managerCookie = await sessionCookieFor(DEMO_USERS.manager);
    const before = tableChecksums(sql);
    const coordinator = await post(
      { cookie: coordinatorCookie },
      {
        intent: 'fill',
        code: 'measures_rate',
        series: 'zld-maatregelen',
      },
    );
    expect(coordinator.status).toBe(403);
    const other = await post(
      { cookie: managerCookie },
      { intent: 'fill', code: 'signals_rate', series: 'zld-maatregelen' },
    );
    expect(other.status).toBe(400);
    expect(tableChecksums(sql)).toEqual(before);
  });

  test('a manager fills it: stored with its source, shown as the region’s baseline, left out of the pooled total', async () => {
    expect((await measures('manager')).baseline).toBeNull();
    const res = await post('manager', { intent: 'fill', code: 'measures_rate', series: 'zld-maatregelen' });
    expect(res.status).toBe(200);
    expect(res.data.notice).toBe(
      'De basis van Nieuwe kinderbeschermingsmaatregelen is gevuld uit Zeeland, nieuwe maatregelen: 46.',
    );
    expect(
      sql.prepare('select code, value, series_code, source from region_reference_baselines').all(),
    ).toEqual([
      {
        code: 'measures_rate',
        value: 46,
        series_code: 'zld-maatregelen',
        source: 'Raad voor de Kinderbescherming',
      },
    ]);
    const line = await measures('manager');
    expect(line.baseline).toBe(46);
    expect(line.baselineReference).toEqual({
      label: 'Zeeland, nieuwe maatregelen',
      source: 'Raad voor de Kinderbescherming',
    });
    expect(line.changeBaseline.difference).toBeCloseTo(line.value! - 46, 10);
    // no counts: the programme's like-with-like change names Zeeland as a baseline from reference data
    const { outcomes } = (
      await callRoute<Awaited<ReturnType<typeof progressRoute.loader>>>(progressRoute, {
        url: '/voortgang?period=2026-Q3',
        as: 'manager',
      })
    ).data;
    const total = outcomes.total!.lines.find((l) => l.code === 'measures_rate')!;
    // the page sends each list of left-out regions once; the line names its lists
    expect(leftOutOf(outcomes.leftOutGroups, total.leftOut)).toContainEqual({
      regionId: zeeland,
      side: 'baseline',
      reason: 'reference',
    });
  });
});
