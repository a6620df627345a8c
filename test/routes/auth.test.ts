import { count, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { auditLog, sessions, users } from '#db/schema';
import * as login from '#app/routes/login/route';
import * as logout from '#app/routes/logout/route';
import * as appLayout from '#app/routes/_app/route';
import * as overview from '#app/routes/_app.overzicht/route';
import * as index from '#app/routes/_index/route';
import * as adminPage from '#app/routes/_app.beheer/route';
import { callRoute } from '#test/call-route';
import { DEMO_USERS } from '#test/demo-users';
import { setupTestDatabase } from '#test/db';
import { langCookie } from '#app/utils/lang.server';

const db = setupTestDatabase('seeded');
const PASSWORD = 'demo-wachtwoord-2026';
type Refused = { error: Record<string, string[]> };
const logIn = (form: Record<string, string>) => callRoute<Refused>(login, { url: '/login', form });
/** The session cookie a login set (name=value). */
const sessionOf = (res: { headers: Headers }) => res.headers.get('Set-Cookie')!.split(';')[0]!;

describe('login', () => {
  test('a demo coordinator logs in, gets a fresh server-side session and lands on their start page (Te doen)', async () => {
    const before = db.select({ n: count() }).from(sessions).get()!.n;
    const res = await logIn({ email: 'Coordinator.Zeeland@demo.proeftuinmonitor.nl', password: PASSWORD });
    expect(res.status).toBe(302);
    expect(res.headers.get('Location')).toBe('/te-doen');
    const cookie = res.headers.get('Set-Cookie')!;
    expect(cookie).toMatch(/^__session=/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(db.select({ n: count() }).from(sessions).get()!.n).toBe(before + 1);
    const { data: layout } = await callRoute<Awaited<ReturnType<typeof appLayout.loader>>>(appLayout, {
      url: '/overzicht',
      cookie: sessionOf(res),
    });
    expect(layout.user.email).toBe(DEMO_USERS['coordinator.zeeland']);
  });

  test('managers and reviewers land on their start page (Te doen) too, the admin on Beheer', async () => {
    for (const [email, start] of [
      [DEMO_USERS.manager, '/te-doen'],
      [DEMO_USERS.reviewer, '/te-doen'],
      [DEMO_USERS.coordinatorA, '/te-doen'],
      [DEMO_USERS.admin, '/beheer'],
    ] as const) {
      const res = await logIn({ email, password: PASSWORD });
      expect(res.headers.get('Location'), email).toBe(start);
      const home = await callRoute(index, { url: '/', cookie: sessionOf(res) });
      expect(home.headers.get('Location'), email).toBe(start);
    }
  });

  test('logging in without a language chosen takes the language the user chose before (also their e-mails’)', async () => {
    db.update(users).set({ lang: 'en' }).where(eq(users.email, DEMO_USERS.manager2)).run();
    const res = await logIn({ email: DEMO_USERS.manager2, password: PASSWORD });
    const cookies = res.headers.getSetCookie();
    expect(cookies).toHaveLength(2);
    expect(cookies[0]).toMatch(/^__session=/);
    expect(await langCookie.parse(cookies[1]!.split(';')[0]!)).toBe('en');
    db.update(users).set({ lang: 'nl' }).where(eq(users.email, DEMO_USERS.manager2)).run();
  });

  test('the admin lands on the administration page', async () => {
    const res = await logIn({ email: DEMO_USERS.admin, password: PASSWORD });
    expect(res.headers.get('Location')).toBe('/beheer');
  });

  test('a wrong password gives 401, a clear message in Dutch, and no session', async () => {
    const before = db.select({ n: count() }).from(sessions).get()!.n;
    const { status, data: body } = await logIn({ email: DEMO_USERS.manager, password: 'fout-wachtwoord' });
    expect(status).toBe(401);
    expect(body.error['']).toEqual([
      'Het e-mailadres of wachtwoord is onjuist, of het account is uitgeschakeld.',
    ]);
    expect(db.select({ n: count() }).from(sessions).get()!.n).toBe(before);
  });

  test('an unknown address gets exactly the same answer as a wrong password', async () => {
    const { status, data } = await logIn({
      email: 'niemand@demo.proeftuinmonitor.nl',
      password: 'fout-wachtwoord',
    });
    expect(status).toBe(401);
    expect(data.error['']).toEqual([
      'Het e-mailadres of wachtwoord is onjuist, of het account is uitgeschakeld.',
    ]);
  });

  test('empty fields are refused with a message per field', async () => {
    const { status, data } = await logIn({ email: '', password: '' });
    expect(status).toBe(400);
    const error = data.error;
    expect(error.email).toEqual(['Vul uw e-mailadres in.']);
    expect(error.password).toEqual(['Vul uw wachtwoord in.']);
  });

  test('a disabled account cannot log in', async () => {
    db.update(users).set({ disabled: true }).where(eq(users.email, DEMO_USERS.manager2)).run();
    const { status } = await logIn({ email: DEMO_USERS.manager2, password: PASSWORD });
    expect(status).toBe(401);
    db.update(users).set({ disabled: false }).where(eq(users.email, DEMO_USERS.manager2)).run();
  });

  test('an outside redirect target is ignored', async () => {
    const res = await logIn({ email: DEMO_USERS.reviewer, password: PASSWORD, redirectTo: '//evil.example' });
    expect(res.headers.get('Location')).toBe('/te-doen');
  });

  test('the login page lists the demo logins in demo mode', async () => {
    const { data } = await callRoute<{ demoLogins: { accounts: unknown[]; password: string } }>(login, {
      url: '/login',
    });
    expect(data.demoLogins.accounts).toHaveLength(10);
    expect(data.demoLogins.password).toBe(PASSWORD);
  });

  test('logins are written to the audit log', () => {
    const rows = db.select().from(auditLog).where(eq(auditLog.action, 'login.failure')).all();
    expect(rows.length).toBe(3);
  });
});

describe('sessions and pages', () => {
  test('an anonymous visitor is sent to the login page, and comes back afterwards', async () => {
    const { status, headers } = await callRoute(overview, { url: '/overzicht' });
    expect(status).toBe(302);
    expect(headers.get('Location')).toBe('/login?redirectTo=%2Foverzicht');
  });

  test('logout ends the session on the server', async () => {
    const cookie = sessionOf(await logIn({ email: DEMO_USERS.reviewer, password: PASSWORD }));
    expect((await callRoute(overview, { url: '/overzicht', cookie })).status).toBe(200);
    const res = await callRoute(logout, { url: '/logout', form: {}, cookie });
    expect(res.headers.get('Location')).toBe('/login');
    const after = await callRoute(overview, { url: '/overzicht', cookie });
    expect(after.status).toBe(302);
  });

  test('a reviewer may not open the administration page', async () => {
    expect((await callRoute(adminPage, { url: '/beheer', as: 'reviewer' })).status).toBe(403);
  });

  test('an admin does not read programme figures', async () => {
    expect((await callRoute(overview, { url: '/overzicht', as: 'admin' })).status).toBe(403);
  });
});
