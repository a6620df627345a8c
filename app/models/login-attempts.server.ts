import { and, eq, gt } from 'drizzle-orm';
import { loginAttempts } from '../../db/schema';
import { getDb } from '~/utils/db.server';

export const MAX_FAILURES = 5;
export const WINDOW_MINUTES = 15;

export function recordLoginAttempt({ email, ip, success }: { email: string; ip: string; success: boolean }) {
  getDb().insert(loginAttempts).values({ email, ip, success }).run();
}

/**
 * After 5 failed logins for one account or from one address within 15 minutes, further attempts
 * are refused until the oldest of those failures is 15 minutes old. An unknown address ('') is
 * judged by the account alone.
 */
export function isLoginThrottled({
  email,
  ip,
  now = new Date(),
}: {
  email: string;
  ip: string;
  now?: Date;
}): boolean {
  const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000).toISOString();
  const failures = (column: typeof loginAttempts.email | typeof loginAttempts.ip, value: string) =>
    getDb()
      .select({ at: loginAttempts.at })
      .from(loginAttempts)
      .where(and(eq(column, value), eq(loginAttempts.success, false), gt(loginAttempts.at, since)))
      .limit(MAX_FAILURES)
      .all().length;
  return (
    failures(loginAttempts.email, email) >= MAX_FAILURES ||
    (ip !== '' && failures(loginAttempts.ip, ip) >= MAX_FAILURES)
  );
}
