import { count, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { auditLog, referenceSeries, referenceValues } from '#db/schema';
import * as referencesRoute from '#app/routes/_app.referenties/route';
import * as indicatorRoute from '#app/routes/_app.indicatoren.$indicator/route';
import * as compareRoute from '#app/routes/_app.vergelijken/route';
import { callRoute } from '#test/call-route';
import type { DemoUser } from '#test/demo-users';
import { setupTestDatabase } from '#test/db';

const db = setupTestDatabase('seeded');
const HEADER = 'reeks;naam;indicator;bron;tabel;opgehaald;eenheid;periode;waarde';
const CSV = [
  HEADER,
  'nl-triage;Landelijk;triage_on_time;CBS StatLine;84135NED;2026-11-02;percent;2026-Q2;70',
  'nl-triage;Landelijk;triage_on_time;CBS StatLine;84135NED;2026-11-02;percent;2026-Q3;71,5',
  'nl-triage;Landelijk;triage_on_time;CBS StatLine;84135NED;2026-11-02;percent;2026-Q1;',
].join('\n');

const state = () => ({
  series: db.select({ n: count() }).from(referenceSeries).get()!.n,
  values: db.select({ n: count() }).from(referenceValues).get()!.n,
  audit: db.select({ n: count() }).from(auditLog).get()!.n,
});

type Plan = { plan: { changes: unknown[]; token: string; errors: { line: number }[] } };
/** The action's reply: the plan, or (on a 400) the plan wrapped by data(). */
const post = (as: DemoUser, form: Record<string, string>) =>
  callRoute<Plan & { data: Plan }>(referencesRoute, { url: '/referenties', as, form });

describe('the reference series page', () => {
  test('lists the demo set, each series marked illustrative with its source, for a reviewer too', async () => {
    const { data } = await callRoute<Awaited<ReturnType<typeof referencesRoute.loader>>>(referencesRoute, {
      url: '/referenties',
      as: 'reviewer',
    });
    expect(data.canImport).toBe(false);
    // the typed "CBS" series of families closed without a measure is gone (issue 24: CBS figures come from CBS)
    expect(data.series.map((s) => [s.code, s.illustrative, s.values.length])).toEqual([
      ['demo-vt-triage', true, 7],
    ]);
  });

  test('a reviewer or coordinator may not import (403) and nothing changes', async () => {
    const before = state();
    expect((await post('reviewer', { intent: 'check', csv: CSV })).status).toBe(403);
    expect((await post('coordinatorA', { intent: 'apply', csv: CSV })).status).toBe(403);
    expect(state()).toEqual(before);
  });
});

describe('importing reference figures', () => {
  test('a bad file is a 400 listing every bad line, and nothing is written', async () => {
    const before = state();
    const bad = `${CSV}\nnl-triage;Landelijk;triage_on_time;CBS StatLine;84135NED;2026-11-02;days;2026-Q4;72`;
    const res = await post('manager', { intent: 'apply', csv: bad });
    expect(res.status).toBe(400);
    const body = res.data;
    expect(body.plan.errors.map((e) => e.line)).toEqual([5]);
    expect(state()).toEqual(before);
    expect((await post('manager', { intent: 'check' })).status).toBe(400);
  });

  test('the dry run shows three new values and writes nothing; the apply writes all three at once', async () => {
    const before = state();
    const check = await post('manager', { intent: 'check', csv: CSV });
    expect(check.status).toBe(200);
    const plan = check.data.plan;
    expect(plan.changes).toEqual([
      {
        line: 2,
        code: 'nl-triage',
        label: 'Landelijk',
        period: '2026-Q2',
        oldValue: null,
        newValue: 70,
        isNew: true,
      },
      {
        line: 3,
        code: 'nl-triage',
        label: 'Landelijk',
        period: '2026-Q3',
        oldValue: null,
        newValue: 71.5,
        isNew: true,
      },
      {
        line: 4,
        code: 'nl-triage',
        label: 'Landelijk',
        period: '2026-Q1',
        oldValue: null,
        newValue: null,
        isNew: true,
      },
    ]);
    expect(state()).toEqual(before);
    const apply = await post('manager', { intent: 'apply', csv: CSV, token: plan.token });
    expect(apply.status).toBe(200);
    expect(state()).toEqual({
      series: before.series + 1,
      values: before.values + 3,
      audit: before.audit + 1,
    });
    const series = db.select().from(referenceSeries).where(eq(referenceSeries.code, 'nl-triage')).get()!;
    expect(series).toMatchObject({
      source: 'CBS StatLine',
      sourceTable: '84135NED',
      retrievedOn: '2026-11-02',
      unit: 'percent',
      illustrative: false,
    });
    const values = db
      .select({ period: referenceValues.period, value: referenceValues.value })
      .from(referenceValues)
      .where(eq(referenceValues.seriesId, series.id))
      .orderBy(referenceValues.period)
      .all();
    expect(values).toEqual([
      { period: '2026-Q1', value: null },
      { period: '2026-Q2', value: 70 },
      { period: '2026-Q3', value: 71.5 },
    ]);
  });

  test('an apply with a dry run older than the last change is a 409 and writes nothing', async () => {
    const changed = CSV.replace('percent;2026-Q2;70', 'percent;2026-Q2;69');
    const stale = (await post('manager', { intent: 'check', csv: changed })).data.plan.token;
    const other = CSV.replace('percent;2026-Q3;71,5', 'percent;2026-Q3;73');
    const fresh = (await post('manager', { intent: 'check', csv: other })).data.plan.token;
    expect((await post('manager', { intent: 'apply', csv: other, token: fresh })).status).toBe(200);
    const before = state();
    expect((await post('manager', { intent: 'apply', csv: changed, token: stale })).status).toBe(409);
    expect(state()).toEqual(before);
  });
});

describe('reference lines on the charts', () => {
  test('the indicator page gives a reviewer the national line and programme − reference per quarter', async () => {
    const { data } = await callRoute<Awaited<ReturnType<typeof indicatorRoute.loader>>>(indicatorRoute, {
      url: '/indicatoren/triage_on_time?period=2026-Q3',
      as: 'reviewer',
      params: { indicator: 'triage_on_time' },
    });
    expect(data.trend.quarters).toEqual(['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3']);
    const vt = data.trend.references.find((r) => r.code === 'demo-vt-triage')!;
    expect(vt.values).toEqual([61.0, 60.2, 61.3, 61.8]);
    expect(vt.illustrative).toBe(true);
    for (let k = 0; k < 4; k++) {
      const total = data.trend.total[k];
      expect(total).not.toBeNull();
      expect(vt.difference[k]).toBeCloseTo(total! - vt.values[k]!, 6);
    }
  });

  test('the compare page draws a reference only for an indicator that has one', async () => {
    const run = async (what: string) =>
      (
        await callRoute<Awaited<ReturnType<typeof compareRoute.loader>>>(compareRoute, {
          url: `/vergelijken?what=${what}&grain=quarter&from=2026-Q1&to=2026-Q3`,
          as: 'manager',
        })
      ).data;
    const triage = await run('triage_on_time');
    expect(triage.result!.references.map((r) => r.code)).toContain('demo-vt-triage');
    expect(triage.result!.references.find((r) => r.code === 'demo-vt-triage')!.values).toEqual([
      60.2, 61.3, 61.8,
    ]);
    expect((await run('days_to_help')).result!.references).toEqual([]);
  });
});
