/**
 * Issue 13, defect 11: a user changes their own password (only the admin could reset one). The
 * other sessions of the user end; the one in use stays; an audit row records it.
 */
import { and, count, eq, isNull } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { auditLog, sessions, users } from '#db/schema';
import * as passwordRoute from '#app/routes/_app.wachtwoord/route';
import * as loginRoute from '#app/routes/login/route';
import { verifyPassword } from '#app/utils/password.server';
import { coordinatorEmail } from '#seeds/demo-accounts';
import { callRoute } from '#test/call-route';
import { tableChecksums } from '#test/checksums';
import { DEMO_USERS } from '#test/demo-users';
import { setupTestDatabase } from '#test/db';
import { sessionCookieFor } from '#test/requests';

const db = setupTestDatabase('seeded');
const OLD = 'demo-wachtwoord-2026';
const NEW = 'een nieuwe zin als wachtwoord';
type Reply = { result: { error?: Record<string, string[] | null> }; notice: string | null };
const userOf = (email: string) => db.select().from(users).where(eq(users.email, email)).get()!;
const openSessions = (userId: number) =>
  db
    .select({ n: count() })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .get()!.n;

describe('POST /wachtwoord', () => {
  test('anonymous: sent to the login page; signed in: the page opens', async () => {
    const anon = await callRoute(passwordRoute, { url: '/wachtwoord' });
    expect(anon.status).toBe(302);
    expect(anon.headers.get('Location')).toMatch(/^\/login/);
    expect((await callRoute(passwordRoute, { url: '/wachtwoord', as: 'reviewer' })).status).toBe(200);
  });

  test.each([
    [
      'a wrong current password',
      { currentPassword: 'niet-het-wachtwoord', newPassword: NEW, confirmPassword: NEW },
      'currentPassword',
      'Het huidige wachtwoord klopt niet.',
    ],
    [
      'a short new one',
      { currentPassword: OLD, newPassword: 'kort', confirmPassword: 'kort' },
      'newPassword',
      'Het wachtwoord moet minstens 12 tekens lang zijn.',
    ],
    [
      'a common new one',
      { currentPassword: OLD, newPassword: 'passwordpassword', confirmPassword: 'passwordpassword' },
      'newPassword',
      'Dit wachtwoord wordt veel gebruikt en is daardoor makkelijk te raden. Kies een ander wachtwoord.',
    ],
    [
      'two different new ones',
      { currentPassword: OLD, newPassword: NEW, confirmPassword: `${NEW}!` },
      'confirmPassword',
      'De twee nieuwe wachtwoorden zijn niet gelijk.',
    ],
    [
      'the same as now',
      { currentPassword: OLD, newPassword: OLD, confirmPassword: OLD },
      'newPassword',
      'Het nieuwe wachtwoord is gelijk aan het huidige. Kies een ander wachtwoord.',
    ],
  ])(
    '%s: 400 with the message at its field, the password unchanged',
    async (_what, fields, field, message) => {
      const hash = userOf(DEMO_USERS.manager2).passwordHash;
      const res = await callRoute<Reply>(passwordRoute, { url: '/wachtwoord', as: 'manager2', form: fields });
      expect(res.status).toBe(400);
      expect(res.data.result.error?.[field]).toEqual([message]);
      expect(userOf(DEMO_USERS.manager2).passwordHash).toBe(hash);
    },
  );

  test('the right current password and a good new one: changed, other sessions ended, this one kept, audited', async () => {
    const email = coordinatorEmail('zeeland');
    const user = userOf(email);
    const elsewhere = await sessionCookieFor(email);
    await sessionCookieFor(email);
    const here = await sessionCookieFor(email);
    const open = openSessions(user.id);
    expect(open).toBeGreaterThanOrEqual(3);
    const res = await callRoute<Reply>(passwordRoute, {
      url: '/wachtwoord',
      cookie: here,
      form: { currentPassword: OLD, newPassword: NEW, confirmPassword: NEW },
    });
    expect(res.status).toBe(200);
    expect(res.data.notice).toBe(
      `Uw wachtwoord is gewijzigd. Sessies op andere apparaten beëindigd: ${open - 1}.`,
    );
    expect(await verifyPassword(userOf(email).passwordHash, NEW)).toBe(true);
    expect(openSessions(user.id)).toBe(1);
    expect((await callRoute(passwordRoute, { url: '/wachtwoord', cookie: here })).status).toBe(200);
    const old = await callRoute(passwordRoute, { url: '/wachtwoord', cookie: elsewhere });
    expect(old.headers.get('Location')).toMatch(/^\/login/);
    const audit = db.select().from(auditLog).where(eq(auditLog.action, 'user.password_changed')).all();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ userId: user.id, entityType: 'user', entityId: String(user.id) });
    // the old password no longer signs in, the new one does
    const login = (password: string) => callRoute(loginRoute, { url: '/login', form: { email, password } });
    expect((await login(OLD)).status).toBe(401);
    expect((await login(NEW)).status).toBe(302);
  });

  test('a malformed post changes nothing', async () => {
    // signed in before the checksums are taken (signing in writes a session row)
    const cookie = await sessionCookieFor(DEMO_USERS.manager);
    const before = tableChecksums(db.$client);
    const res = await callRoute(passwordRoute, {
      url: '/wachtwoord',
      cookie,
      form: { currentPassword: ['a', 'b'] },
    });
    expect(res.status).toBe(400);
    expect(tableChecksums(db.$client)).toEqual(before);
  });
});
