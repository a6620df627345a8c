import { and, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { regions, reports, reportValues, users } from '../../db/schema';
import { loader as queueLoader } from '../../app/routes/_app.te-beoordelen/route';
import { loader as todoLoader } from '../../app/routes/_app.te-doen/route';
import { loader as listLoader } from '../../app/routes/_app.regios.$region.rapportages/route';
import { loader as reportLoader } from '../../app/routes/_app.regios.$region.rapportages_.$period/route';
import { loader as messagesLoader } from '../../app/routes/_app.beheer_.berichten/route';
import { action as notificationsAction } from '../../app/routes/_app.meldingen/route';
import { DATA_ELEMENTS } from '../../app/domain/catalogue';
import { setupTestDatabase } from '../db';
import { getRequest, postRequest, sessionCookieFor, settle } from '../requests';

const db = setupTestDatabase('seeded');
const MANAGER = 'manager1@demo.proeftuinmonitor.nl';

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
    const cookie = await sessionCookieFor(MANAGER);
    const res = await settle(() =>
      queueLoader({ request: getRequest('/te-beoordelen', cookie), params: {}, context: {} }),
    );
    expect(res.status).toBe(200);
    const { queue } = res.response as {
      queue: {
        regionSlug: string;
        period: string;
        submittedAt: string;
        empty: number;
        daysWaiting: number;
      }[];
    };
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
    const cookie = await sessionCookieFor('coordinator.utrecht@demo.proeftuinmonitor.nl');
    const res = await settle(() =>
      queueLoader({ request: getRequest('/te-beoordelen', cookie), params: {}, context: {} }),
    );
    expect(res.status).toBe(403);
  });
});

describe('messages and the reminder setting', () => {
  test('a user switches reminders off and on for themselves only', async () => {
    const email = 'coordinator.utrecht@demo.proeftuinmonitor.nl';
    const cookie = await sessionCookieFor(email);
    const post = (fields: Record<string, string>) =>
      settle(() =>
        notificationsAction({ request: postRequest('/meldingen', fields, cookie), params: {}, context: {} }),
      );
    const off = await post({});
    expect((off.response as { notice: string }).notice).toBe('U ontvangt geen herinneringen meer.');
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
    const cookie = await sessionCookieFor('admin@demo.proeftuinmonitor.nl');
    const res = await settle(() =>
      messagesLoader({ request: getRequest('/beheer/berichten', cookie), params: {}, context: {} }),
    );
    expect(res.status).toBe(200);
    expect(res.response).toEqual({ messages: [], smtp: false });
  });
});

describe('what happened to a report, and what is overdue', () => {
  test('the list marks a draft past its due date as overdue, and only that', async () => {
    const cookie = await sessionCookieFor('coordinator.west-brabant-west@demo.proeftuinmonitor.nl');
    const res = await settle(() =>
      listLoader({
        request: getRequest('/regios/west-brabant-west/rapportages', cookie),
        params: { region: 'west-brabant-west' },
        context: {},
      }),
    );
    const { reports: list } = res.response as {
      reports: { period: string; status: string; overdue: boolean }[];
    };
    // October 2026 is a draft due 15 November; the test runs after that date.
    const today = new Date().toISOString().slice(0, 10);
    expect(today > '2026-11-15').toBe(true);
    expect(list.filter((r) => r.overdue).map((r) => r.period)).toEqual(
      list.filter((r) => r.status === 'concept' || r.status === 'teruggestuurd').map((r) => r.period),
    );
    expect(list.find((r) => r.period === '2026-10')).toMatchObject({ status: 'concept', overdue: true });
  });

  test('a manager opening a submitted report gets its review summary; a coordinator does not', async () => {
    const open = async (email: string) =>
      (
        await settle(async () =>
          reportLoader({
            request: getRequest('/regios/foodvalley/rapportages/2026-10', await sessionCookieFor(email)),
            params: { region: 'foodvalley', period: '2026-10' },
            context: {},
          }),
        )
      ).response as { review: { empty: string[]; changes: unknown[] } | null };
    const manager = await open(MANAGER);
    expect(manager.review).not.toBeNull();
    expect(manager.review!.empty).toHaveLength(emptyFields('foodvalley', '2026-10'));
    expect(manager.review!.changes.length).toBeLessThanOrEqual(5);
    expect((await open('coordinator.foodvalley@demo.proeftuinmonitor.nl')).review).toBeNull();
  });
});

describe('Te doen, the start page per role', () => {
  const todo = async (email: string) =>
    (
      await settle(async () =>
        todoLoader({
          request: getRequest('/te-doen', await sessionCookieFor(email)),
          params: {},
          context: {},
        }),
      )
    ).response as Record<string, unknown>;

  test('a coordinator sees their own open months, overdue marked, and nothing of other regions', async () => {
    const data = (await todo('coordinator.west-brabant-west@demo.proeftuinmonitor.nl')) as {
      open: { slug: string; period: string; overdue: boolean }[];
      experiments: unknown[];
    };
    expect(data.open.every((r) => r.slug === 'west-brabant-west')).toBe(true);
    expect(data.open.find((r) => r.period === '2026-10')).toMatchObject({ overdue: true });
  });

  test('a manager sees the review queue and the overdue reports across regions', async () => {
    const data = (await todo(MANAGER)) as {
      queue: { slug: string; period: string }[];
      overdue: { slug: string; period: string }[];
    };
    const submitted = db.select().from(reports).where(eq(reports.status, 'ingediend')).all();
    expect(data.queue).toHaveLength(submitted.length);
    expect(data.overdue.map((r) => `${r.slug} ${r.period}`)).toContain('west-brabant-west 2026-10');
    expect(data.overdue.map((r) => `${r.slug} ${r.period}`)).toContain('utrecht 2026-10');
  });

  test('a reviewer gets the latest quarter approved in full for a region', async () => {
    const data = (await todo('reviewer@demo.proeftuinmonitor.nl')) as { quarter: string };
    expect(data.quarter).toBe('2026-Q3');
  });
});
