import { count } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { auditLog, indicatorTargets } from '../../db/schema';
import { action, loader } from '../../app/routes/_app.doelen/route';
import { loader as scores } from '../../app/routes/api.scores/route';
import { setupTestDatabase } from '../db';
import { getRequest, postRequest, sessionCookieFor, settle } from '../requests';

const db = setupTestDatabase('seeded');
const MANAGER = 'manager1@demo.proeftuinmonitor.nl';
const args = (request: Request) => ({ request, params: {}, context: {} });
const counts = () => ({
  targets: db.select({ n: count() }).from(indicatorTargets).get()!.n,
  audit: db.select({ n: count() }).from(auditLog).get()!.n,
});

describe('targets page', () => {
  test('only managers may open it or post to it', async () => {
    for (const who of ['coordinator.zeeland', 'reviewer', 'admin']) {
      const cookie = await sessionCookieFor(`${who}@demo.proeftuinmonitor.nl`);
      expect((await settle(() => loader(args(getRequest('/doelen', cookie))))).status).toBe(403);
      const post = postRequest(
        '/doelen',
        { indicatorCode: 'one_plan', target: '80', floor: '30', effectiveFrom: '2026-07' },
        cookie,
      );
      expect((await settle(() => action(args(post)))).status).toBe(403);
    }
  });

  test('a target the wrong way round is refused with a message at the field, and nothing changes', async () => {
    const cookie = await sessionCookieFor(MANAGER);
    const before = counts();
    const res = await settle(() =>
      action(
        args(
          postRequest(
            '/doelen',
            { indicatorCode: 'one_plan', target: '30', floor: '80', effectiveFrom: '2026-7' },
            cookie,
          ),
        ),
      ),
    );
    expect(res.status).toBe(400);
    const reply = (res.response as { data: { result: { error: Record<string, string[]> } } }).data.result;
    expect(reply.error.target).toEqual(['Bij “hoger is beter” moet de streefwaarde hoger zijn dan de ondergrens.']);
    expect(reply.error.effectiveFrom).toEqual(['Vul een maand in als JJJJ-MM, bijvoorbeeld 2027-01.']);
    expect(counts()).toEqual(before);
  });

  test('a new target is kept with its date and audited, and scores from that period on use it', async () => {
    const cookie = await sessionCookieFor(MANAGER);
    const before = counts();
    const res = await settle(() =>
      action(
        args(
          postRequest(
            '/doelen',
            {
              indicatorCode: 'one_plan',
              target: '80,5',
              floor: '30',
              effectiveFrom: '2026-09',
              note: 'bijgesteld',
            },
            cookie,
          ),
        ),
      ),
    );
    expect(res.status).toBe(200);
    expect(counts()).toEqual({ targets: before.targets + 1, audit: before.audit + 1 });
    const body = async (period: string) =>
      await (
        (
          await settle(() => scores(args(getRequest(`/api/scores?period=${period}`, cookie))))
        ).response as Response
      ).json();
    expect((await body('2026-Q3')).total.indicators.one_plan).toMatchObject({ target: 80.5, floor: 30 });
    expect((await body('2026-Q2')).total.indicators.one_plan).toMatchObject({ target: 90, floor: 40 });
    const page = await loader(args(getRequest('/doelen', cookie)));
    expect(page.history[0]).toMatchObject({
      indicatorCode: 'one_plan',
      target: 80.5,
      effectiveFrom: '2026-09',
      note: 'bijgesteld',
    });
  });
});
