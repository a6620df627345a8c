/**
 * A baseline from CBS's pre-pilot years over the four years 2019–2022 (48 months, issue 24), on
 * figures this file stores itself, with today 2026-10-15. FoodValley's scope is set (a correction of
 * the demo's set of the same month) to Alpha (GM0051) and Nieuwstad (GM1996), formed on 1 January
 * 2021 from Oud-Oost (GM0052) and Oud-West (GM0053); CBS's 2019 and 2020 figures are on the old
 * borders. Its baseline of its own months stays 2021-01 … 2022-12 (before its first monthly report).
 *   Children: 2019 and 2020 4000 + 1500 + 2500, 2021 and 2022 4000 + 4000: 8000 a year, so 4000
 *   child-years a half-year and 32,000 over the eight half-years.
 *   Trajectories started: 2019-H1 15 + 6 + 7, 2019-H2 9 + 3 + 4, 2020-H1 10 + 3 + 5, 2020-H2
 *   8 + 4 + 6, 2021-H1 9 + 9, 2021-H2 12 + 10, 2022-H1 10 + 8, 2022-H2 7 + 7 = 152.
 *   152 / 32,000 × 10,000 = 47.5 per 10,000 children per year (2021–2022 alone: 72 / 16,000 = 45.0).
 * The matched group is Vergelijkdorp (GM0099): 10,000 children each year, so 5000 child-years a
 * half-year; 200 trajectories over 2019–2022 (40,000 child-years) = 50.0; 20 in 2026-H2 = 40.0.
 */
import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import * as baselinePage from '#app/routes/_app.regios.$region.basisperiode/route';
import * as regionRoute from '#app/routes/_app.regios.$region._index/route';
import { callRoute } from '#test/call-route';
import { tableChecksums } from '#test/checksums';
import { setToday } from '#test/clock';
import { setupTestDatabase } from '#test/db';
import { DEMO_USERS } from '#test/demo-users';
import { sessionCookieFor } from '#test/requests';

const db = setupTestDatabase('seeded');
const sql = db.$client;
const foodvalley = (sql.prepare(`select id from regions where slug = 'foodvalley'`).get() as { id: number })
  .id;

const CELLS: [string, string, string, number][] = [
  ...[2019, 2020].flatMap((y): [string, string, string, number][] => [
    ['population_0_17', 'GM0051', `${y}JJ00`, 4000],
    ['population_0_17', 'GM0052', `${y}JJ00`, 1500],
    ['population_0_17', 'GM0053', `${y}JJ00`, 2500],
  ]),
  ...[2021, 2022].flatMap((y): [string, string, string, number][] => [
    ['population_0_17', 'GM0051', `${y}JJ00`, 4000],
    ['population_0_17', 'GM1996', `${y}JJ00`, 4000],
  ]),
  ['population_0_17', 'GM0051', '2026JJ00', 4100],
  ['population_0_17', 'GM1996', '2026JJ00', 3900],
  ['child_protection_started', 'GM0051', '2019HJ01', 15],
  ['child_protection_started', 'GM0052', '2019HJ01', 6],
  ['child_protection_started', 'GM0053', '2019HJ01', 7],
  ['child_protection_started', 'GM0051', '2019HJ02', 9],
  ['child_protection_started', 'GM0052', '2019HJ02', 3],
  ['child_protection_started', 'GM0053', '2019HJ02', 4],
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
  ['child_protection_started', 'GM0051', '2022HJ01', 10],
  ['child_protection_started', 'GM1996', '2022HJ01', 8],
  ['child_protection_started', 'GM0051', '2022HJ02', 7],
  ['child_protection_started', 'GM1996', '2022HJ02', 7],
  ['child_protection_started', 'GM0051', '2026HJ02', 5],
  ['child_protection_started', 'GM1996', '2026HJ02', 3],
  // the matched group
  ...[2019, 2020, 2021, 2022, 2026].map((y): [string, string, string, number] => [
    'population_0_17',
    'GM0099',
    `${y}JJ00`,
    10000,
  ]),
  ['child_protection_started', 'GM0099', '2019HJ01', 30],
  ['child_protection_started', 'GM0099', '2019HJ02', 25],
  ['child_protection_started', 'GM0099', '2020HJ01', 25],
  ['child_protection_started', 'GM0099', '2020HJ02', 25],
  ['child_protection_started', 'GM0099', '2021HJ01', 25],
  ['child_protection_started', 'GM0099', '2021HJ02', 25],
  ['child_protection_started', 'GM0099', '2022HJ01', 20],
  ['child_protection_started', 'GM0099', '2022HJ02', 25],
  ['child_protection_started', 'GM0099', '2026HJ02', 20],
];

beforeAll(() => {
  sql.transaction(() => {
    sql.exec(`insert into municipalities (code, name, valid_from, valid_to, youth_care_region, urbanity) values
      ('GM0051', 'Alpha', '1900-01-01', null, 'JZ98', 3),
      ('GM0052', 'Oud-Oost', '1900-01-01', '2020-12-31', 'JZ98', 4),
      ('GM0053', 'Oud-West', '1900-01-01', '2020-12-31', 'JZ98', 4),
      ('GM1996', 'Nieuwstad', '2021-01-01', null, 'JZ98', 3),
      ('GM0099', 'Vergelijkdorp', '1900-01-01', null, 'JZ50', 3)`);
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
    sql
      .prepare(
        `insert into comparison_group_choices (region_id, municipalities, reason, chosen_at) values (?, '["GM0099"]', 'zelfde stedelijkheid', '2026-10-01T00:00:00.000Z')`,
      )
      .run(foodvalley);
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
      .prepare(`update regions set baseline_from = '2021-01', baseline_to = '2022-12' where id = ?`)
      .run(foodvalley);
  })();
});

beforeEach(async () => {
  setToday('2026-10-15');
  cookie ||= await sessionCookieFor(DEMO_USERS.manager);
});

type PageData = Awaited<ReturnType<typeof baselinePage.loader>>;
type Reply = { notice: string | null; error: string | null };
const load = async (query = '') => {
  const res = await callRoute<PageData>(baselinePage, {
    url: `/regios/foodvalley/basisperiode${query}`,
    as: 'manager',
    params: { region: 'foodvalley' },
  });
  expect(res.status).toBe(200);
  return res.data.cbs;
};
// one session for every post: a new login would change the sessions table between checksums
let cookie = '';
const post = (form: Record<string, string>) =>
  callRoute<Reply>(baselinePage, {
    url: '/regios/foodvalley/basisperiode',
    cookie,
    params: { region: 'foodvalley' },
    form,
  });
const regionPage = async (as: 'manager' | 'reviewer') => {
  const res = await callRoute<Awaited<ReturnType<typeof regionRoute.loader>>>(regionRoute, {
    url: '/regios/foodvalley?period=2026-Q3',
    as,
    params: { region: 'foodvalley' },
  });
  expect(res.status).toBe(200);
  const { outcomes } = res.data;
  const line = outcomes.regions[0]!.lines.find((l) => l.code === 'measures_rate')!;
  const ref = outcomes.references.rows
    .find((r) => r.regionId === foodvalley)!
    .references.find((r) => r.code === 'measures_rate')!;
  return { line, ref };
};
const EIGHT = ['2019-H1', '2019-H2', '2020-H1', '2020-H2', '2021-H1', '2021-H2', '2022-H1', '2022-H2'];

describe('a CBS baseline over the four pre-pilot years', () => {
  test('by default the page computes over the baseline’s years 2021–2022: 72 over 16,000 = 45.0', async () => {
    const cbs = await load();
    expect(cbs.span).toEqual({ from: '2021-01', to: '2022-12' });
    expect(cbs.spanError).toBeNull();
    expect(cbs.rows[0]!.baseline).toMatchObject({
      periods: ['2021-H1', '2021-H2', '2022-H1', '2022-H2'],
      count: 72,
      childYears: 16000,
      value: 45,
    });
  });

  test('asked for 2019-01 … 2022-12 it pools eight half-years on today’s borders: 152 over 32,000 = 47.5', async () => {
    const cbs = await load('?cbsVan=2019-01&cbsTot=2022-12');
    expect(cbs.span).toEqual({ from: '2019-01', to: '2022-12' });
    expect(cbs.rows[0]!.baseline).toEqual({
      periods: EIGHT,
      from: '2019-01',
      to: '2022-12',
      count: 152,
      childYears: 32000,
      value: 47.5,
      provisional: false,
      rounded: true,
      missing: [],
      reason: null,
    });
  });

  test('a wrong span in the address is named and the default shown instead', async () => {
    const cbs = await load('?cbsVan=2018-01&cbsTot=2022-12');
    expect(cbs.spanError).toBe('Een CBS-basis beslaat ten hoogste 48 maanden (de vier jaren 2019–2022).');
    expect(cbs.span).toEqual({ from: '2021-01', to: '2022-12' });
  });

  test('bad spans get a clear message and change nothing; the baseline of the own months keeps its 24', async () => {
    const before = tableChecksums(sql);
    const cases: [string, string, string][] = [
      ['2018-07', '2022-12', 'Een CBS-basis beslaat ten hoogste 48 maanden (de vier jaren 2019–2022).'],
      ['2021-01', '2023-06', 'Een CBS-basis vóór de pilot ligt binnen 2019-01 t/m 2022-12.'],
      ['2018-01', '2018-12', 'Een CBS-basis vóór de pilot ligt binnen 2019-01 t/m 2022-12.'],
      ['2022-12', '2019-01', 'De laatste maand van de CBS-basis ligt vóór de eerste.'],
      [
        '2019-02',
        '2022-12',
        'Een CBS-basis bestaat uit hele halve jaren: begin in januari of juli en eindig in juni of december.',
      ],
      ['2019', '2022-12', 'Vul bij ‘CBS-basis vanaf’ een maand in als JJJJ-MM, bijvoorbeeld 2019-01.'],
    ];
    for (const [cbsFrom, cbsTo, message] of cases) {
      const res = await post({ intent: 'cbs-fill', code: 'measures_rate', cbsFrom, cbsTo });
      expect([cbsFrom, cbsTo, res.status]).toEqual([cbsFrom, cbsTo, 400]);
      expect(res.data.error).toBe(`Er is niets gevuld: ${message}`);
    }
    // the region's own baseline form still refuses 48 months
    const typed = await callRoute<{ result: { error: Record<string, string[]> } }>(baselinePage, {
      url: '/regios/foodvalley/basisperiode',
      cookie,
      params: { region: 'foodvalley' },
      form: { intent: 'set', baselineFrom: '2019-01', baselineTo: '2022-12', reason: 'vier jaar' },
    });
    expect(typed.status).toBe(400);
    expect(typed.data.result.error.baselineTo).toEqual(['Een basisperiode duurt 1 tot 24 maanden.']);
    expect(tableChecksums(sql)).toEqual(before);
  });

  test('filled over 48 months it is stored with CBS’s counts; the region page compares over the same eight half-years', async () => {
    const res = await post({
      intent: 'cbs-fill',
      code: 'measures_rate',
      cbsFrom: '2019-01',
      cbsTo: '2022-12',
    });
    expect(res.status).toBe(200);
    expect(res.data.notice).toBe(
      'De basis van Nieuwe kinderbeschermingsmaatregelen is gevuld uit CBS-cijfers vóór de pilot: 47,5 per 10.000 kinderen.',
    );
    const label = `CBS-basis vóór de pilot: Gestarte jeugdbeschermingstrajecten, eigen gemeenten (${EIGHT.join(', ')})`;
    expect(
      sql
        .prepare(
          'select code, value, period_from, period_to, series_code, label, count, child_years from region_reference_baselines where region_id = ?',
        )
        .all(foodvalley),
    ).toEqual([
      {
        code: 'measures_rate',
        value: 47.5,
        period_from: '2019-01',
        period_to: '2022-12',
        series_code: 'cbs-voor-pilot:child_protection_started',
        label,
        count: 152,
        child_years: 32000,
      },
    ]);
    // the region's baseline of its own months is unchanged
    expect(
      sql.prepare('select baseline_from, baseline_to from regions where id = ?').get(foodvalley),
    ).toEqual({ baseline_from: '2021-01', baseline_to: '2022-12' });

    const { line, ref } = await regionPage('manager');
    expect(line.baseline).toBe(47.5);
    expect(line.baselineReference).toEqual({ label, source: 'CBS StatLine' });
    // the change against CBS's 152 over 32,000 child-years has its interval now
    expect(line.changeBaseline.difference).toBeCloseTo(line.value! - 47.5, 10);
    expect(line.changeBaselineInterval!.lower).toBeLessThan(line.changeBaseline.difference!);
    expect(line.changeBaselineInterval!.upper).toBeGreaterThan(line.changeBaseline.difference!);
    // the matched group over the same eight half-years: 200 / 40,000 = 50.0; 2026-H2 20 / 5000 = 40.0
    expect(ref).toMatchObject({
      group: 'matched',
      periods: ['2026-H2'],
      baselinePeriods: EIGHT,
      value: 40,
      baseline: 50,
      groupChange: -10,
      // (a) own municipalities: 2026-H2 (5 + 3) / (8000 × ½) = 20.0, the baseline the filled 47.5
      own: { value: 20, baseline: 47.5, missing: [] },
    });
    // the difference in change: (pilot − 47.5) − (40 − 50)
    expect(ref.difference!.estimate).toBeCloseTo(line.value! - 47.5 + 10, 10);
    expect(ref.difference!.lower).toBeLessThan(ref.difference!.estimate);
    expect(ref.difference!.upper).toBeGreaterThan(ref.difference!.estimate);
  });

  test('a reviewer sees the same CBS baseline beside the figure disclosed to them: their rounded count, never the exact one', async () => {
    const manager = await regionPage('manager');
    const reviewer = await regionPage('reviewer');
    // 2026-Q3 over CBS's 4100 + 3900 children × ¼ year = 2000 child-years: a count of n is 5n per 10,000
    expect(typeof manager.line.count).toBe('number');
    expect(manager.line.value).toBe((manager.line.count as number) * 5);
    const rounded = Math.round((manager.line.count as number) / 5) * 5;
    expect(reviewer.line.count).toBe(rounded);
    expect(reviewer.line.value).toBe(rounded * 5);
    expect(reviewer.line.baseline).toBe(47.5);
    expect(reviewer.ref).toMatchObject({ group: 'matched', value: 40, baseline: 50, baselinePeriods: EIGHT });
    // the difference in change is made of the reviewer's own figure: (5 × rounded − 47.5) + 10
    expect(reviewer.ref.difference!.estimate).toBeCloseTo(rounded * 5 - 47.5 + 10, 10);
    expect(manager.ref.difference!.estimate).toBeCloseTo((manager.line.count as number) * 5 - 47.5 + 10, 10);
    expect(reviewer.line.changeBaseline.difference).toBeCloseTo(rounded * 5 - 47.5, 10);
  });
});
