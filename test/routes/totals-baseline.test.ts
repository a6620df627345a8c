/**
 * Totals say what they hold (with Rotterdam-Rijnmond's July triage count unknown, the 2026-Q3 triage
 * total covers 5 of 6 regions) on the compare page, in the JSON API and in voortgang.csv; and every
 * indicator on the region page shows its change against the region's baseline, recomputed by hand.
 */
import { describe, expect, test } from 'vitest';
import * as scoresApi from '#app/routes/api.scores/route';
import * as compareRoute from '#app/routes/_app.vergelijken/route';
import * as progressCsv from '#app/routes/voortgang[.csv]/route';
import * as regionRoute from '#app/routes/_app.regios.$region._index/route';
import { callRoute } from '#test/call-route';
import { periodRange } from '#app/domain/periods';
import { setupTestDatabase } from '#test/db';

const db = setupTestDatabase('seeded');
/** The region page of a month or quarter, as the first manager. */
const regionPage = async (region: string, period: string) =>
  (
    await callRoute<Awaited<ReturnType<typeof regionRoute.loader>>>(regionRoute, {
      url: `/regios/${region}?period=${period}`,
      as: 'manager',
      params: { region },
    })
  ).data;

function sum(slug: string, codes: string[], from: string, to: string): number {
  return (
    db.$client
      .prepare(
        `select sum(v.value) as s from report_values v join reports r on r.id = v.report_id
         join regions g on g.id = r.region_id where g.slug = ? and v.element_code in (${codes.map(() => '?').join(',')})
         and r.period between ? and ?`,
      )
      .get(slug, ...codes, from, to) as { s: number }
  ).s;
}

function unknowns(slug: string, codes: string[], from: string, to: string): number {
  return (
    db.$client
      .prepare(
        `select count(*) as n from report_values v join reports r on r.id = v.report_id
         join regions g on g.id = r.region_id where g.slug = ? and v.element_code in (${codes.map(() => '?').join(',')})
         and r.period between ? and ? and v.value is null`,
      )
      .get(slug, ...codes, from, to) as { n: number }
  ).n;
}

/** Rotterdam-Rijnmond's July triage count becomes unknown (as a region's figure sometimes is). */
db.$client
  .prepare(
    `update report_values set value = null where element_code = 'triage_on_time' and report_id =
     (select r.id from reports r join regions g on g.id = r.region_id where g.slug = 'rotterdam-rijnmond' and r.period = '2026-07')`,
  )
  .run();

describe('programme totals say what they hold', () => {
  test('JSON: the triage total holds 5 of 6 regions and names Rotterdam-Rijnmond', async () => {
    const res = await callRoute(scoresApi, { url: '/api/scores?period=2026-Q3' });
    expect(res.status).toBe(302); // signed out: to the login page
    type Coverage = { regions: number; of: number; leftOut?: unknown[] };
    const { data: body } = await callRoute<{
      total: { indicators: Record<string, Coverage> };
      regions: { indicators: Record<string, Coverage> }[];
    }>(scoresApi, { url: '/api/scores?period=2026-Q3', as: 'manager' });
    expect(body.total.indicators.triage_on_time).toMatchObject({
      regions: 5,
      of: 6,
      leftOut: [{ region: 'rotterdam-rijnmond', reason: 'unknown' }],
    });
    expect(body.total.indicators.one_plan).toMatchObject({ regions: 6, of: 6, leftOut: [] });
    // a region's own row carries no coverage
    expect(body.regions[0].indicators.triage_on_time.leftOut).toBeUndefined();
  });

  test('compare page: the triage total names the region it leaves out', async () => {
    const { data: d } = await callRoute<Awaited<ReturnType<typeof compareRoute.loader>>>(compareRoute, {
      url: '/vergelijken?what=triage_on_time&grain=quarter&from=2026-Q3&to=2026-Q3',
      as: 'manager',
    });
    const rdam = d.regions.find((r) => r.slug === 'rotterdam-rijnmond')!;
    expect(d.result!.coverage).toEqual([
      { code: 'triage_on_time', excluded: [{ regionId: rdam.id, reason: 'unknown' }] },
    ]);
  });

  test('voortgang.csv: the total rows say which regions they leave out', async () => {
    const res = await callRoute<string>(progressCsv, { url: '/voortgang.csv?period=2026-Q3', as: 'manager' });
    const lines = res.data.split(/\r?\n/);
    expect(lines[0]).toContain('left_out');
    const legal = lines.find((l) => l.startsWith('2026-Q3;totaal;indicator;triage_on_time;'))!;
    // left_out, then the note column (empty but for the scope rows), then the interval (issue 23)
    // Wilson of 1305 / 1785: 70.98 % to 75.13 %, to one decimal in Dutch notation
    expect(legal.endsWith(';rotterdam-rijnmond:unknown;;71;75,1;wilson')).toBe(true);
    // five rates and four shares (recurrence in all, without and with a measure; closed without one)
    expect(lines.filter((l) => l.startsWith('2026-Q3;totaal;outcome;'))).toHaveLength(9);
  });
});

describe('change against the baseline', () => {
  test('region page: triage on time in 2026-Q3 against the baseline 2023, by hand, for a region with every month known', async () => {
    const triage = ['triage_simple', 'triage_complex', 'triage_multi_complex'];
    const codes = ['triage_on_time', ...triage];
    // Zeeland, FoodValley, …: the first whose months are all known (an unknown month makes the value unknown).
    const slug = ['zeeland', 'foodvalley', 'utrecht', 'west-brabant-west', 'amsterdam-amstelland'].find(
      (s) => unknowns(s, codes, '2023-01', '2023-12') + unknowns(s, codes, '2026-07', '2026-09') === 0,
    )!;
    expect(slug).toBeDefined();
    const d = await regionPage(slug, '2026-Q3');
    const base =
      (sum(slug, ['triage_on_time'], '2023-01', '2023-12') / sum(slug, triage, '2023-01', '2023-12')) * 100;
    const now =
      (sum(slug, ['triage_on_time'], '2026-07', '2026-09') / sum(slug, triage, '2026-07', '2026-09')) * 100;
    expect(d.baseline.from).toBe('2023-01');
    expect(d.baseline.to).toBe('2023-12');
    expect(d.baseline.card.indicators.triage_on_time.value).toBeCloseTo(base, 10);
    expect(d.cards[d.cards.length - 1].indicators.triage_on_time.value).toBeCloseTo(now, 10);
  });

  test('region page: a baseline with an unknown month uses the months it has (issue 23), stating them', async () => {
    const codes = ['triage_on_time', 'triage_simple', 'triage_complex', 'triage_multi_complex'];
    const slug = ['zeeland', 'foodvalley', 'utrecht', 'west-brabant-west', 'amsterdam-amstelland'].find(
      (s) => unknowns(s, codes, '2023-01', '2023-12') > 0,
    );
    // the demo leaves about 0.4 % of values unknown; one of them falls here (found in the raw values)
    expect(slug).toBeDefined();
    const region = slug!;
    // the months of 2023 in which all four parts are known, summed by hand from the raw values
    const known = periodRange('2023-01', '2023-12').filter((p) => unknowns(region, codes, p, p) === 0);
    expect(known.length).toBeGreaterThanOrEqual(9);
    expect(known.length).toBeLessThan(12);
    const part = (c: string[]) => known.reduce((s, p) => s + sum(region, c, p, p), 0);
    const d = await regionPage(region, '2026-Q3');
    expect(d.baseline.card.indicators.triage_on_time.value).toBeCloseTo(
      (part(['triage_on_time']) / part(codes.slice(1))) * 100,
      10,
    );
    expect(d.baseline.coverage.triage_on_time).toEqual({ known: known.length, total: 12, minimum: 9 });
  });
});
