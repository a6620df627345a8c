/**
 * Funnel plots and control charts on the pages (issue 23, items 3 and 4), and the manager's
 * recalculation of control limits: who may record one, what bad input gets, and that a recorded
 * recalculation starts a new phase of the chart.
 */
import { count, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { auditLog, controlLimitRecalculations } from '#db/schema';
import * as recalc from '#app/routes/_app.indicatoren.$indicator_.grenzen/route';
import * as indicatorPage from '#app/routes/_app.indicatoren.$indicator/route';
import * as comparePage from '#app/routes/_app.vergelijken/route';
import * as regionPage from '#app/routes/_app.regios.$region._index/route';
import * as overviewPage from '#app/routes/_app.overzicht/route';
import { callRoute } from '#test/call-route';
import { tableChecksums } from '#test/checksums';
import { setupTestDatabase } from '#test/db';
import { DEMO_USERS } from '#test/demo-users';
import { sessionCookieFor } from '#test/requests';
import { getIndicator } from '#app/domain/indicators';
import { spcKindOf } from '#app/models/spc.server';
import { funnelKindOf } from '#app/models/funnel.server';

const db = setupTestDatabase('seeded');
const recalcRows = () => db.select({ n: count() }).from(controlLimitRecalculations).get()!.n;
const URL = '/indicatoren/triage_on_time/grenzen';
const params = { indicator: 'triage_on_time' };
const good = { intent: 'record', scope: 'utrecht', fromMonth: '2025-04', reason: 'Start experiment triage' };

type Reply = { result: { error?: Record<string, string[]> }; notice: string | null };
type IndicatorData = Awaited<ReturnType<typeof indicatorPage.loader>>;

describe('recording a recalculation of control limits', () => {
  test('coordinator and reviewer are refused (403) and nothing changes', async () => {
    for (const who of ['coordinator.utrecht', 'reviewer'] as const) {
      const cookie = await sessionCookieFor(DEMO_USERS[who]);
      const before = tableChecksums(db.$client);
      const get = await callRoute(recalc, { url: URL, params, cookie });
      expect(get.status).toBe(403);
      const post = await callRoute(recalc, { url: URL, params, cookie, form: good });
      expect(post.status).toBe(403);
      expect(tableChecksums(db.$client)).toEqual(before);
    }
  });

  test('bad input: a Dutch message per field, 400, and nothing stored', async () => {
    const cookie = await sessionCookieFor(DEMO_USERS.manager);
    const before = tableChecksums(db.$client);
    const res = await callRoute<Reply>(recalc, {
      url: URL,
      params,
      cookie,
      form: { intent: 'record', scope: 'atlantis', fromMonth: '2025-13', reason: 'kort' },
    });
    expect(res.status).toBe(400);
    expect(res.data.result.error).toEqual({
      scope: ['Kies het programma of een regio.'],
      fromMonth: ['Vul een maand in als JJJJ-MM, bijvoorbeeld 2026-03.'],
      reason: ['Geef een reden van 5 tot 500 tekens.'],
    });
    expect(tableChecksums(db.$client)).toEqual(before);
  });

  test('a register indicator has no control chart: 404', async () => {
    const res = await callRoute(recalc, {
      url: '/indicatoren/experiments_evaluated/grenzen',
      params: { indicator: 'experiments_evaluated' },
      as: 'manager',
    });
    expect(res.status).toBe(404);
  });

  test('a manager records one: one row, one audit entry with the reason; the same month again is refused', async () => {
    const audits = db
      .select({ n: count() })
      .from(auditLog)
      .where(eq(auditLog.action, 'spc.recalculate'))
      .get()!.n;
    const res = await callRoute<Reply>(recalc, { url: URL, params, as: 'manager', form: good });
    expect(res.status).toBe(200);
    expect(res.data.notice).toBe('De herberekening is vastgelegd.');
    expect(recalcRows()).toBe(1);
    const row = db.select().from(controlLimitRecalculations).get()!;
    expect([row.indicatorCode, row.fromMonth, row.reason]).toEqual([
      'triage_on_time',
      '2025-04',
      good.reason,
    ]);
    const audit = db.select().from(auditLog).where(eq(auditLog.action, 'spc.recalculate')).all();
    expect(audit).toHaveLength(audits + 1);
    expect(audit[audit.length - 1].detail).toMatchObject({ fromMonth: '2025-04', reason: good.reason });

    const cookie = await sessionCookieFor(DEMO_USERS.manager);
    const before = tableChecksums(db.$client);
    const again = await callRoute<Reply>(recalc, { url: URL, params, cookie, form: good });
    expect(again.status).toBe(400);
    expect(again.data.result.error).toEqual({
      fromMonth: ['Voor deze indicator en dit bereik is vanaf die maand al een herberekening vastgelegd.'],
    });
    expect(tableChecksums(db.$client)).toEqual(before);

    // the region's control chart now has a second phase from 2025-04
    const page = await callRoute<IndicatorData>(indicatorPage, {
      url: '/indicatoren/triage_on_time?period=2026-Q3&spc=utrecht',
      params,
      as: 'manager',
    });
    expect(page.data.spc!.result.phases).toEqual(['2023-10', '2025-04']);
    const april = page.data.spc!.result.points.find((p) => p.period === '2025-04')!;
    expect(april.phase).toBe(1);
  });
});

describe('the chart per kind of measure', () => {
  test('a share: p-chart and a binomial funnel; days or hours per FTE: XmR and no funnel', () => {
    const kinds = (code: string) => [
      spcKindOf(getIndicator(code)!).kind,
      funnelKindOf(getIndicator(code)!)?.kind ?? null,
    ];
    expect(kinds('one_plan')).toEqual(['p', 'share']);
    expect(kinds('days_to_help')).toEqual(['xmr', null]);
    expect(kinds('training_per_fte')).toEqual(['xmr', null]);
  });
});

describe('the pages', () => {
  test('indicator page: the funnel is the default, with every region plotted for a manager', async () => {
    const res = await callRoute<IndicatorData>(indicatorPage, {
      url: '/indicatoren/triage_on_time?period=2026-Q3',
      params,
      as: 'manager',
    });
    expect(res.data.view).toBe('funnel');
    const f = res.data.funnel!;
    expect(f.kind).toBe('share');
    expect(f.funnel!.points).toHaveLength(6);
    // the centre is Σ numerators / Σ denominators of the plotted regions
    const num = f.funnel!.points.reduce((s, p) => s + p.numerator, 0);
    const den = f.funnel!.points.reduce((s, p) => s + p.size, 0);
    expect(f.funnel!.centre).toBeCloseTo((num / den) * 100, 10);
    // and the same numerators and denominators as the table of the page
    for (const p of f.funnel!.points) {
      const k = res.data.regions.findIndex((r) => r.id === p.id);
      expect([p.numerator, p.size]).toEqual([res.data.rows[k].numerator, res.data.rows[k].denominator]);
    }
    expect(res.data.spc!.region).toBeNull();
    expect(res.data.spc!.result.points).toHaveLength(36);
  });

  test('a reviewer gets no control chart and no variation icons (no months disclosed), but a funnel', async () => {
    const res = await callRoute<IndicatorData>(indicatorPage, {
      url: '/indicatoren/triage_on_time?period=2026-Q3',
      params,
      as: 'reviewer',
    });
    expect(res.data.spc).toBeNull();
    expect(res.data.funnel!.funnel).not.toBeNull();
    // a reviewer's funnel is made of rounded cells: every plotted numerator and size a multiple of 5
    for (const p of res.data.funnel!.funnel!.points) expect([p.numerator % 5, p.size % 5]).toEqual([0, 0]);
    const region = await callRoute<Awaited<ReturnType<typeof regionPage.loader>>>(regionPage, {
      url: '/regios/zeeland?period=2026-Q3',
      params: { region: 'zeeland' },
      as: 'reviewer',
    });
    expect([region.data.spc, region.data.variation]).toEqual([null, null]);
    const overview = await callRoute<Awaited<ReturnType<typeof overviewPage.loader>>>(overviewPage, {
      url: '/overzicht?period=2026-Q3',
      as: 'reviewer',
    });
    expect(overview.data.variation).toBeNull();
  });

  test('compare page: a funnel for a rate per 10,000 (Poisson over child-years), bars on request', async () => {
    const res = await callRoute<Awaited<ReturnType<typeof comparePage.loader>>>(comparePage, {
      url: '/vergelijken?what=measures_rate&from=2025-Q4&to=2026-Q3',
      as: 'manager',
    });
    expect(res.data.view).toBe('funnel');
    expect(res.data.result!.funnel!.kind).toBe('rate');
    expect(res.data.result!.funnel!.funnel!.points.length).toBeGreaterThanOrEqual(2);
    const bars = await callRoute<Awaited<ReturnType<typeof comparePage.loader>>>(comparePage, {
      url: '/vergelijken?what=measures_rate&from=2025-Q4&to=2026-Q3&view=bars',
      as: 'manager',
    });
    expect(bars.data.view).toBe('bars');
    // a principle has no funnel
    const principle = await callRoute<Awaited<ReturnType<typeof comparePage.loader>>>(comparePage, {
      url: '/vergelijken?what=simple&from=2025-Q4&to=2026-Q3',
      as: 'manager',
    });
    expect(principle.data.result!.funnel).toBeNull();
  });

  test('region page and overview: a variation per indicator for a manager', async () => {
    const region = await callRoute<Awaited<ReturnType<typeof regionPage.loader>>>(regionPage, {
      url: '/regios/zeeland?period=2026-Q3&spc=one_plan',
      params: { region: 'zeeland' },
      as: 'manager',
    });
    expect(region.data.spc!.code).toBe('one_plan');
    expect(region.data.spc!.result.kind).toBe('p');
    expect(region.data.spc!.result.points.at(-1)!.period).toBe('2026-09');
    expect(region.data.variation!.experiments_evaluated).toBeUndefined();
    expect(region.data.variation!.one_plan).not.toBeUndefined();
    const overview = await callRoute<Awaited<ReturnType<typeof overviewPage.loader>>>(overviewPage, {
      url: '/overzicht?period=2026-Q3',
      as: 'manager',
    });
    expect(overview.data.variation!.map((v) => v.code)).toContain('one_plan');
  });
});
