/**
 * Login throttling (issue 13, defect 8). The old rule (5 failures for an account or from an address
 * in 15 minutes lock it) let anyone lock a colleague out, the right password included, and behind a
 * proxy without TRUST_PROXY one person's typing errors locked everyone. Now two limits:
 *
 * 1. Per (account, address), with back-off: the first 5 failures are free; after that each attempt
 *    waits 1 minute after the last failure, doubling with every further failure (1, 2, 4, … up to
 *    60 minutes). Failures count until a success from that pair, for at most 24 hours.
 * 2. Per account, slower: more than 20 failures within an hour, from all addresses together, stop
 *    attempts from addresses the account has never logged in from (in 90 days) until the oldest of
 *    them is an hour old. The owner, from an address they used before, still gets in.
 *
 * A refused attempt is not recorded, so waiting is enough. There is no limit per address across
 * accounts: guessing many accounts from one address meets limit 1 per account. An unknown address
 * ('') counts as one address that is never known.
 */
import { and, desc, eq, gt } from 'drizzle-orm';
import { loginAttempts } from '#db/schema';
import { getDb } from '#app/utils/db.server';

export const FREE_FAILURES = 5;
export const FIRST_WAIT_MINUTES = 1;
export const MAX_WAIT_MINUTES = 60;
export const PAIR_MEMORY_HOURS = 24;
export const ACCOUNT_FAILURES_PER_HOUR = 20;
export const KNOWN_ADDRESS_DAYS = 90;

export function recordLoginAttempt({ email, ip, success }: { email: string; ip: string; success: boolean }) {
  getDb().insert(loginAttempts).values({ email, ip, success }).run();
}

export interface Throttle {
  scope: 'pair' | 'account';
  /** Whole minutes until an attempt is allowed again (at least 1). */
  retryAfterMinutes: number;
}

const ago = (now: Date, ms: number) => new Date(now.getTime() - ms).toISOString();
const minutesUntil = (until: number, now: Date) => Math.max(1, Math.ceil((until - now.getTime()) / 60_000));

/** The wait after `failures` consecutive failures of one pair, in minutes (0 = none). */
export function backOffMinutes(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(FIRST_WAIT_MINUTES * 2 ** (failures - FREE_FAILURES), MAX_WAIT_MINUTES);
}

export function loginThrottle({
  email,
  ip,
  now = new Date(),
}: {
  email: string;
  ip: string;
  now?: Date;
}): Throttle | null {
  const db = getDb();
  const recent = db
    .select({ at: loginAttempts.at, success: loginAttempts.success })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.email, email),
        eq(loginAttempts.ip, ip),
        gt(loginAttempts.at, ago(now, PAIR_MEMORY_HOURS * 3_600_000)),
      ),
    )
    .orderBy(desc(loginAttempts.at), desc(loginAttempts.id))
    .limit(FREE_FAILURES + 16)
    .all();
  let failures = 0;
  for (const r of recent) {
    if (r.success) break;
    failures++;
  }
  const wait = backOffMinutes(failures);
  if (wait > 0) {
    const until = Date.parse(recent[0]!.at) + wait * 60_000;
    if (until > now.getTime()) return { scope: 'pair', retryAfterMinutes: minutesUntil(until, now) };
  }

  const known =
    ip !== '' &&
    db
      .select({ id: loginAttempts.id })
      .from(loginAttempts)
      .where(
        and(
          eq(loginAttempts.email, email),
          eq(loginAttempts.ip, ip),
          eq(loginAttempts.success, true),
          gt(loginAttempts.at, ago(now, KNOWN_ADDRESS_DAYS * 86_400_000)),
        ),
      )
      .limit(1)
      .get() !== undefined;
  if (known) return null;
  const lastHour = db
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.email, email),
        eq(loginAttempts.success, false),
        gt(loginAttempts.at, ago(now, 3_600_000)),
      ),
    )
    .orderBy(desc(loginAttempts.at))
    .limit(ACCOUNT_FAILURES_PER_HOUR)
    .all();
  if (lastHour.length < ACCOUNT_FAILURES_PER_HOUR) return null;
  // the oldest of the last 20 failures: when it is an hour old, fewer than 20 remain
  const until = Date.parse(lastHour[lastHour.length - 1]!.at) + 3_600_000;
  return { scope: 'account', retryAfterMinutes: minutesUntil(until, now) };
}
