/**
 * Outcome rates per 10,000 children with their control charts (issue 23, item 4): the region page
 * puts each rate's variation icon (its latest month) beside it in the outcomes table, and a manager
 * recalculates and withdraws a rate's limits with the same recorded, audited flow as an indicator's
 * (per region only: the programme total has no control chart of a rate).
 *
 * Figures as in outcome-spc.test.ts: the first region has 12,000 children (1,000 child-years a
 * month), baseline 2023-10 … 2024-09 with 10 new measures a month (centre 100 per 10,000, limits
 * 5.13 … 194.87); September 2026 has 25 → 250 per 10,000, above the upper limit: special cause,
 * high, and without a direction ("neither"). Placements (placements_rate) keep their seeded values.
 */
import { and, count, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { auditLog, controlLimitRecalculations } from '#db/schema';
import * as regionRoute from '#app/routes/_app.regios.$region._index/route';
import * as recalc from '#app/routes/_app.indicatoren.$indicator_.grenzen/route';
import { periodRange } from '#app/domain/periods';
import { RATE_OUTCOMES } from '#app/domain/outcomes';
import { callRoute } from '#test/call-route';
import { tableChecksums } from '#test/checksums';
import { DEMO_USERS, type DemoUser } from '#test/demo-users';
import { sessionCookieFor } from '#test/requests';
import { setupTestDatabase } from '#test/db';

const db = setupTestDatabase('seeded');
const sql = db.$client;
const region = sql.prepare('select id, slug from regions where active = 1 order by sort_order').get() as {
  id: number;
  slug: string;
};
sql
  .prepare(`update regions set baseline_from = '2023-10', baseline_to = '2024-09' where id = ?`)
  .run(region.id);
sql.prepare('delete from region_scopes where region_id = ?').run(region.id);
sql
  .prepare(
    `insert into region_scopes (region_id, effective_from, municipalities, children, source) values (?, '2015-01', '[]', 12000, 'test')`,
  )
  .run(region.id);
const setValue = sql.prepare(
  `insert into report_values (report_id, element_code, value) values (?, ?, ?)
   on conflict (report_id, element_code) do update set value = excluded.value`,
);
const reportOf = sql.prepare('select id from reports where region_id = ? and period = ?');
for (const [p, v] of [
  ...periodRange('2023-10', '2024-09').map((p) => [p, 10] as const),
  ['2026-09', 25] as const,
]) {
  const report = reportOf.get(region.id, p) as { id: number };
  sql.prepare(`update reports set status = 'goedgekeurd' where id = ?`).run(report.id);
  setValue.run(report.id, 'measures_new', v);
}

type RegionData = Awaited<ReturnType<typeof regionRoute.loader>>;
type Reply = {
  result: { error?: Record<string, string[]>; status?: string };
  notice: string | null;
  withdrawId: number | null;
};
const page = async (as: DemoUser) =>
  (
    await callRoute<RegionData>(regionRoute, {
      url: `/regios/${region.slug}?period=2026-Q3&spc=measures_rate`,
      as,
      params: { region: region.slug },
    })
  ).data;
const URL = '/indicatoren/measures_rate/grenzen';
const params = { indicator: 'measures_rate' };
const post = (form: Record<string, string>, as: DemoUser | { cookie: string } = 'manager') =>
  callRoute<Reply>(recalc, { url: URL, params, form, ...(typeof as === 'string' ? { as } : as) });
const audits = (action: string) =>
  db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, action)).get()!.n;

describe('variation icons of the outcome rates on the region page', () => {
  test('manager: every rate has its latest month’s icon; new measures are special cause, high, no direction', async () => {
    const d = await page('manager');
    expect(Object.keys(d.outcomeVariation!).sort()).toEqual(RATE_OUTCOMES.map((r) => r.code).sort());
    expect(d.outcomeVariation!.measures_rate).toEqual({
      period: '2026-09',
      variation: 'neither',
      side: 'high',
    });
  });

  test('reviewer: no icons (months are not disclosed to them)', async () => {
    expect((await page('reviewer')).outcomeVariation).toBeNull();
  });
});

describe('recalculating an outcome rate’s control limits', () => {
  test('refused for the programme (no programme chart of a rate), for a coordinator, and for an unknown code: nothing changes', async () => {
    // sessions first: a login writes a session row
    const manager = { cookie: await sessionCookieFor(DEMO_USERS.manager) };
    const coordinatorA = { cookie: await sessionCookieFor(DEMO_USERS.coordinatorA) };
    const before = tableChecksums(sql);
    const programme = await post(
      {
        intent: 'record',
        scope: 'programma',
        fromMonth: '2025-01',
        reason: 'Start experiment',
      },
      manager,
    );
    expect(programme.status).toBe(400);
    expect(programme.data.result.error).toEqual({
      scope: ['Kies een regio: deze uitkomst heeft alleen per regio een controlekaart.'],
    });
    const coordinator = await post(
      { intent: 'record', scope: region.slug, fromMonth: '2025-01', reason: 'Start experiment' },
      coordinatorA,
    );
    expect(coordinator.status).toBe(403);
    const unknown = await callRoute(recalc, {
      url: '/indicatoren/no_such_rate/grenzen',
      params: { indicator: 'no_such_rate' },
      ...manager,
    });
    expect(unknown.status).toBe(404);
    expect(tableChecksums(sql)).toEqual(before);
  });

  test('a manager records one for the region: audited, the chart has a new phase; withdrawn: the old limits again', async () => {
    const history = await callRoute<Awaited<ReturnType<typeof recalc.loader>>>(recalc, {
      url: URL,
      params,
      as: 'manager',
    });
    expect(history.status).toBe(200);
    expect(history.data).toMatchObject({ code: 'measures_rate', programme: false, recalculations: [] });

    expect((await page('manager')).spc!.result.phases).toEqual(['2023-10']);
    const recorded = await post({
      intent: 'record',
      scope: region.slug,
      fromMonth: '2025-01',
      reason: 'Start experiment drang',
    });
    expect(recorded.status).toBe(200);
    expect(recorded.data.notice).toBe('De herberekening is vastgelegd.');
    const rows = db
      .select()
      .from(controlLimitRecalculations)
      .where(eq(controlLimitRecalculations.indicatorCode, 'measures_rate'))
      .all();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ regionId: region.id, fromMonth: '2025-01', withdrawnAt: null });
    expect(audits('spc.recalculate')).toBe(1);
    const after = (await page('manager')).spc!.result;
    expect(after.phases).toEqual(['2023-10', '2025-01']);
    // the new phase's limits come from its own first 12 months, not the baseline's
    const jan = after.points.find((p) => p.period === '2025-01')!;
    expect(jan.centre).not.toBeCloseTo(100, 5);

    // the same month twice is refused
    const twice = await post({
      intent: 'record',
      scope: region.slug,
      fromMonth: '2025-01',
      reason: 'Nog een keer',
    });
    expect(twice.status).toBe(400);

    const withdrawn = await post({
      intent: 'withdraw',
      id: String(rows[0]!.id),
      reason: 'Het experiment begon later',
    });
    expect(withdrawn.status).toBe(200);
    expect(audits('spc.withdraw')).toBe(1);
    expect((await page('manager')).spc!.result.phases).toEqual(['2023-10']);
    const kept = db
      .select()
      .from(controlLimitRecalculations)
      .where(
        and(
          eq(controlLimitRecalculations.indicatorCode, 'measures_rate'),
          eq(controlLimitRecalculations.id, rows[0]!.id),
        ),
      )
      .get()!;
    expect(kept.withdrawnReason).toBe('Het experiment begon later');
  });
});
