import { count } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { auditLog, indicatorTargets } from '#db/schema';
import * as targets from '#app/routes/_app.doelen/route';
import * as scores from '#app/routes/api.scores/route';
import { callRoute } from '#test/call-route';
import { setupTestDatabase } from '#test/db';

const db = setupTestDatabase('seeded');
type Reply = { result: { error: Record<string, string[]> } };
type Page = Awaited<ReturnType<typeof targets.loader>>;
const counts = () => ({
  targets: db.select({ n: count() }).from(indicatorTargets).get()!.n,
  audit: db.select({ n: count() }).from(auditLog).get()!.n,
});

describe('targets page', () => {
  test('only managers may open it or post to it', async () => {
    for (const as of ['coordinator.zeeland', 'reviewer', 'admin'] as const) {
      expect((await callRoute(targets, { url: '/doelen', as })).status).toBe(403);
      const form = { indicatorCode: 'one_plan', target: '80', floor: '30', effectiveFrom: '2026-07' };
      expect((await callRoute(targets, { url: '/doelen', as, form })).status).toBe(403);
    }
  });

  test('a target the wrong way round is refused with a message at the field, and nothing changes', async () => {
    const before = counts();
    const res = await callRoute<Reply>(targets, {
      url: '/doelen',
      as: 'manager',
      form: { indicatorCode: 'one_plan', target: '30', floor: '80', effectiveFrom: '2026-7' },
    });
    expect(res.status).toBe(400);
    const reply = res.data.result;
    expect(reply.error.target).toEqual([
      'Bij “hoger is beter” moet de streefwaarde hoger zijn dan de ondergrens.',
    ]);
    expect(reply.error.effectiveFrom).toEqual(['Vul een maand in als JJJJ-MM, bijvoorbeeld 2027-01.']);
    expect(counts()).toEqual(before);
  });

  test('a new target is kept with its date and audited, and scores from that period on use it', async () => {
    const before = counts();
    const res = await callRoute(targets, {
      url: '/doelen',
      as: 'manager',
      form: {
        indicatorCode: 'one_plan',
        target: '80,5',
        floor: '30',
        effectiveFrom: '2026-09',
        note: 'bijgesteld',
      },
    });
    expect(res.status).toBe(200);
    expect(counts()).toEqual({ targets: before.targets + 1, audit: before.audit + 1 });
    type Scores = { total: { indicators: Record<string, unknown> } };
    const body = async (period: string) =>
      (await callRoute<Scores>(scores, { url: `/api/scores?period=${period}`, as: 'manager' })).data;
    expect((await body('2026-Q3')).total.indicators.one_plan).toMatchObject({ target: 80.5, floor: 30 });
    expect((await body('2026-Q2')).total.indicators.one_plan).toMatchObject({ target: 90, floor: 40 });
    const { data: page } = await callRoute<Page>(targets, { url: '/doelen', as: 'manager' });
    expect(page.history[0]).toMatchObject({
      indicatorCode: 'one_plan',
      target: 80.5,
      effectiveFrom: '2026-09',
      note: 'bijgesteld',
    });
  });
});
