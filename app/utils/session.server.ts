import crypto from 'node:crypto';
import { createCookie } from '@remix-run/node';
import { and, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import { sessions, users } from '#db/schema';
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

export type SessionStage = 'totp' | 'enrol';
/** A half-done sign-in (password right, second factor to come) lasts this long. */
export const STAGE_MINUTES = 15;

/**
 * Starts a new session (always a fresh id) and returns the Set-Cookie header value. With a stage it
 * is a half-done sign-in, short-lived, that no page but the second step accepts.
 */
export async function createUserSession(
  userId: number,
  options: { stage?: SessionStage | null; request?: Request; ip?: string | null } = {},
): Promise<string> {
  const env = getEnv();
  const id = crypto.randomBytes(32).toString('base64url');
  const ttl = options.stage ? STAGE_MINUTES * 60_000 : env.SESSION_TTL_HOURS * 3600 * 1000;
  const expires = new Date(Date.now() + ttl);
  const now = new Date().toISOString();
  getDb()
    .insert(sessions)
    .values({
      id,
      userId,
      expiresAt: expires.toISOString(),
      stage: options.stage ?? null,
      userAgent: options.request?.headers.get('User-Agent')?.slice(0, 300) ?? null,
      ip: options.ip ? options.ip.slice(0, 60) : null,
      lastSeenAt: now,
    })
    .run();
  return sessionCookie().serialize(id, { expires: options.stage ? undefined : expires });
}

/** A half-done sign-in of this request's cookie: its user and stage, or null. */
export async function findStagedSession(request: Request) {
  const id = await readSessionId(request);
  if (!id) return null;
  const row = getDb()
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.id, id),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, new Date().toISOString()),
        eq(users.disabled, false),
      ),
    )
    .get();
  if (!row || row.session.stage === null) return null;
  return { id, stage: row.session.stage, user: row.user };
}

const TOUCH_MS = 5 * 60_000;

/** Notes that a session was used (at most every five minutes, so it costs a write rarely). */
export function touchSession(id: string, now = new Date()): void {
  getDb()
    .update(sessions)
    .set({ lastSeenAt: now.toISOString() })
    .where(
      and(
        eq(sessions.id, id),
        sql`(${sessions.lastSeenAt} is null or ${sessions.lastSeenAt} < ${new Date(now.getTime() - TOUCH_MS).toISOString()})`,
      ),
    )
    .run();
}

/** The signed-in sessions of a user, newest use first (the user's "Sessies" page). */
export function listUserSessions(userId: number) {
  return getDb()
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      userAgent: sessions.userAgent,
      ip: sessions.ip,
    })
    .from(sessions)
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        isNull(sessions.stage),
        gt(sessions.expiresAt, new Date().toISOString()),
      ),
    )
    .orderBy(sql`coalesce(${sessions.lastSeenAt}, ${sessions.createdAt}) desc`)
    .all();
}

/** Ends one of the user's own sessions (the where clause holds the owner). */
export function revokeOwnSession(userId: number, id: string): number {
  return getDb()
    .update(sessions)
    .set({ revokedAt: new Date().toISOString() })
    .where(and(eq(sessions.id, id), eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .run().changes;
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
        isNull(sessions.stage),
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
