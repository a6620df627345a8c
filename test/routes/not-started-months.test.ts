/**
 * A month nobody started has no report row, yet it is as late as a draft (issue 10): the reminder
 * and overdue e-mails, the start page and the region's report list all name it. Dates checked by
 * hand: the demo's last month is October 2026; November 2026 is due on 15 December 2026 (due day
 * 15), so its reminder starts on 12 December (3 days before) and it is overdue from 16 December.
 */
import { and, eq, like } from 'drizzle-orm';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { outbox, regions, reports, users } from '#db/schema';
import * as todoRoute from '#app/routes/_app.te-doen/route';
import * as listRoute from '#app/routes/_app.regios.$region.rapportages/route';
import { queueDueReminders } from '#app/models/outbox.server';
import { callRoute } from '#test/call-route';
import { DEMO_USERS } from '#test/demo-users';
import { setupTestDatabase } from '#test/db';

const db = setupTestDatabase('seeded');
const UTRECHT = DEMO_USERS.coordinatorA;

function at(iso: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
}
afterEach(() => {
  vi.useRealTimers();
});

const novemberMail = () =>
  db
    .select({ to: outbox.toAddress, kind: outbox.kind, subject: outbox.subject, body: outbox.body })
    .from(outbox)
    .where(like(outbox.subject, '%november 2026%'))
    .orderBy(outbox.id)
    .all();

describe('a month without a report row', () => {
  test('before its month has ended it is not asked for; on 30 November nothing of November is due', async () => {
    at('2026-11-30T10:00:00Z');
    const { data } = await callRoute<{ notStarted: unknown[] }>(todoRoute, {
      url: '/te-doen',
      as: 'coordinatorA',
    });
    expect(data.notStarted).toEqual([]);
    // only October's two drafts (Utrecht, West-Brabant West), overdue since 16 November
    expect(queueDueReminders({ today: '2026-11-30', daysBefore: 3, dueDay: 15 })).toBe(2);
    expect(
      db.select({ to: outbox.toAddress, kind: outbox.kind, subject: outbox.subject }).from(outbox).all(),
    ).toEqual([
      { to: UTRECHT, kind: 'overdue', subject: 'Te laat: maandrapportage Utrecht oktober 2026' },
      {
        to: DEMO_USERS.coordinatorB,
        kind: 'overdue',
        subject: 'Te laat: maandrapportage West-Brabant West oktober 2026',
      },
    ]);
    expect(novemberMail()).toEqual([]);
  });

  test('the start page lists November as not started with its due date, and overdue only after it', async () => {
    at('2026-12-15T10:00:00Z');
    const before = await callRoute<{ notStarted: { period: string; due: string; overdue: boolean }[] }>(
      todoRoute,
      { url: '/te-doen', as: 'coordinatorA' },
    );
    expect(before.data.notStarted.map(({ period, due, overdue }) => ({ period, due, overdue }))).toEqual([
      { period: '2026-11', due: '2026-12-15', overdue: false },
    ]);
    at('2026-12-16T10:00:00Z');
    const after = await callRoute<{ notStarted: { period: string; due: string; overdue: boolean }[] }>(
      todoRoute,
      { url: '/te-doen', as: 'coordinatorA' },
    );
    expect(after.data.notStarted.map(({ period, due, overdue }) => ({ period, due, overdue }))).toEqual([
      { period: '2026-11', due: '2026-12-15', overdue: true },
    ]);
  });

  test("the manager's start page names every region whose November is overdue, started or not", async () => {
    at('2026-12-16T10:00:00Z');
    const { data } = await callRoute<{ overdue: { slug: string; period: string; due: string }[] }>(
      todoRoute,
      {
        url: '/te-doen',
        as: 'manager',
      },
    );
    const active = db.select({ slug: regions.slug }).from(regions).where(eq(regions.active, true)).all();
    expect(active).toHaveLength(6);
    expect(
      data.overdue
        .filter((r) => r.period === '2026-11')
        .map((r) => r.slug)
        .sort(),
    ).toEqual(active.map((r) => r.slug).sort());
    expect(new Set(data.overdue.filter((r) => r.period === '2026-11').map((r) => r.due))).toEqual(
      new Set(['2026-12-15']),
    );
  });

  test('the report list shows November as not started and overdue, above October', async () => {
    at('2026-12-16T10:00:00Z');
    const { data } = await callRoute<{
      missing: { period: string; due: string; overdue: boolean; status: null }[];
    }>(listRoute, { url: '/regios/utrecht/rapportages', as: 'coordinatorA', params: { region: 'utrecht' } });
    expect(data.missing).toEqual([{ period: '2026-11', due: '2026-12-15', overdue: true, status: null }]);
  });

  test('reminder from 12 December and overdue from 16 December, once each, also after the report is started', async () => {
    db.update(users).set({ remindersEnabled: false }).where(eq(users.email, DEMO_USERS.coordinatorB)).run();
    // October's overdue messages went out on 30 November (above), once each; November's not yet
    expect(queueDueReminders({ today: '2026-12-11', daysBefore: 3, dueDay: 15 })).toBe(0);
    expect(novemberMail()).toEqual([]);
    queueDueReminders({ today: '2026-12-12', daysBefore: 3, dueDay: 15 });
    const reminders = novemberMail();
    // six regions, one coordinator each; West-Brabant West's switched reminders off
    expect(reminders).toHaveLength(5);
    expect(reminders.find((m) => m.to === UTRECHT)).toEqual({
      to: UTRECHT,
      kind: 'reminder',
      subject: 'Herinnering: maandrapportage Utrecht november 2026 uiterlijk 15-12-2026',
      body: expect.stringContaining('/regios/utrecht/rapportages\n') as unknown as string,
    });
    expect(reminders.some((m) => m.to === DEMO_USERS.coordinatorB)).toBe(false);
    expect(queueDueReminders({ today: '2026-12-15', daysBefore: 3, dueDay: 15 })).toBe(0);
    queueDueReminders({ today: '2026-12-16', daysBefore: 3, dueDay: 15 });
    expect(
      novemberMail()
        .filter((m) => m.to === UTRECHT)
        .map((m) => [m.kind, m.subject]),
    ).toEqual([
      ['reminder', 'Herinnering: maandrapportage Utrecht november 2026 uiterlijk 15-12-2026'],
      ['overdue', 'Te laat: maandrapportage Utrecht november 2026'],
    ]);
    // Utrecht's coordinator starts November: still a draft, still overdue, but no second message.
    const utrecht = db.select().from(regions).where(eq(regions.slug, 'utrecht')).get()!;
    db.insert(reports).values({ regionId: utrecht.id, period: '2026-11' }).run();
    expect(
      db
        .select()
        .from(reports)
        .where(and(eq(reports.regionId, utrecht.id), eq(reports.period, '2026-11')))
        .all(),
    ).toHaveLength(1);
    queueDueReminders({ today: '2026-12-17', daysBefore: 3, dueDay: 15 });
    expect(novemberMail().filter((m) => m.to === UTRECHT)).toHaveLength(2);
  });
});
