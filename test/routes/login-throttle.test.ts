import { count, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { auditLog, loginAttempts, sessions } from '../../db/schema';
import { action as loginAction } from '../../app/routes/login/route';
import { isLoginThrottled } from '../../app/models/login-attempts.server';
import { setupTestDatabase } from '../db';
import { postRequest, settle } from '../requests';

const db = setupTestDatabase('seeded');
const PASSWORD = 'demo-wachtwoord-2026';
const login = (email: string, password: string, clientIp: string | null = null) =>
  settle(() =>
    loginAction({ request: postRequest('/login', { email, password }), params: {}, context: { clientIp } }),
  );

describe('login throttling', () => {
  test('after 5 failures for an account even the right password is refused with 429, and it is logged', async () => {
    const email = 'manager2@demo.proeftuinmonitor.nl';
    for (let i = 0; i < 5; i++) expect((await login(email, `fout-${i}`)).status).toBe(401);
    const sessionsBefore = db.select({ n: count() }).from(sessions).get()!.n;
    const refused = await login(email, PASSWORD);
    expect(refused.status).toBe(429);
    expect((refused.response as { data: { error: Record<string, string[]> } }).data.error['']).toEqual([
      'Te veel mislukte inlogpogingen. Wacht 15 minuten en probeer het dan opnieuw.',
    ]);
    expect(db.select({ n: count() }).from(sessions).get()!.n).toBe(sessionsBefore);
    expect(
      db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'login.throttled')).get()!.n,
    ).toBe(1);
    // Another account is not affected.
    expect((await login('manager1@demo.proeftuinmonitor.nl', PASSWORD)).status).toBe(302);
  });

  test('after 5 failures from one address, every account from that address is refused', async () => {
    const ip = '192.0.2.77';
    for (let i = 0; i < 5; i++) await login(`onbekend${i}@example.nl`, 'fout-wachtwoord', ip);
    expect((await login('reviewer@demo.proeftuinmonitor.nl', PASSWORD, ip)).status).toBe(429);
    expect((await login('reviewer@demo.proeftuinmonitor.nl', PASSWORD, '192.0.2.78')).status).toBe(302);
  });

  test('failures older than 15 minutes no longer count', () => {
    const email = 'oud@example.nl';
    const old = new Date(Date.now() - 16 * 60_000).toISOString();
    for (let i = 0; i < 5; i++)
      db.insert(loginAttempts).values({ email, ip: '', success: false, at: old }).run();
    expect(isLoginThrottled({ email, ip: '' })).toBe(false);
    db.insert(loginAttempts).values({ email, ip: '', success: false }).run();
    expect(isLoginThrottled({ email, ip: '', now: new Date(Date.now() - 2 * 60_000) })).toBe(true);
  });
});
