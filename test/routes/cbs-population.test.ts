/**
 * The rates per 10,000 children over CBS's population where CBS covers the scope (issue 24): the
 * demo's Zeeland (Middelburg, Veere and Vlissingen, whole municipalities from 2023-01) takes CBS's
 * children on 1 January 2026: 9,610 + 3,860 + 7,930 = 21,400 (seeds/cbs.ts: the 2023 figures
 * 9,700, 3,900 and 8,000 × 0.991, rounded to 10; 2026 is provisional, '*'), where its typed scope
 * says 21,300. Amsterdam-Amstelland's scope is part of Amsterdam: its typed 18,100 stands.
 */
import { describe, expect, test } from 'vitest';
import * as regionRoute from '#app/routes/_app.regios.$region._index/route';
import * as compareRoute from '#app/routes/_app.vergelijken/route';
import { SCOPE_SOURCE } from '#seeds/regions';
import { callRoute } from '#test/call-route';
import { setupTestDatabase } from '#test/db';

const db = setupTestDatabase('seeded');
const sql = db.$client;

const regionPage = async (slug: string, period: string) =>
  (
    await callRoute<Awaited<ReturnType<typeof regionRoute.loader>>>(regionRoute, {
      url: `/regios/${slug}?period=${period}`,
      as: 'manager',
      params: { region: slug },
    })
  ).data;

/** Σ of an element over a region's months, straight from the database. */
const sum = (slug: string, element: string, from: string, to: string) =>
  (
    sql
      .prepare(
        `select sum(v.value) as s from report_values v join reports r on r.id = v.report_id
         join regions g on g.id = r.region_id where g.slug = ? and v.element_code = ? and r.period between ? and ?`,
      )
      .get(slug, element, from, to) as { s: number }
  ).s;

const placements = (slug: string) => sum(slug, 'placements_new', '2026-07', '2026-09');

describe('the population of the rates per 10,000 children', () => {
  test('Zeeland 2026-Q3: CBS’s 21,400 children, labelled CBS, and the rate over them', async () => {
    const d = await regionPage('zeeland', '2026-Q3');
    expect(d.outcomes.populations).toEqual([
      {
        regionId: d.region.id,
        origin: 'cbs',
        children: 21400,
        source: 'CBS StatLine 03759ned, 2026*',
      },
    ]);
    const line = d.outcomes.regions[0].lines.find((l) => l.code === 'placements_rate')!;
    // a quarter is 3/12 of a child-year per child: 21,400 × 3 / 12 = 5,350 child-years
    expect(line.count).toBe(placements('zeeland'));
    expect(line.value).toBeCloseTo((placements('zeeland') * 10_000) / 5350, 10);
  });

  test('Amsterdam-Amstelland works in part of Amsterdam: its typed 18,100 stands, labelled typed', async () => {
    const d = await regionPage('amsterdam-amstelland', '2026-Q3');
    expect(d.outcomes.populations).toEqual([
      { regionId: d.region.id, origin: 'typed', children: 18100, source: SCOPE_SOURCE },
    ]);
    const line = d.outcomes.regions[0].lines.find((l) => l.code === 'placements_rate')!;
    // 18,100 × 3 / 12 = 4,525 child-years
    expect(line.value).toBeCloseTo((placements('amsterdam-amstelland') * 10_000) / 4525, 10);
  });

  test('the compare page labels each region’s rate CBS or typed', async () => {
    const { status, data } = await callRoute<Awaited<ReturnType<typeof compareRoute.loader>>>(compareRoute, {
      url: '/vergelijken?what=placements_rate&from=2026-Q3&to=2026-Q3',
      as: 'manager',
    });
    expect(status).toBe(200);
    const slugOf = new Map(
      (sql.prepare('select id, slug from regions').all() as { id: number; slug: string }[]).map((r) => [
        r.id,
        r.slug,
      ]),
    );
    expect(
      Object.fromEntries(data.result!.populations!.map((p) => [slugOf.get(p.regionId), p.origin])),
    ).toMatchObject({
      'amsterdam-amstelland': 'typed',
      foodvalley: 'cbs',
      'rotterdam-rijnmond': 'typed',
      utrecht: 'cbs',
      zeeland: 'cbs',
      'west-brabant-west': 'cbs',
    });
  });

  test('a secret CBS cell falls back to the typed 21,300; without a typed scope the rate is unknown, not over 0', async () => {
    sql
      .prepare(
        `update cbs_observations set value = null, status = 'secret' where measure = 'population_0_17'
         and region_code = 'GM0717' and period = '2026JJ00' and superseded_by is null`,
      )
      .run();
    const typed = await regionPage('zeeland', '2026-Q3');
    expect(typed.outcomes.populations[0]).toMatchObject({ origin: 'typed', children: 21300 });
    const line = typed.outcomes.regions[0].lines.find((l) => l.code === 'placements_rate')!;
    // 21,300 × 3 / 12 = 5,325 child-years
    expect(line.value).toBeCloseTo((placements('zeeland') * 10_000) / 5325, 10);

    sql
      .prepare(`delete from region_scopes where region_id = (select id from regions where slug = 'zeeland')`)
      .run();
    const none = await regionPage('zeeland', '2026-Q3');
    expect(none.outcomes.populations[0]).toMatchObject({ origin: null, children: null });
    const unknown = none.outcomes.regions[0].lines.find((l) => l.code === 'placements_rate')!;
    expect(unknown.value).toBeNull();
  });
});
