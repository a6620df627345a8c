/**
 * The compare page's reference lines of each shown region's own comparison group (issue 24), on the
 * recorded CBS figures of test/cbs-comparison-fixture.ts: Zeeland's scope is Alpha (GM0001) and
 * Nieuwstad (GM1999); the rest of its youth-care region JZ99 is Beta (GM0010) and Gamma (GM0011).
 * By hand, per 10,000 children per year:
 *   rest of the region, 2026-Q3 (CBS 2026HJ02): (9 + 6) / ((5,000 + 5,000) × 6/12) × 10,000 = 30;
 *   2026-Q2 (2026HJ01): no figure (unknown, not 0).
 *   matched group Delta (GM0020), 2026HJ02: 3 / (3,000 × 6/12) × 10,000 = 20.
 * The Netherlands' line stays: 15,300 / (3,400,000 × 6/12) × 10,000 = 90.
 */
import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import * as compareRoute from '#app/routes/_app.vergelijken/route';
import { callRoute } from '#test/call-route';
import { setToday } from '#test/clock';
import { setupTestDatabase } from '#test/db';
import { storeComparisonFixture } from '#test/cbs-comparison-fixture';

const db = setupTestDatabase('seeded');
beforeEach(() => setToday('2026-10-15'));
beforeAll(() => storeComparisonFixture(db.$client));

const zeeland = () =>
  (db.$client.prepare(`select id from regions where slug = 'zeeland'`).get() as { id: number }).id;

const compare = async (as: 'manager' | 'reviewer') => {
  const res = await callRoute<Awaited<ReturnType<typeof compareRoute.loader>>>(compareRoute, {
    url: '/vergelijken?what=measures_rate&grain=quarter&from=2026-Q2&to=2026-Q3',
    as,
  });
  expect(res.status).toBe(200);
  const d = res.data;
  const k = d.regions.findIndex((r) => r.id === zeeland());
  return { d, k, refs: d.result!.references };
};

describe('the compare page’s lines of a region’s own comparison group', () => {
  test('Zeeland’s rest of the youth-care region: unknown in 2026-Q2, 30 in 2026-Q3; the Netherlands stays', async () => {
    const { d, k, refs } = await compare('manager');
    const nl = refs.find((r) => r.code === 'cbs-child_protection_started-NL01')!;
    expect(nl.values[1]).toBeCloseTo(90, 10);
    const rest = refs.find((r) => r.code === `cbs-child_protection_started-region-rest-${zeeland()}`)!;
    expect(rest).toMatchObject({
      label: 'Zeeland: rest van de jeugdzorgregio',
      subject: 'Zeeland',
      sourceTable: '82975NED',
    });
    expect(rest.values[0]).toBeNull();
    expect(rest.values[1]).toBeCloseTo(30, 10);
    // the difference is Zeeland's own rate (as shown) minus the group's; unknown where either is
    const own = d.result!.series[k]!;
    expect(rest.difference[0]).toBeNull();
    expect(rest.difference[1]).toBeCloseTo(own[1]! - 30, 10);
  });

  test('a matched group a manager chose takes the place of the region’s rest: 20', async () => {
    db.$client
      .prepare(
        `insert into comparison_group_choices (region_id, municipalities, reason) values (?, '["GM0020"]', 'test')`,
      )
      .run(zeeland());
    const { refs } = await compare('manager');
    expect(refs.some((r) => r.code === `cbs-child_protection_started-region-rest-${zeeland()}`)).toBe(false);
    const matched = refs.find((r) => r.code === `cbs-child_protection_started-matched-${zeeland()}`)!;
    expect(matched.label).toBe('Zeeland: gekozen vergelijkbare gemeenten');
    expect(matched.values[1]).toBeCloseTo(20, 10);
  });

  test('a reviewer gets the same public CBS line; the difference uses the reviewer’s own (rounded) series', async () => {
    const { d, k, refs } = await compare('reviewer');
    const matched = refs.find((r) => r.code === `cbs-child_protection_started-matched-${zeeland()}`)!;
    expect(matched.values[1]).toBeCloseTo(20, 10);
    const own = d.result!.series[k]![1];
    expect(matched.difference[1]).toBe(own === null ? null : own - 20);
  });

  test('Amsterdam-Amstelland works in part of Amsterdam: no line of its own groups', async () => {
    const { d, refs } = await compare('manager');
    const amsterdam = d.regions.find((r) => r.name.startsWith('Amsterdam'))!;
    expect(refs.filter((r) => r.code.endsWith(`-${amsterdam.id}`))).toEqual([]);
  });
});
