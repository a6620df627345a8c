import { count } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { narrativeHistory, narratives } from '#db/schema';
import * as narrative from '#app/routes/_app.regios.$region.verhaal.$quarter/route';
import * as progressRoute from '#app/routes/_app.voortgang/route';
import { callRoute } from '#test/call-route';
import type { DemoUser } from '#test/demo-users';
import { setupTestDatabase } from '#test/db';

const db = setupTestDatabase('seeded');
const params = { region: 'zeeland', quarter: '2026-Q3' };
const URL_ = '/regios/zeeland/verhaal/2026-Q3';
const rows = () => ({
  narratives: db.select({ n: count() }).from(narratives).get()!.n,
  history: db.select({ n: count() }).from(narrativeHistory).get()!.n,
});

const post = (as: DemoUser, form: Record<string, string>) =>
  callRoute(narrative, { url: URL_, as, form, params });
const view = async (as: DemoUser) =>
  (await callRoute<Awaited<ReturnType<typeof narrative.loader>>>(narrative, { url: URL_, as, params })).data;
const progress = async (as: DemoUser) =>
  (
    await callRoute<Awaited<ReturnType<typeof progressRoute.loader>>>(progressRoute, {
      url: '/voortgang?period=2026-Q3',
      as,
    })
  ).data;

describe('the quarterly narrative', () => {
  test('a coordinator writes a draft; a reviewer and another coordinator never see it, nor does the progress report', async () => {
    const saved = await post('coordinator.zeeland', {
      intent: 'save',
      version: '0',
      context: 'Zomervakantie: minder meldingen.',
      learned: '',
      principle_family: 'Familiegroepsplannen vaker ingezet.',
    });
    expect(saved.status).toBe(200);
    expect(rows()).toEqual({ narratives: 1, history: 1 });
    expect((await view('coordinator.zeeland')).narrative).toMatchObject({
      status: 'concept',
      version: 1,
      principles: { family: 'Familiegroepsplannen vaker ingezet.' },
    });
    expect((await view('reviewer')).narrative).toBeNull();
    expect((await view('coordinatorA')).narrative).toBeNull();
    expect((await progress('reviewer')).narratives).toEqual([]);
  });

  test('submitting without context is a 400; a stale version is a 409; a reviewer may not post (403); nothing changes', async () => {
    const before = rows();
    expect((await post('coordinator.zeeland', { intent: 'submit', version: '1', context: ' ' })).status).toBe(
      400,
    );
    expect((await post('coordinator.zeeland', { intent: 'save', version: '0', context: 'oud' })).status).toBe(
      409,
    );
    expect((await post('reviewer', { intent: 'approve', version: '1' })).status).toBe(403);
    expect((await post('coordinatorA', { intent: 'save', version: '1', context: 'x' })).status).toBe(403);
    expect(rows()).toEqual(before);
  });

  test('submitted, returned with a reason, submitted again and approved: then the reviewer reads it in the progress report', async () => {
    const text = { context: 'Zomervakantie: minder meldingen.', learned: 'Vroeg overleg helpt.' };
    expect((await post('coordinator.zeeland', { intent: 'submit', version: '1', ...text })).status).toBe(200);
    expect((await post('manager', { intent: 'approve', version: '1', ...text })).status).toBe(409);
    expect((await post('manager', { intent: 'return', version: '2', ...text })).status).toBe(400);
    expect(
      (await post('manager', { intent: 'return', version: '2', reason: 'Noem de cijfers.', ...text })).status,
    ).toBe(200);
    expect((await view('coordinator.zeeland')).narrative).toMatchObject({
      status: 'teruggestuurd',
      returnReason: 'Noem de cijfers.',
    });
    expect((await post('coordinator.zeeland', { intent: 'submit', version: '3', ...text })).status).toBe(200);
    expect((await progress('reviewer')).narratives).toEqual([]);
    expect((await post('manager', { intent: 'approve', version: '4', ...text })).status).toBe(200);
    // approved: locked for the coordinator
    expect((await post('coordinator.zeeland', { intent: 'save', version: '5', ...text })).status).toBe(409);
    const shown = (await progress('reviewer')).narratives;
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ regionSlug: 'zeeland', learned: 'Vroeg overleg helpt.' });
    expect((await view('reviewer')).narrative).toMatchObject({ status: 'goedgekeurd' });
    expect((await view('reviewer')).history).toEqual([]);
    const history = (await view('manager')).history.map((h) => [h.version, h.action, h.status]);
    expect(history).toEqual([
      [5, 'approve', 'goedgekeurd'],
      [4, 'submit', 'ingediend'],
      [3, 'return', 'teruggestuurd'],
      [2, 'submit', 'ingediend'],
      [1, 'save', 'concept'],
    ]);
  });
});
