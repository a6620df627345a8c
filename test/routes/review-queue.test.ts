import { and, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { regions, reports, reportValues, users } from '#db/schema';
import * as queueRoute from '#app/routes/_app.te-beoordelen/route';
import * as todoRoute from '#app/routes/_app.te-doen/route';
import * as listRoute from '#app/routes/_app.regios.$region.rapportages/route';
import * as reportRoute from '#app/routes/_app.regios.$region.rapportages_.$period/route';
import * as messagesRoute from '#app/routes/_app.beheer_.berichten/route';
import * as notificationsRoute from '#app/routes/_app.meldingen/route';
import { DATA_ELEMENTS } from '#app/domain/catalogue';
import { coordinatorEmail } from '#seeds/demo-accounts';
import { callRoute } from '#test/call-route';
import { DEMO_USERS, type DemoUser } from '#test/demo-users';
import { setupTestDatabase } from '#test/db';

const db = setupTestDatabase('seeded');

function emptyFields(slug: string, period: string): number {
  const region = db.select().from(regions).where(eq(regions.slug, slug)).get()!;
  const report = db
    .select()
    .from(reports)
    .where(and(eq(reports.regionId, region.id), eq(reports.period, period)))
    .get()!;
  const known = db
    .select()
    .from(reportValues)
    .where(and(eq(reportValues.reportId, report.id)))
    .all()
    .filter((v) => v.value !== null).length;
  return DATA_ELEMENTS.length - known;
}

describe('the review queue', () => {
  test('lists every submitted report across regions, oldest submission first, with its counts', async () => {
    const res = await callRoute<{
      queue: {
        regionSlug: string;
        period: string;
        submittedAt: string;
        empty: number;
        daysWaiting: number;
      }[];
    }>(queueRoute, { url: '/te-beoordelen', as: 'manager' });
    expect(res.status).toBe(200);
    const { queue } = res.data;
    const submitted = db
      .select({ slug: regions.slug, period: reports.period, at: reports.submittedAt })
      .from(reports)
      .innerJoin(regions, eq(regions.id, reports.regionId))
      .where(eq(reports.status, 'ingediend'))
      .all()
      .sort((a, b) => a.at!.localeCompare(b.at!));
    expect(submitted.length).toBeGreaterThanOrEqual(2);
    expect(queue.map((q) => `${q.regionSlug} ${q.period}`)).toEqual(
      submitted.map((s) => `${s.slug} ${s.period}`),
    );
    for (const q of queue)
      expect([q.regionSlug, q.empty]).toEqual([q.regionSlug, emptyFields(q.regionSlug, q.period)]);
    expect(queue.every((q) => q.daysWaiting >= 0)).toBe(true);
  });

  test('a coordinator may not open it', async () => {
    const res = await callRoute(queueRoute, { url: '/te-beoordelen', as: 'coordinatorA' });
    expect(res.status).toBe(403);
  });
});

describe('messages and the reminder setting', () => {
  test('a user switches reminders off and on for themselves only', async () => {
    const email = DEMO_USERS.coordinatorA;
    const post = (form: Record<string, string>) =>
      callRoute<{ notice: string }>(notificationsRoute, { url: '/meldingen', as: 'coordinatorA', form });
    const off = await post({});
    expect(off.data.notice).toBe('U ontvangt geen herinneringen meer.');
    const flags = () =>
      Object.fromEntries(
        db
          .select()
          .from(users)
          .all()
          .map((u) => [u.email, u.remindersEnabled]),
      );
    expect(flags()[email]).toBe(false);
    expect(Object.values(flags()).filter((v) => v === false)).toHaveLength(1);
    await post({ reminders: 'on' });
    expect(flags()[email]).toBe(true);
  });

  test('the admin reads the outbox; demo mode says messages are not sent', async () => {
    const res = await callRoute(messagesRoute, { url: '/beheer/berichten', as: 'admin' });
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ messages: [], smtp: false });
  });
});

describe('what happened to a report, and what is overdue', () => {
  test('the list marks a draft past its due date as overdue, and only that', async () => {
    const res = await callRoute<{ reports: { period: string; status: string; overdue: boolean }[] }>(
      listRoute,
      {
        url: '/regios/west-brabant-west/rapportages',
        as: 'coordinatorB',
        params: { region: 'west-brabant-west' },
      },
    );
    const { reports: list } = res.data;
    // October 2026 is a draft due 15 November; the test runs after that date.
    const today = new Date().toISOString().slice(0, 10);
    expect(today > '2026-11-15').toBe(true);
    expect(list.filter((r) => r.overdue).map((r) => r.period)).toEqual(
      list.filter((r) => r.status === 'concept' || r.status === 'teruggestuurd').map((r) => r.period),
    );
    expect(list.find((r) => r.period === '2026-10')).toMatchObject({ status: 'concept', overdue: true });
  });

  test('a manager opening a submitted report gets its review summary; a coordinator does not', async () => {
    const open = async (as: DemoUser | (string & {})) =>
      (
        await callRoute<{ review: { empty: string[]; changes: unknown[] } | null }>(reportRoute, {
          url: '/regios/foodvalley/rapportages/2026-10',
          as,
          params: { region: 'foodvalley', period: '2026-10' },
        })
      ).data;
    const manager = await open('manager');
    expect(manager.review).not.toBeNull();
    expect(manager.review!.empty).toHaveLength(emptyFields('foodvalley', '2026-10'));
    expect(manager.review!.changes.length).toBeLessThanOrEqual(5);
    expect((await open(coordinatorEmail('foodvalley'))).review).toBeNull();
  });
});

describe('Te doen, the start page per role', () => {
  const todo = async (as: DemoUser) =>
    (await callRoute<Record<string, unknown>>(todoRoute, { url: '/te-doen', as })).data;

  test('a coordinator sees their own open months, overdue marked, and nothing of other regions', async () => {
    const data = (await todo('coordinatorB')) as {
      open: { slug: string; period: string; overdue: boolean }[];
      experiments: unknown[];
    };
    expect(data.open.every((r) => r.slug === 'west-brabant-west')).toBe(true);
    expect(data.open.find((r) => r.period === '2026-10')).toMatchObject({ overdue: true });
  });

  test('a manager sees the review queue and the overdue reports across regions', async () => {
    const data = (await todo('manager')) as {
      queue: { slug: string; period: string }[];
      overdue: { slug: string; period: string }[];
    };
    const submitted = db.select().from(reports).where(eq(reports.status, 'ingediend')).all();
    expect(data.queue).toHaveLength(submitted.length);
    expect(data.overdue.map((r) => `${r.slug} ${r.period}`)).toContain('west-brabant-west 2026-10');
    expect(data.overdue.map((r) => `${r.slug} ${r.period}`)).toContain('utrecht 2026-10');
  });

  test('a reviewer gets the latest quarter approved in full for a region', async () => {
    const data = (await todo('reviewer')) as { quarter: string };
    expect(data.quarter).toBe('2026-Q3');
  });
});
