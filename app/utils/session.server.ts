import crypto from 'node:crypto';
import { createCookie } from '@remix-run/node';
import { and, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import { sessions, users } from '../../db/schema';
import { getDb } from './db.server';
import { getEnv } from './env.server';

/**
 * Server-side sessions: the cookie only carries a random, signed session id; the row in
 * `sessions` decides whether it is still valid, so a session can be revoked at once.
 */
let cookie: ReturnType<typeof createCookie> | undefined;

function sessionCookie() {
  const env = getEnv();
  cookie ??= createCookie('__session', {
    httpOnly: true,
    sameSite: 'lax',
    secure: !env.isDemo,
    path: '/',
    secrets: [env.SESSION_SECRET],
  });
  return cookie;
}

export async function readSessionId(request: Request): Promise<string | null> {
  const value: unknown = await sessionCookie().parse(request.headers.get('Cookie'));
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/** Starts a new session (always a fresh id) and returns the Set-Cookie header value. */
export async function createUserSession(userId: number): Promise<string> {
  const env = getEnv();
  const id = crypto.randomBytes(32).toString('base64url');
  const expires = new Date(Date.now() + env.SESSION_TTL_HOURS * 3600 * 1000);
  getDb().insert(sessions).values({ id, userId, expiresAt: expires.toISOString() }).run();
  return sessionCookie().serialize(id, { expires });
}

export async function destroySession(request: Request): Promise<string> {
  const id = await readSessionId(request);
  if (id) revokeSession(id);
  return sessionCookie().serialize('', { maxAge: 0 });
}

export function revokeSession(id: string): void {
  getDb().update(sessions).set({ revokedAt: new Date().toISOString() }).where(eq(sessions.id, id)).run();
}

/** Ends every open session of a user (password change, disabled account). */
export function revokeUserSessions(userId: number): void {
  getDb()
    .update(sessions)
    .set({ revokedAt: new Date().toISOString() })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .run();
}

/** Ends every open session of a user but the one given (the user's own change of password). */
export function revokeOtherSessions(userId: number, keepId: string | null): number {
  return getDb()
    .update(sessions)
    .set({ revokedAt: new Date().toISOString() })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        ...(keepId ? [ne(sessions.id, keepId)] : []),
      ),
    )
    .run().changes;
}

/** Built once per database: every request of a signed-in user runs it (drizzle's builder costs ~0.2 ms). */
const sessionUserQueries = new WeakMap<object, ReturnType<typeof prepareSessionUser>>();

function prepareSessionUser(db: ReturnType<typeof getDb>) {
  return db
    .select({ user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.id, sql.placeholder('id')),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, sql.placeholder('now')),
        eq(users.disabled, false),
      ),
    )
    .prepare();
}

export function findSessionUser(sessionId: string) {
  const db = getDb();
  let query = sessionUserQueries.get(db);
  if (!query) {
    query = prepareSessionUser(db);
    sessionUserQueries.set(db, query);
  }
  const row = query.get({ id: sessionId, now: new Date().toISOString() });
  return row?.user ?? null;
}
