/**
 * Withdrawing a recalculation of control limits (issue 23, item 4): only a manager
 * (`manage:limits`), only with a reason, audited; the control chart goes back to the limits before
 * it; the history keeps both the recalculation and its withdrawal.
 */
import { count, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { auditLog, controlLimitRecalculations } from '#db/schema';
import * as recalc from '#app/routes/_app.indicatoren.$indicator_.grenzen/route';
import * as indicatorPage from '#app/routes/_app.indicatoren.$indicator/route';
import { callRoute } from '#test/call-route';
import { tableChecksums } from '#test/checksums';
import { setupTestDatabase } from '#test/db';
import { DEMO_USERS } from '#test/demo-users';
import { sessionCookieFor } from '#test/requests';

const db = setupTestDatabase('seeded');
const URL = '/indicatoren/triage_on_time/grenzen';
const params = { indicator: 'triage_on_time' };
const record = {
  intent: 'record',
  scope: 'utrecht',
  fromMonth: '2025-04',
  reason: 'Start experiment triage',
};
const withdrawReason = 'Het experiment begon pas in juni';

type Reply = {
  result: { error?: Record<string, string[]>; status?: string };
  notice: string | null;
  withdrawId: number | null;
};
type IndicatorData = Awaited<ReturnType<typeof indicatorPage.loader>>;
type History = Awaited<ReturnType<typeof recalc.loader>>;

const chart = async () =>
  (
    await callRoute<IndicatorData>(indicatorPage, {
      url: '/indicatoren/triage_on_time?period=2026-Q3&spc=utrecht',
      params,
      as: 'manager',
    })
  ).data.spc!.result;
const audits = () =>
  db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'spc.withdraw')).get()!.n;

describe('withdrawing a recalculation of control limits', () => {
  test('a manager withdraws one with a reason: the chart has its old limits again, the history shows both', async () => {
    const without = await chart();
    expect(without.phases).toEqual(['2023-10']);
    const recorded = await callRoute<Reply>(recalc, { url: URL, params, as: 'manager', form: record });
    expect(recorded.status).toBe(200);
    const id = db.select().from(controlLimitRecalculations).get()!.id;
    expect((await chart()).phases).toEqual(['2023-10', '2025-04']);

    // refused without a reason, and for a recalculation of another indicator: nothing changes
    const cookie = await sessionCookieFor(DEMO_USERS.manager);
    const before = tableChecksums(db.$client);
    const bad = await callRoute<Reply>(recalc, {
      url: URL,
      params,
      cookie,
      form: { intent: 'withdraw', id: String(id), reason: 'nee' },
    });
    expect(bad.status).toBe(400);
    expect(bad.data.result.error).toEqual({ reason: ['Geef een reden van 5 tot 500 tekens.'] });
    const other = await callRoute<Reply>(recalc, {
      url: '/indicatoren/one_plan/grenzen',
      params: { indicator: 'one_plan' },
      cookie,
      form: { intent: 'withdraw', id: String(id), reason: withdrawReason },
    });
    expect(other.status).toBe(400);
    expect(other.data.result.error).toEqual({
      '': ['Deze herberekening bestaat niet voor deze indicator.'],
    });
    expect(tableChecksums(db.$client)).toEqual(before);

    const auditsBefore = audits();
    const res = await callRoute<Reply>(recalc, {
      url: URL,
      params,
      as: 'manager',
      form: { intent: 'withdraw', id: String(id), reason: withdrawReason },
    });
    expect(res.status).toBe(200);
    expect(res.data.notice).toBe(
      'De herberekening is ingetrokken; de controlekaart gebruikt weer de grenzen van daarvoor.',
    );
    const row = db.select().from(controlLimitRecalculations).get()!;
    expect(row.withdrawnReason).toBe(withdrawReason);
    expect(row.withdrawnBy).toBe(
      (db.$client.prepare('select id from users where email = ?').get(DEMO_USERS.manager) as { id: number })
        .id,
    );
    expect(row.withdrawnAt).not.toBeNull();
    expect(audits()).toBe(auditsBefore + 1);
    const audit = db.select().from(auditLog).where(eq(auditLog.action, 'spc.withdraw')).all().at(-1)!;
    expect(audit.entityId).toBe(String(id));
    expect(audit.detail).toMatchObject({ fromMonth: '2025-04', reason: withdrawReason });

    // the chart is again the one without the recalculation: same phases, same limits, same rules
    expect(await chart()).toEqual(without);

    // the history: the recalculation with its reason, and its withdrawal
    const history = (await callRoute<History>(recalc, { url: URL, params, as: 'manager' })).data;
    expect(history.recalculations).toHaveLength(1);
    expect(history.recalculations[0]).toMatchObject({
      id,
      fromMonth: '2025-04',
      reason: record.reason,
      withdrawnReason: withdrawReason,
      withdrawnBy: expect.any(String),
    });

    // withdrawing again is refused and changes nothing; the same month may be recorded anew
    const again = await callRoute<Reply>(recalc, {
      url: URL,
      params,
      cookie,
      form: { intent: 'withdraw', id: String(id), reason: withdrawReason },
    });
    expect(again.status).toBe(400);
    expect(again.data.result.error).toEqual({ '': ['Deze herberekening is al ingetrokken.'] });
    const anew = await callRoute<Reply>(recalc, { url: URL, params, as: 'manager', form: record });
    expect(anew.status).toBe(200);
    expect((await chart()).phases).toEqual(['2023-10', '2025-04']);
  });

  test('coordinator and reviewer cannot withdraw (403) and nothing changes', async () => {
    const id = db.select().from(controlLimitRecalculations).all().at(-1)!.id;
    for (const who of ['coordinator.utrecht', 'reviewer'] as const) {
      const cookie = await sessionCookieFor(DEMO_USERS[who]);
      const before = tableChecksums(db.$client);
      const post = await callRoute(recalc, {
        url: URL,
        params,
        cookie,
        form: { intent: 'withdraw', id: String(id), reason: withdrawReason },
      });
      expect(post.status).toBe(403);
      expect(tableChecksums(db.$client)).toEqual(before);
    }
  });
});
