import { count, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { auditLog, sessions, users } from '../../db/schema';
import { action as loginAction, loader as loginLoader } from '../../app/routes/login/route';
import { action as logoutAction } from '../../app/routes/logout/route';
import { loader as appLoader } from '../../app/routes/_app/route';
import { loader as overviewLoader } from '../../app/routes/_app.overzicht/route';
import { loader as indexLoader } from '../../app/routes/_index/route';
import { loader as adminLoader } from '../../app/routes/_app.beheer/route';
import { setupTestDatabase } from '../db';
import { langCookie } from '../../app/utils/lang.server';
import { getRequest, postRequest, sessionCookieFor, settle } from '../requests';

const db = setupTestDatabase('seeded');
const args = (request: Request) => ({ request, params: {}, context: {} });
const PASSWORD = 'demo-wachtwoord-2026';

describe('login', () => {
  test('a demo coordinator logs in, gets a fresh server-side session and lands on their start page (Te doen)', async () => {
    const before = db.select({ n: count() }).from(sessions).get()!.n;
    const res = (await loginAction(
      args(
        postRequest('/login', { email: 'Coordinator.Zeeland@demo.proeftuinmonitor.nl', password: PASSWORD }),
      ),
    )) as Response;
    expect(res.status).toBe(302);
    expect(res.headers.get('Location')).toBe('/te-doen');
    const cookie = res.headers.get('Set-Cookie')!;
    expect(cookie).toMatch(/^__session=/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(db.select({ n: count() }).from(sessions).get()!.n).toBe(before + 1);
    const layout = await appLoader(args(getRequest('/overzicht', cookie.split(';')[0])));
    expect(layout.user.email).toBe('coordinator.zeeland@demo.proeftuinmonitor.nl');
  });

  test('managers and reviewers land on their start page (Te doen) too, the admin on Beheer', async () => {
    for (const [email, start] of [
      ['manager1@demo.proeftuinmonitor.nl', '/te-doen'],
      ['reviewer@demo.proeftuinmonitor.nl', '/te-doen'],
      ['coordinator.utrecht@demo.proeftuinmonitor.nl', '/te-doen'],
      ['admin@demo.proeftuinmonitor.nl', '/beheer'],
    ] as const) {
      const res = (await loginAction(args(postRequest('/login', { email, password: PASSWORD })))) as Response;
      expect(res.headers.get('Location'), email).toBe(start);
      const cookie = res.headers.get('Set-Cookie')!.split(';')[0]!;
      const home = await settle(() => indexLoader(args(getRequest('/', cookie))));
      expect((home.response as Response).headers.get('Location'), email).toBe(start);
    }
  });

  test('logging in without a language chosen takes the language the user chose before (also their e-mails’)', async () => {
    db.update(users).set({ lang: 'en' }).where(eq(users.email, 'manager2@demo.proeftuinmonitor.nl')).run();
    const res = (await loginAction(
      args(postRequest('/login', { email: 'manager2@demo.proeftuinmonitor.nl', password: PASSWORD })),
    )) as Response;
    const cookies = res.headers.getSetCookie();
    expect(cookies).toHaveLength(2);
    expect(cookies[0]).toMatch(/^__session=/);
    expect(await langCookie.parse(cookies[1]!.split(';')[0]!)).toBe('en');
    db.update(users).set({ lang: 'nl' }).where(eq(users.email, 'manager2@demo.proeftuinmonitor.nl')).run();
  });

  test('the admin lands on the administration page', async () => {
    const res = (await loginAction(
      args(postRequest('/login', { email: 'admin@demo.proeftuinmonitor.nl', password: PASSWORD })),
    )) as Response;
    expect(res.headers.get('Location')).toBe('/beheer');
  });

  test('a wrong password gives 401, a clear message in Dutch, and no session', async () => {
    const before = db.select({ n: count() }).from(sessions).get()!.n;
    const { status, response } = await settle(() =>
      loginAction(
        args(
          postRequest('/login', { email: 'manager1@demo.proeftuinmonitor.nl', password: 'fout-wachtwoord' }),
        ),
      ),
    );
    expect(status).toBe(401);
    const body = response as { data: { error: Record<string, string[]> } };
    expect(body.data.error['']).toEqual([
      'Het e-mailadres of wachtwoord is onjuist, of het account is uitgeschakeld.',
    ]);
    expect(db.select({ n: count() }).from(sessions).get()!.n).toBe(before);
  });

  test('an unknown address gets exactly the same answer as a wrong password', async () => {
    const { status, response } = await settle(() =>
      loginAction(
        args(
          postRequest('/login', { email: 'niemand@demo.proeftuinmonitor.nl', password: 'fout-wachtwoord' }),
        ),
      ),
    );
    expect(status).toBe(401);
    expect((response as { data: { error: Record<string, string[]> } }).data.error['']).toEqual([
      'Het e-mailadres of wachtwoord is onjuist, of het account is uitgeschakeld.',
    ]);
  });

  test('empty fields are refused with a message per field', async () => {
    const { status, response } = await settle(() =>
      loginAction(args(postRequest('/login', { email: '', password: '' }))),
    );
    expect(status).toBe(400);
    const error = (response as { data: { error: Record<string, string[]> } }).data.error;
    expect(error.email).toEqual(['Vul uw e-mailadres in.']);
    expect(error.password).toEqual(['Vul uw wachtwoord in.']);
  });

  test('a disabled account cannot log in', async () => {
    db.update(users)
      .set({ disabled: true })
      .where(eq(users.email, 'manager2@demo.proeftuinmonitor.nl'))
      .run();
    const { status } = await settle(() =>
      loginAction(
        args(postRequest('/login', { email: 'manager2@demo.proeftuinmonitor.nl', password: PASSWORD })),
      ),
    );
    expect(status).toBe(401);
    db.update(users)
      .set({ disabled: false })
      .where(eq(users.email, 'manager2@demo.proeftuinmonitor.nl'))
      .run();
  });

  test('an outside redirect target is ignored', async () => {
    const res = (await loginAction(
      args(
        postRequest('/login', {
          email: 'reviewer@demo.proeftuinmonitor.nl',
          password: PASSWORD,
          redirectTo: '//evil.example',
        }),
      ),
    )) as Response;
    expect(res.headers.get('Location')).toBe('/te-doen');
  });

  test('the login page lists the demo logins in demo mode', async () => {
    const data = (await loginLoader(args(getRequest('/login')))) as {
      demoLogins: { accounts: unknown[]; password: string };
    };
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
    const { status, response } = await settle(() => overviewLoader(args(getRequest('/overzicht'))));
    expect(status).toBe(302);
    expect((response as Response).headers.get('Location')).toBe('/login?redirectTo=%2Foverzicht');
  });

  test('logout ends the session on the server', async () => {
    const cookie = await sessionCookieFor('reviewer@demo.proeftuinmonitor.nl');
    expect((await settle(() => overviewLoader(args(getRequest('/overzicht', cookie))))).status).toBe(200);
    const res = (await logoutAction(args(postRequest('/logout', {}, cookie)))) as Response;
    expect(res.headers.get('Location')).toBe('/login');
    const after = await settle(() => overviewLoader(args(getRequest('/overzicht', cookie))));
    expect(after.status).toBe(302);
  });

  test('a reviewer may not open the administration page', async () => {
    const cookie = await sessionCookieFor('reviewer@demo.proeftuinmonitor.nl');
    expect((await settle(() => adminLoader(args(getRequest('/beheer', cookie))))).status).toBe(403);
  });

  test('an admin does not read programme figures', async () => {
    const cookie = await sessionCookieFor('admin@demo.proeftuinmonitor.nl');
    expect((await settle(() => overviewLoader(args(getRequest('/overzicht', cookie))))).status).toBe(403);
  });
});
