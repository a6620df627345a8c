/**
 * Login throttling (issue 13, defect 8): per (account, address) with back-off, plus a slower
 * per-account limit that the owner passes from an address they used before. No one can lock a
 * colleague out from another address, and behind a proxy one person's failures do not lock everyone.
 */
import { count, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { auditLog, loginAttempts, sessions } from '#db/schema';
import * as loginRoute from '#app/routes/login/route';
import { ACCOUNT_FAILURES_PER_HOUR, backOffMinutes, loginThrottle } from '#app/models/login-attempts.server';
import { setupTestDatabase } from '#test/db';
import { callRoute } from '#test/call-route';
import { DEMO_USERS } from '#test/demo-users';

const db = setupTestDatabase('seeded');
const PASSWORD = 'demo-wachtwoord-2026';
type Refused = { error: Record<string, string[]> };
const login = (email: string, password: string, clientIp: string | null = null) =>
  callRoute<Refused>(loginRoute, { url: '/login', form: { email, password }, context: { clientIp } });
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

describe('login throttling', () => {
  test('POST /login: after 5 failures of an account from one address even the right password waits (429, Retry-After), and it is audited', async () => {
    const email = DEMO_USERS.manager2;
    const ip = '192.0.2.10';
    for (let i = 0; i < 5; i++) expect((await login(email, `fout-${i}`, ip)).status).toBe(401);
    const sessionsBefore = db.select({ n: count() }).from(sessions).get()!.n;
    const refused = await login(email, PASSWORD, ip);
    expect(refused.status).toBe(429);
    expect(refused.data.error['']).toEqual([
      'Te veel mislukte inlogpogingen vanaf dit adres. Probeer het over 1 min. opnieuw.',
    ]);
    expect(refused.headers.get('Retry-After')).toBe('60');
    expect(db.select({ n: count() }).from(sessions).get()!.n).toBe(sessionsBefore);
    expect(
      db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'login.throttled')).get()!.n,
    ).toBe(1);
    // The owner from another address is not locked out by these failures.
    expect((await login(email, PASSWORD, '198.51.100.20')).status).toBe(302);
  });

  test('the wait doubles with every further failure (1, 2, 4 … 60 minutes) and a success clears it', () => {
    expect([4, 5, 6, 7, 8, 10, 11, 12, 30].map(backOffMinutes)).toEqual([0, 1, 2, 4, 8, 32, 60, 60, 60]);
    const email = 'backoff@example.nl';
    const ip = '192.0.2.11';
    for (let i = 0; i < 7; i++)
      db.insert(loginAttempts)
        .values({ email, ip, success: false, at: minutesAgo(7 - i) })
        .run();
    // 7 failures, the last a minute ago: a wait of 4 minutes, 3 of them to go
    expect(loginThrottle({ email, ip })).toEqual({ scope: 'pair', retryAfterMinutes: 3 });
    expect(loginThrottle({ email, ip, now: new Date(Date.now() + 3 * 60_000 + 1000) })).toBeNull();
    db.insert(loginAttempts)
      .values({ email, ip, success: true, at: minutesAgo(2) })
      .run();
    expect(loginThrottle({ email, ip })).toBeNull();
  });

  test('behind one address (a proxy without TRUST_PROXY), failures on other accounts lock no one', async () => {
    const ip = '192.0.2.77';
    for (let i = 0; i < 12; i++) await login(`onbekend${i}@example.nl`, 'fout-wachtwoord', ip);
    expect((await login(DEMO_USERS.reviewer, PASSWORD, ip)).status).toBe(302);
  });

  test('per account: 20 failures in an hour from many addresses stop new addresses, not the owner at a known one', async () => {
    const email = DEMO_USERS['coordinator.zeeland'];
    const home = '203.0.113.5';
    expect((await login(email, PASSWORD, home)).status).toBe(302); // the owner's usual address
    for (let i = 0; i < ACCOUNT_FAILURES_PER_HOUR; i++)
      expect((await login(email, 'geraden-wachtwoord', `198.51.100.${100 + i}`)).status).toBe(401);
    const stranger = await login(email, PASSWORD, '198.51.100.250');
    expect(stranger.status).toBe(429);
    expect(stranger.data.error['']).toEqual([
      'Te veel mislukte inlogpogingen op dit account. Probeer het over 60 min. opnieuw, of vanaf een adres waarvandaan u eerder inlogde.',
    ]);
    expect((await login(email, PASSWORD, home)).status).toBe(302);
  });

  test('failures older than 24 hours, or before a success, no longer count for the pair', () => {
    const email = 'oud@example.nl';
    for (let i = 0; i < 8; i++)
      db.insert(loginAttempts)
        .values({ email, ip: '', success: false, at: minutesAgo(25 * 60) })
        .run();
    expect(loginThrottle({ email, ip: '' })).toBeNull();
    for (let i = 0; i < 5; i++) db.insert(loginAttempts).values({ email, ip: '', success: false }).run();
    expect(loginThrottle({ email, ip: '' })?.scope).toBe('pair');
  });
});
