import { asc, eq, sql } from 'drizzle-orm';
import { regions, users } from '#db/schema';
import { getDb } from '#app/utils/db.server';
import { hashPassword } from '#app/utils/password.server';
import { revokeOtherSessions, revokeUserSessions } from '#app/utils/session.server';
import { recordAudit } from './audit.server';
import type { Lang } from '#app/domain/lang';
import { WRITE_TX } from '#db/client';

export function listUsers() {
  return getDb()
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      regionName: regions.name,
      disabled: users.disabled,
      disabledReason: users.disabledReason,
      invited: sql<boolean>`${users.passwordHash} = ''`.mapWith(Boolean),
      totp: sql<boolean>`${users.totpSecret} is not null`.mapWith(Boolean),
      lastLoginAt: users.lastLoginAt,
    })
    .from(users)
    .leftJoin(regions, eq(regions.id, users.regionId))
    .orderBy(asc(users.role), asc(users.email))
    .all();
}

export function findUserByEmail(email: string) {
  return getDb().select().from(users).where(eq(users.email, email)).get();
}

export function findUserById(id: number) {
  return getDb().select().from(users).where(eq(users.id, id)).get();
}

/** Disabling also ends every open session of the user at once. */
export function setUserDisabled(userId: number, disabled: boolean, actorId: number) {
  getDb().transaction((tx) => {
    tx.update(users)
      .set(
        disabled
          ? { disabled, disabledReason: 'admin' }
          : // enabled again: dormancy counts from now, or the account would be disabled again at once
            { disabled, disabledReason: null, lastLoginAt: new Date().toISOString(), dormantWarnedAt: null },
      )
      .where(eq(users.id, userId))
      .run();
    recordAudit(
      {
        userId: actorId,
        action: disabled ? 'user.disable' : 'user.enable',
        entityType: 'user',
        entityId: userId,
      },
      tx,
    );
  }, WRITE_TX);
  if (disabled) revokeUserSessions(userId);
}

/**
 * A user's change of their own password: the new hash, an audit row, and every other session of
 * the user ended (a session elsewhere, perhaps someone else's, must sign in again with the new
 * password). Returns how many sessions were ended.
 */
export async function changeOwnPassword(userId: number, password: string, keepSessionId: string | null) {
  const passwordHash = await hashPassword(password);
  let ended = 0;
  getDb().transaction((tx) => {
    tx.update(users)
      .set({ passwordHash, passwordChangedAt: new Date().toISOString() })
      .where(eq(users.id, userId))
      .run();
    ended = revokeOtherSessions(userId, keepSessionId);
    recordAudit(
      {
        userId,
        action: 'user.password_changed',
        entityType: 'user',
        entityId: userId,
        detail: { sessionsEnded: ended },
      },
      tx,
    );
  }, WRITE_TX);
  return ended;
}

/** The language of the user's e-mails: the one they last chose in the header. */
export function setUserLang(userId: number, lang: Lang) {
  getDb().update(users).set({ lang }).where(eq(users.id, userId)).run();
}

/** A completed sign-in (password and, where needed, the second factor): dormancy starts again. */
export function noteSignIn(userId: number) {
  getDb()
    .update(users)
    .set({ lastLoginAt: new Date().toISOString(), dormantWarnedAt: null })
    .where(eq(users.id, userId))
    .run();
}
