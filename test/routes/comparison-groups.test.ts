/**
 * Comparison groups from CBS figures on the region page's outcomes block, the programme total and
 * the manager's page (issue 24). Zeeland's scope is set to two municipalities: Alpha (GM0001) and
 * Nieuwstad (GM1999), formed on 1 January 2024 from Oud-Oost (GM0002) and Oud-West (GM0003); CBS's
 * 2023 figures are on the old borders. Zeeland's baseline is 2023 (its pilot starts 2024-01), the
 * period 2026-Q3 falls in CBS's half-year 2026HJ02. Every rate below is computed by hand.
 */
import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { sql } from 'drizzle-orm';
import * as regionRoute from '#app/routes/_app.regios.$region._index/route';
import * as overviewRoute from '#app/routes/_app.overzicht/route';
import * as progressRoute from '#app/routes/_app.voortgang/route';
import * as compareRoute from '#app/routes/_app.vergelijken/route';
import * as groupRoute from '#app/routes/_app.regios.$region.vergelijkingsgroep/route';
import type { OutcomeReference } from '#app/domain/comparison-groups';
import { callRoute } from '#test/call-route';
import { setToday } from '#test/clock';
import { setupTestDatabase } from '#test/db';
import { storeComparisonFixture } from '#test/cbs-comparison-fixture';

const db = setupTestDatabase('seeded');

// the page's month (the scope in force, the newest population year) follows the clock
beforeEach(() => setToday('2026-10-15'));

beforeAll(() => storeComparisonFixture(db.$client));

type RegionData = Awaited<ReturnType<typeof regionRoute.loader>>;
const regionReference = async (as: 'manager' | 'reviewer' = 'manager') => {
  const res = await callRoute<RegionData>(regionRoute, {
    url: '/regios/zeeland?period=2026-Q3',
    as,
    params: { region: 'zeeland' },
  });
  expect(res.status).toBe(200);
  const { outcomes } = res.data;
  const row = outcomes.references.rows.find((r) => r.regionId === outcomes.regions[0]!.regionId)!;
  const line = outcomes.regions[0]!.lines.find((l) => l.code === 'measures_rate')!;
  return { ref: row.references.find((r) => r.code === 'measures_rate')!, line, outcomes };
};

describe('the reference column of a region', () => {
  test('(a) own municipalities and (b) the rest of the youth-care region, without a matched group', async () => {
    const { ref, line, outcomes } = await regionReference();
    expect(outcomes.references.mappings.map((m) => [m.code, m.measure])).toEqual([
      ['measures_rate', 'child_protection_started'],
      ['signals_rate', 'vt_reports'],
    ]);
    // (a) own, 2026HJ02: (5 + 3) / (4100 + 3900 × ½ year) = 8 / 4000 × 10,000 = 20.0
    //     baseline 2023HJ01 + HJ02 on the old borders: (6 + 2 + 4 + 6 + 3 + 3) = 24 over
    //     (4000 + 1500 + 2500) × ½ × 2 = 8000 child-years = 30.0
    expect(ref.own).toEqual({ value: 20, baseline: 30, missing: [] });
    // (b) the rest: Beta and Gamma, 2026HJ02 (9 + 6) / (10,000 × ½) = 30.0; 2023: 40 / 10,000 = 40.0
    expect(ref).toMatchObject({
      group: 'region-rest',
      skipped: [{ kind: 'matched', reason: 'not-chosen' }],
      periods: ['2026-H2'],
      baselinePeriods: ['2023-H1', '2023-H2'],
      value: 30,
      baseline: 40,
      groupChange: -10,
      provisional: true,
    });
    // the difference in change: the pilot's own change since its baseline minus −10
    expect(ref.difference!.estimate).toBeCloseTo(line.changeBaseline.difference! + 10, 6);
    expect(ref.difference!.lower).toBeLessThan(ref.difference!.estimate);
    expect(ref.difference!.upper).toBeGreaterThan(ref.difference!.estimate);
    // safety signals compare with Veilig Thuis reports, which CBS gives per Veilig Thuis region only
    const signals = outcomes.references.rows[1]!.references.find((r) => r.code === 'signals_rate')!;
    expect(signals.group).toBeNull();
    expect(signals.value).toBeNull();
  });

  test('(c) the matched group a manager chooses on the page, audited, replaces the rest', async () => {
    const page = await callRoute<Awaited<ReturnType<typeof groupRoute.loader>>>(groupRoute, {
      url: '/regios/zeeland/vergelijkingsgroep',
      as: 'manager',
      params: { region: 'zeeland' },
    });
    expect(page.status).toBe(200);
    expect(page.data.scope.map((s) => s.code)).toEqual(['GM0001', 'GM1999']);
    // urbanity 3 like the pilot and nearest its size, outside its youth-care region: Delta first
    // (3000 children against the pilot's 4000 a municipality); never the pilot's or its region's own
    expect(page.data.suggestion).toContain('GM0020');
    for (const own of ['GM0001', 'GM1999', 'GM0010', 'GM0011'])
      expect(page.data.suggestion).not.toContain(own);
    const refused = await callRoute(groupRoute, {
      url: '/regios/zeeland/vergelijkingsgroep',
      as: 'manager',
      params: { region: 'zeeland' },
      form: { municipalities: 'GM0020, GM0001, GM9999', reason: 'lijkt op de proeftuin' },
    });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.data)).toContain('GM9999');
    expect(db.get<{ n: number }>(sql`select count(*) as n from comparison_group_choices`)!.n).toBe(0);
    const bad = await callRoute(groupRoute, {
      url: '/regios/zeeland/vergelijkingsgroep',
      as: 'manager',
      params: { region: 'zeeland' },
      form: { municipalities: 'Delta', reason: 'x' },
    });
    expect(bad.status).toBe(400);
    const saved = await callRoute(groupRoute, {
      url: '/regios/zeeland/vergelijkingsgroep',
      as: 'manager',
      params: { region: 'zeeland' },
      form: { municipalities: 'gm0020', reason: 'zelfde stedelijkheid en omvang' },
    });
    expect(saved.status).toBe(200);
    const audit = db.all<{ action: string; detail: string }>(
      sql`select action, detail from audit_log where action = 'region.comparison_group'`,
    );
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.detail)).toEqual({
      municipalities: ['GM0020'],
      reason: 'zelfde stedelijkheid en omvang',
    });
    const { ref } = await regionReference();
    // (c) Delta: 2026HJ02 3 / (3000 × ½) = 20.0; 2023 (7 + 5) / 3000 = 40.0
    expect(ref).toMatchObject({ group: 'matched', skipped: [], value: 20, baseline: 40, groupChange: -20 });
  });

  test('a reviewer sees the reference too, and a coordinator may not choose the group', async () => {
    const { ref } = await regionReference('reviewer');
    expect(ref).toMatchObject({ group: 'matched', value: 20, baseline: 40 });
    const coordinator = await callRoute(groupRoute, {
      url: '/regios/zeeland/vergelijkingsgroep',
      as: 'coordinator.zeeland',
      params: { region: 'zeeland' },
    });
    expect(coordinator.status).toBe(403);
  });
});

describe('the programme total', () => {
  test('(d) compares with the Netherlands', async () => {
    const res = await callRoute<Awaited<ReturnType<typeof overviewRoute.loader>>>(overviewRoute, {
      url: '/overzicht?period=2026-Q3',
      as: 'manager',
    });
    expect(res.status).toBe(200);
    const total = res.data.outcomes!.references.rows.find((r) => r.regionId === null)!;
    const ref = total.references.find((r) => r.code === 'measures_rate') as OutcomeReference;
    // NL01 2026HJ02: 15,300 / (3,400,000 × ½) = 90.0; 2023: 34,000 / 3,400,000 = 100.0
    expect(ref).toMatchObject({ group: 'national', value: 90, baseline: 100, groupChange: -10 });
    expect(ref.interval!.lower).toBeLessThan(90);
  });

  test('the summary of the progress report compares new measures with the Netherlands, with the difference’s own interval', async () => {
    const res = await callRoute<Awaited<ReturnType<typeof progressRoute.loader>>>(progressRoute, {
      url: '/voortgang?period=2026-Q3',
      as: 'reviewer',
    });
    expect(res.status).toBe(200);
    const line = res.data.summary.lines.find((l) => l.code === 'measures_rate')!;
    // the Netherlands: 90.0 now, 100.0 in 2023 → −10; the difference is the pilot's change + 10
    expect(line.comparison).toMatchObject({
      label: 'Jeugdbeschermingstrajecten; regio',
      source: 'CBS StatLine 82975NED',
      now: 90,
      baseline: 100,
      change: -10,
    });
    const corrected = line.comparison!.corrected!;
    expect(corrected.difference).toBeCloseTo(line.baseline.difference! + 10, 6);
    expect(corrected.interval!.method).toBe('mover');
    // a signal whose CBS measure fits no group keeps "geen vergelijkingsgroep"
    expect(res.data.summary.lines.find((l) => l.code === 'signals_rate')!.comparison).toBeNull();
  });

  test('the compare page draws the Netherlands beside an outcome rate, as a reference line with its source', async () => {
    const res = await callRoute<Awaited<ReturnType<typeof compareRoute.loader>>>(compareRoute, {
      url: '/vergelijken?what=measures_rate&from=2026-Q2&to=2026-Q3',
      as: 'reviewer',
    });
    expect(res.status).toBe(200);
    const refs = res.data.result!.references;
    // 2026-Q2 lies in 2026HJ01 (no CBS figure: unknown, not 0), 2026-Q3 in 2026HJ02: 90.0; beside
    // it Zeeland's own group, the matched Delta chosen above (compare-regional-groups.test.ts): 20
    expect(refs).toHaveLength(2);
    expect(refs[1]).toMatchObject({ label: 'Zeeland: gekozen vergelijkbare gemeenten', subject: 'Zeeland' });
    expect(refs[1]!.values[0]).toBeNull();
    expect(refs[1]!.values[1]).toBeCloseTo(20, 10);
    expect(refs[0]).toMatchObject({
      label: 'Jeugdbeschermingstrajecten; regio, NL01',
      source: 'CBS StatLine',
      sourceTable: '82975NED',
      retrievedOn: '2026-11-20',
      illustrative: false,
      values: [null, 90],
    });
    const total = res.data.result!.totalSeries[1];
    // differenceSeries rounds to five decimals
    expect(refs[0]!.difference[1]).toBeCloseTo(total! - 90, 4);
  });
});
