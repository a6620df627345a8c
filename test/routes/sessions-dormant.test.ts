/** The own sessions page and dormant accounts (issue 27, items 4 and 5). */
import { and, count, eq, isNull } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { auditLog, outbox, sessions, users } from '#db/schema';
import * as sessionsPage from '#app/routes/_app.sessies/route';
import * as login from '#app/routes/login/route';
import * as overview from '#app/routes/_app.overzicht/route';
import * as admin from '#app/routes/_app.beheer/route';
import { disableDormantAccounts } from '#app/models/accounts.server';
import { DEMO_PASSWORD } from '#seeds/demo-accounts';
import { callRoute } from '#test/call-route';
import { DEMO_USERS } from '#test/demo-users';
import { setupTestDatabase } from '#test/db';

const db = setupTestDatabase('seeded');
const cookieOf = (res: { headers: Headers }) => res.headers.get('Set-Cookie')!.split(';')[0]!;
const userByEmail = (email: string) => db.select().from(users).where(eq(users.email, email)).get()!;
const auditCount = (action: string) =>
  db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, action)).get()!.n;
const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0';
const SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const signIn = (email: string, ua: string, ip: string) =>
  callRoute(login, {
    url: '/login',
    form: { email, password: DEMO_PASSWORD, redirectTo: '' },
    headers: { 'User-Agent': ua },
    context: { clientIp: ip },
  });
type Rows = { sessions: { key: number; current: boolean; device: string | null; ip: string | null }[] };

describe('sessions a user can see', () => {
  test('lists device and address of each sign-in, this one marked; "sign out everywhere else" keeps only this one', async () => {
    const email = DEMO_USERS.reviewer;
    const desk = cookieOf(await signIn(email, FIREFOX, '203.0.113.10'));
    const phone = cookieOf(await signIn(email, SAFARI, '203.0.113.11'));
    const list = await callRoute<Rows>(sessionsPage, { url: '/sessies', cookie: desk });
    expect(list.status).toBe(200);
    expect(list.data.sessions.map((s) => [s.device, s.ip, s.current])).toEqual(
      expect.arrayContaining([
        ['Firefox · Windows', '203.0.113.10', true],
        ['Safari · iOS', '203.0.113.11', false],
      ]),
    );
    // session ids never reach the page
    expect(JSON.stringify(list.data)).not.toContain(desk.split('=')[1]!.split('.')[0]!);
    const res = await callRoute<{ notice: string }>(sessionsPage, {
      url: '/sessies',
      cookie: desk,
      form: { intent: 'end-others' },
    });
    expect(res.status).toBe(200);
    expect(res.data.notice).toBe(`Beëindigde sessies: ${list.data.sessions.length - 1}.`);
    expect((await callRoute(overview, { url: '/overzicht', cookie: phone })).status).toBe(302);
    expect((await callRoute(overview, { url: '/overzicht', cookie: desk })).status).toBe(200);
    const reviewer = userByEmail(email);
    expect(
      db
        .select({ n: count() })
        .from(sessions)
        .where(and(eq(sessions.userId, reviewer.id), isNull(sessions.revokedAt)))
        .get()!.n,
    ).toBe(1);
    expect(auditCount('session.end_others')).toBe(1);
  });

  test('ends one other session by its place in the list; the own session cannot be ended that way', async () => {
    const email = DEMO_USERS.manager2;
    const desk = cookieOf(await signIn(email, FIREFOX, '203.0.113.20'));
    const phone = cookieOf(await signIn(email, SAFARI, '203.0.113.21'));
    const list = await callRoute<Rows>(sessionsPage, { url: '/sessies', cookie: desk });
    const mine = list.data.sessions.find((s) => s.current)!;
    const other = list.data.sessions.find((s) => s.device === 'Safari · iOS')!;
    const own = await callRoute(sessionsPage, {
      url: '/sessies',
      cookie: desk,
      form: { intent: 'end', session: String(mine.key) },
    });
    expect(own.status).toBe(404);
    const res = await callRoute(sessionsPage, {
      url: '/sessies',
      cookie: desk,
      form: { intent: 'end', session: String(other.key) },
    });
    expect(res.status).toBe(200);
    expect((await callRoute(overview, { url: '/overzicht', cookie: phone })).status).toBe(302);
    expect((await callRoute(overview, { url: '/overzicht', cookie: desk })).status).toBe(200);
  });
});

describe('dormant accounts', () => {
  const DAY = 86_400_000;
  const now = new Date('2027-03-01T08:00:00.000Z');
  const ago = (days: number) => new Date(now.getTime() - days * DAY).toISOString();

  test('a warning e-mail a week before, disabled after the period, audited; the admin enables it again', async () => {
    const email = DEMO_USERS.coordinatorB;
    const user = userByEmail(email);
    // everyone else signed in yesterday
    db.update(users)
      .set({ lastLoginAt: ago(1) })
      .run();
    db.update(users)
      .set({ lastLoginAt: ago(84) })
      .where(eq(users.id, user.id))
      .run();
    expect(disableDormantAccounts({ days: 90, now: new Date(now.getTime() - 2 * DAY) })).toEqual({
      warned: 0,
      disabled: 0,
    });
    expect(disableDormantAccounts({ days: 90, now })).toEqual({ warned: 1, disabled: 0 });
    const warning = db
      .select()
      .from(outbox)
      .where(and(eq(outbox.toAddress, email), eq(outbox.kind, 'dormant_warning')))
      .all();
    expect(warning).toHaveLength(1);
    expect(warning[0]!.body).toContain('U heeft al 84 dagen niet ingelogd');
    expect(warning[0]!.body).toContain('vóór 2027-03-08');
    // warned once only
    expect(disableDormantAccounts({ days: 90, now: new Date(now.getTime() + DAY) })).toEqual({
      warned: 0,
      disabled: 0,
    });
    expect(disableDormantAccounts({ days: 90, now: new Date(now.getTime() + 7 * DAY) })).toEqual({
      warned: 0,
      disabled: 1,
    });
    const after = userByEmail(email);
    expect(after.disabled).toBe(true);
    expect(after.disabledReason).toBe('dormant');
    expect(auditCount('user.dormant_warning')).toBe(1);
    expect(
      db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'user.disable'), eq(auditLog.entityId, String(user.id))))
        .get()!.detail,
    ).toMatchObject({ reason: 'dormant' });
    const list = await callRoute<{ users: { email: string; disabledReason: string | null }[] }>(admin, {
      url: '/beheer',
      as: 'admin',
    });
    expect(list.data.users.find((u) => u.email === email)!.disabledReason).toBe('dormant');
    const enable = await callRoute(admin, {
      url: '/beheer',
      as: 'admin',
      form: { intent: 'toggle', userId: String(user.id), disabled: 'false' },
    });
    expect(enable.status).toBe(200);
    const enabled = userByEmail(email);
    expect(enabled.disabled).toBe(false);
    expect(enabled.disabledReason).toBeNull();
    expect(enabled.dormantWarnedAt).toBeNull();
  });

  test('a sign-in clears the warning; the last admin is never disabled; 0 days switches it off', async () => {
    const adminUser = userByEmail(DEMO_USERS.admin);
    db.update(users)
      .set({ lastLoginAt: ago(200), dormantWarnedAt: ago(30) })
      .where(eq(users.id, adminUser.id))
      .run();
    expect(disableDormantAccounts({ days: 0, now })).toEqual({ warned: 0, disabled: 0 });
    expect(disableDormantAccounts({ days: 90, now }).disabled).toBe(0);
    expect(userByEmail(DEMO_USERS.admin).disabled).toBe(false);
    const reviewer = userByEmail(DEMO_USERS.reviewer);
    db.update(users)
      .set({ lastLoginAt: ago(85), dormantWarnedAt: ago(3) })
      .where(eq(users.id, reviewer.id))
      .run();
    await signIn(DEMO_USERS.reviewer, FIREFOX, '203.0.113.30');
    const signedIn = userByEmail(DEMO_USERS.reviewer);
    expect(signedIn.dormantWarnedAt).toBeNull();
    expect(Date.parse(signedIn.lastLoginAt!)).toBeGreaterThan(Date.now() - 60_000);
  });
});
