/**
 * A region's baseline from CBS figures of the pre-pilot years 2019–2022 (issue 24), on figures this
 * file stores itself, with today 2026-10-15. FoodValley's scope is set (a correction of the demo's
 * set of the same month) to Alpha (GM0051) and Nieuwstad (GM1996), formed on 1 January 2021 from
 * Oud-Oost (GM0052) and Oud-West (GM0053); CBS's 2020 figures are on the old borders. Its baseline
 * is set to 2020-01 … 2021-12, before its first monthly report (2023-01).
 *   Children: 2020 4000 + 1500 + 2500, 2021 4000 + 4000: 8000 a year, 4000 child-years a half-year.
 *   Trajectories started: 2020-H1 10 + 3 + 5, 2020-H2 8 + 4 + 6, 2021-H1 9 + 9, 2021-H2 12 + 10:
 *   76 over 16,000 child-years × 10,000 = 47.5 per 10,000 children per year.
 */
import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import * as baselinePage from '#app/routes/_app.regios.$region.basisperiode/route';
import * as regionRoute from '#app/routes/_app.regios.$region._index/route';
import { callRoute } from '#test/call-route';
import { tableChecksums } from '#test/checksums';
import { setToday } from '#test/clock';
import { DEMO_USERS, type DemoUser } from '#test/demo-users';
import { sessionCookieFor } from '#test/requests';
import { setupTestDatabase } from '#test/db';

const db = setupTestDatabase('seeded');
const sql = db.$client;
const idOf = (slug: string) =>
  (sql.prepare(`select id from regions where slug = ?`).get(slug) as { id: number }).id;
const foodvalley = idOf('foodvalley');

const CELLS: [string, string, string, number][] = [
  ['population_0_17', 'GM0051', '2020JJ00', 4000],
  ['population_0_17', 'GM0052', '2020JJ00', 1500],
  ['population_0_17', 'GM0053', '2020JJ00', 2500],
  ['population_0_17', 'GM0051', '2021JJ00', 4000],
  ['population_0_17', 'GM1996', '2021JJ00', 4000],
  ['child_protection_started', 'GM0051', '2020HJ01', 10],
  ['child_protection_started', 'GM0052', '2020HJ01', 3],
  ['child_protection_started', 'GM0053', '2020HJ01', 5],
  ['child_protection_started', 'GM0051', '2020HJ02', 8],
  ['child_protection_started', 'GM0052', '2020HJ02', 4],
  ['child_protection_started', 'GM0053', '2020HJ02', 6],
  ['child_protection_started', 'GM0051', '2021HJ01', 9],
  ['child_protection_started', 'GM1996', '2021HJ01', 9],
  ['child_protection_started', 'GM0051', '2021HJ02', 12],
  ['child_protection_started', 'GM1996', '2021HJ02', 10],
];

beforeAll(() => {
  sql.transaction(() => {
    sql.exec(`insert into municipalities (code, name, valid_from, valid_to, youth_care_region, urbanity) values
      ('GM0051', 'Alpha', '1900-01-01', null, 'JZ98', 3),
      ('GM0052', 'Oud-Oost', '1900-01-01', '2020-12-31', 'JZ98', 4),
      ('GM0053', 'Oud-West', '1900-01-01', '2020-12-31', 'JZ98', 4),
      ('GM1996', 'Nieuwstad', '2021-01-01', null, 'JZ98', 3)`);
    sql.exec(`insert into municipality_changes (old_code, new_code, effective_on) values
      ('GM0052', 'GM1996', '2021-01-01'), ('GM0053', 'GM1996', '2021-01-01')`);
    const set = sql
      .prepare(`insert into region_municipality_sets (region_id, effective_from) values (?, '2023-01')`)
      .run(foodvalley).lastInsertRowid;
    sql
      .prepare(
        `insert into region_municipalities (set_id, municipality_code) values (?, 'GM0051'), (?, 'GM1996')`,
      )
      .run(set, set);
    const imp = sql
      .prepare(`insert into cbs_imports (source, status, summary) values ('file', 'approved', '{}')`)
      .run().lastInsertRowid;
    const insert = sql.prepare(
      `insert into cbs_observations (table_id, measure, region_code, period, value, status, rounded, import_id)
       values (?, ?, ?, ?, ?, 'final', ?, ?)`,
    );
    for (const [measure, region, period, value] of CELLS) {
      const population = measure === 'population_0_17';
      insert.run(
        population ? '03759ned' : '82975NED',
        measure,
        region,
        period,
        value,
        population ? 0 : 1,
        imp,
      );
    }
    sql
      .prepare(`update regions set baseline_from = '2020-01', baseline_to = '2021-12' where id = ?`)
      .run(foodvalley);
  })();
});

beforeEach(() => setToday('2026-10-15'));

type PageData = Awaited<ReturnType<typeof baselinePage.loader>>;
type Reply = { notice: string | null; error: string | null };
const load = async (slug = 'foodvalley') => {
  const res = await callRoute<PageData>(baselinePage, {
    url: `/regios/${slug}/basisperiode`,
    as: 'manager',
    params: { region: slug },
  });
  expect(res.status).toBe(200);
  return res.data.cbs;
};
const post = (who: DemoUser | { cookie: string }, form: Record<string, string>) =>
  callRoute<Reply>(baselinePage, {
    url: '/regios/foodvalley/basisperiode',
    ...(typeof who === 'string' ? { as: who } : who),
    params: { region: 'foodvalley' },
    form,
  });
const measures = async () =>
  (
    await callRoute<Awaited<ReturnType<typeof regionRoute.loader>>>(regionRoute, {
      url: '/regios/foodvalley?period=2026-Q3',
      as: 'manager',
      params: { region: 'foodvalley' },
    })
  ).data.outcomes.regions[0]!.lines.find((l) => l.code === 'measures_rate')!;

describe('a baseline from CBS’s pre-pilot years', () => {
  test('the page computes 47.5 per 10,000 over 2020-H1 … 2021-H2 on today’s borders; Veilig Thuis reports have no figure per municipality', async () => {
    const cbs = await load();
    expect(cbs.rows.map((r) => [r.code, r.measure])).toEqual([
      ['measures_rate', 'child_protection_started'],
      ['signals_rate', 'vt_reports'],
    ]);
    expect(cbs.rows[0]!.baseline).toEqual({
      periods: ['2020-H1', '2020-H2', '2021-H1', '2021-H2'],
      from: '2020-01',
      to: '2021-12',
      count: 76,
      childYears: 16000,
      value: 47.5,
      provisional: false,
      rounded: true,
      missing: [],
      reason: null,
    });
    // CBS gives Veilig Thuis reports per Veilig Thuis region: no cell for these municipalities
    expect(cbs.rows[1]!.baseline).toMatchObject({ value: null, reason: 'no-figures', missing: [] });
    expect(cbs.labels.measures_rate!.nl).toBe('Nieuwe kinderbeschermingsmaatregelen');
    // ended municipalities keep their names (a missing figure before a merger names them)
    expect(cbs.names).toMatchObject({ GM1996: 'Nieuwstad', GM0052: 'Oud-Oost' });
  });

  test('a scope with part of a municipality gives no CBS baseline, with the reason; a baseline after 2022 offers 2019–2022', async () => {
    // Rotterdam's pilot works in districts of Rotterdam
    const rotterdam = await load('rotterdam-rijnmond');
    expect(rotterdam.rows[0]!.baseline).toMatchObject({ value: null, reason: 'partial-scope' });
    // Zeeland keeps the default baseline, the twelve months before its pilot start (2023): no year
    // of it lies in 2019–2022, so the CBS section offers the four pre-pilot years instead
    const zeeland = await load('zeeland');
    expect(zeeland.span).toEqual({ from: '2019-01', to: '2022-12' });
    expect(zeeland.rows[0]!.baseline.periods).toHaveLength(8);
    // the demo's CBS figures of Zeeland's small municipalities fall below CBS's threshold
    expect(zeeland.rows[0]!.baseline).toMatchObject({ value: null, reason: 'unknown' });
  });

  test('a coordinator may not fill it; a figure CBS lacks and an unknown outcome are refused: nothing changes', async () => {
    const coordinatorCookie = await sessionCookieFor(DEMO_USERS['coordinator.foodvalley']);
    const managerCookie = await sessionCookieFor(DEMO_USERS.manager);
    const before = tableChecksums(sql);
    const coordinator = await post(
      { cookie: coordinatorCookie },
      { intent: 'cbs-fill', code: 'measures_rate' },
    );
    expect(coordinator.status).toBe(403);
    const signals = await post({ cookie: managerCookie }, { intent: 'cbs-fill', code: 'signals_rate' });
    expect(signals.status).toBe(400);
    expect(signals.data.error).toBe(
      'Er is niets gevuld: CBS heeft van deze maat geen cijfers per gemeente (zoals meldingen bij Veilig Thuis: alleen per Veilig Thuis-regio of landelijk).',
    );
    const unknown = await post({ cookie: managerCookie }, { intent: 'cbs-fill', code: 'triage_on_time' });
    expect(unknown.status).toBe(400);
    expect(unknown.data.error).toBe(
      'Er is niets gevuld: Deze uitkomst heeft geen CBS-maat; er is niets gevuld.',
    );
    expect(tableChecksums(sql)).toEqual(before);
  });

  test('a manager fills it: stored as the CBS pre-pilot baseline with its source, audited, shown as the region’s baseline; then cleared', async () => {
    expect((await measures()).baseline).toBeNull();
    const res = await post('manager', { intent: 'cbs-fill', code: 'measures_rate' });
    expect(res.status).toBe(200);
    expect(res.data.notice).toBe(
      'De basis van Nieuwe kinderbeschermingsmaatregelen is gevuld uit CBS-cijfers vóór de pilot: 47,5 per 10.000 kinderen.',
    );
    const retrieved = (
      sql.prepare(`select max(retrieved_at) as at from cbs_tables where table_id = '82975NED'`).get() as {
        at: string;
      }
    ).at.slice(0, 10);
    const label =
      'CBS-basis vóór de pilot: Gestarte jeugdbeschermingstrajecten, eigen gemeenten (2020-H1, 2020-H2, 2021-H1, 2021-H2)';
    expect(
      sql
        .prepare(
          'select code, value, period_from, period_to, series_code, label, source, source_table, retrieved_on from region_reference_baselines where region_id = ?',
        )
        .all(foodvalley),
    ).toEqual([
      {
        code: 'measures_rate',
        value: 47.5,
        period_from: '2020-01',
        period_to: '2021-12',
        series_code: 'cbs-voor-pilot:child_protection_started',
        label,
        source: 'CBS StatLine',
        source_table: '82975NED',
        retrieved_on: retrieved,
      },
    ]);
    const audit = sql
      .prepare(`select detail from audit_log where action = 'region.reference_baseline' and entity_id = ?`)
      .all(String(foodvalley)) as { detail: string }[];
    expect(audit.map((a) => JSON.parse(a.detail))).toEqual([
      {
        code: 'measures_rate',
        series: 'cbs-voor-pilot:child_protection_started',
        value: 47.5,
        count: 76,
        childYears: 16000,
        from: '2020-01',
        to: '2021-12',
      },
    ]);
    const line = await measures();
    expect(line.baseline).toBe(47.5);
    expect(line.baselineReference).toEqual({ label, source: 'CBS StatLine' });
    expect(line.changeBaseline.difference).toBeCloseTo(line.value! - 47.5, 10);
    const cleared = await post('manager', { intent: 'clear', code: 'measures_rate' });
    expect(cleared.status).toBe(200);
    expect(sql.prepare('select count(*) as n from region_reference_baselines').get()).toEqual({ n: 0 });
    expect((await measures()).baseline).toBeNull();
  });
});
