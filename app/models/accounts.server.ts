/**
 * Accounts as the user runs them: an invitation by e-mail (the admin never sees or types a
 * password), a forgotten password by e-mail, and the one-time links both use. A link carries a
 * random 256-bit token; only its SHA-256 is stored (account_tokens), so a copy of the database
 * opens no account. The link itself is in the outbox only until the message is sent.
 */
import crypto from 'node:crypto';
import { and, count, eq, gt, isNull, like, sql } from 'drizzle-orm';
import { WRITE_TX, type AppDatabase } from '#db/client';
import { accountTokens, loginAttempts, outbox, users } from '#db/schema';
import { type Role } from '#app/domain/roles';
import { composeAccountMessage } from '#app/i18n/messages';
import { getDb } from '#app/utils/db.server';
import { hashPassword } from '#app/utils/password.server';
import { revokeUserSessions } from '#app/utils/session.server';
import { recordAudit } from './audit.server';
import { appUrl } from './outbox.server';
import { roleHasRegion, userHasPermission } from '#app/domain/permissions';

type Tx = Parameters<Parameters<AppDatabase['transaction']>[0]>[0];

export const INVITE_HOURS = 72;
export const RESET_MINUTES = 60;
/** Reset requests answered with an e-mail per address asked for, per hour (more: the same answer, no e-mail). */
export const RESET_PER_ACCOUNT_PER_HOUR = 3;
/** Reset requests from one network address per hour (more: 429, which says nothing about any account). */
export const RESET_PER_IP_PER_HOUR = 10;

export type TokenKind = 'invite' | 'reset';

/** The stored form of a token. Every request that handles a token, or pretends to, calls this once. */
export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

function newToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/**
 * Stores a new link of `kind` for the user (older unused links of the user end) and queues its
 * e-mail, in the caller's transaction.
 */
function issueLink(
  tx: Tx,
  input: {
    user: { id: number; email: string; name: string; lang: 'nl' | 'en' };
    kind: TokenKind;
    actorName?: string;
  },
  token = newToken(),
  tokenHash = hashToken(token),
) {
  const now = Date.now();
  const ttl = input.kind === 'invite' ? INVITE_HOURS * 3_600_000 : RESET_MINUTES * 60_000;
  tx.update(accountTokens)
    .set({ usedAt: new Date(now).toISOString() })
    .where(and(eq(accountTokens.userId, input.user.id), isNull(accountTokens.usedAt)))
    .run();
  tx.insert(accountTokens)
    .values({
      userId: input.user.id,
      kind: input.kind,
      tokenHash,
      expiresAt: new Date(now + ttl).toISOString(),
    })
    .run();
  const kind = input.kind === 'invite' ? 'invitation' : 'password_reset';
  tx.insert(outbox)
    .values({
      kind,
      recipientId: input.user.id,
      toAddress: input.user.email,
      ...composeAccountMessage(kind, input.user.lang, {
        name: input.user.name,
        email: input.user.email,
        actorName: input.actorName,
      }),
      secretLink: appUrl(`/wachtwoord-instellen?token=${token}`),
    })
    .run();
}

/**
 * The admin creates an account: no password (the hash stays '' until the user sets one through
 * the invitation link, and '' never verifies), an invitation e-mail, audited.
 */
export function inviteUser(
  input: { email: string; name: string; role: Role; regionId: number | null; lang?: 'nl' | 'en' },
  actor: { id: number; name: string },
): number {
  return getDb().transaction((tx) => {
    const user = tx
      .insert(users)
      .values({
        email: input.email.trim().toLowerCase(),
        name: input.name.trim(),
        role: input.role,
        regionId: roleHasRegion(input.role) ? input.regionId : null,
        passwordHash: '',
        lang: input.lang ?? 'nl',
      })
      .returning()
      .get();
    issueLink(tx, { user, kind: 'invite', actorName: actor.name });
    recordAudit(
      {
        userId: actor.id,
        action: 'user.invited',
        entityType: 'user',
        entityId: user.id,
        detail: { email: user.email, role: user.role },
      },
      tx,
    );
    return user.id;
  }, WRITE_TX);
}

/** A new invitation (the old link ends) for an account whose user has not set a password yet. */
export function reinviteUser(userId: number, actor: { id: number; name: string }): boolean {
  return getDb().transaction((tx) => {
    const user = tx.select().from(users).where(eq(users.id, userId)).get();
    if (!user || user.passwordHash !== '') return false;
    issueLink(tx, { user, kind: 'invite', actorName: actor.name });
    recordAudit({ userId: actor.id, action: 'user.reinvited', entityType: 'user', entityId: userId }, tx);
    return true;
  }, WRITE_TX);
}

/** The admin sends a reset link (instead of typing a password); audited. */
export function sendResetLink(userId: number, actor: { id: number; name: string }): boolean {
  return getDb().transaction((tx) => {
    const user = tx.select().from(users).where(eq(users.id, userId)).get();
    if (!user || user.disabled) return false;
    issueLink(tx, { user, kind: user.passwordHash === '' ? 'invite' : 'reset', actorName: actor.name });
    recordAudit({ userId: actor.id, action: 'user.reset_sent', entityType: 'user', entityId: userId }, tx);
    return true;
  }, WRITE_TX);
}

export type ResetRequestOutcome = 'answered' | 'throttled-ip';

/**
 * "Forgot password": the same answer whether the address has an account or not. Both paths make a
 * token and hash it (the same work); only an existing, enabled account gets it stored and e-mailed.
 * Throttled per address asked for (quietly: the same answer, no e-mail, so the limit says nothing
 * either) and per network address (429). Every request is counted in login_attempts under
 * 'reset:<e-mail>'.
 */
export function requestPasswordReset(input: { email: string; ip: string; now?: Date }): ResetRequestOutcome {
  const db = getDb();
  const now = input.now ?? new Date();
  const hourAgo = new Date(now.getTime() - 3_600_000).toISOString();
  const key = `reset:${input.email}`;
  const fromIp = db
    .select({ n: count() })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.ip, input.ip),
        like(loginAttempts.email, 'reset:%'),
        gt(loginAttempts.at, hourAgo),
      ),
    )
    .get()!.n;
  if (fromIp >= RESET_PER_IP_PER_HOUR) return 'throttled-ip';
  const forAccount = db
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, key), gt(loginAttempts.at, hourAgo)))
    .get()!.n;
  const token = newToken();
  const tokenHash = hashToken(token);
  db.transaction((tx) => {
    tx.insert(loginAttempts)
      .values({ email: key, ip: input.ip, success: false, at: now.toISOString() })
      .run();
    const user = tx.select().from(users).where(eq(users.email, input.email)).get();
    const send = user && !user.disabled && forAccount < RESET_PER_ACCOUNT_PER_HOUR;
    if (send) issueLink(tx, { user, kind: user.passwordHash === '' ? 'invite' : 'reset' }, token, tokenHash);
    recordAudit(
      {
        userId: null,
        action: 'password.reset_requested',
        entityType: 'user',
        entityId: user?.id ?? null,
        detail: { email: input.email, ip: input.ip, sent: Boolean(send) },
      },
      tx,
    );
  }, WRITE_TX);
  return 'answered';
}

export type LinkState =
  | { state: 'valid'; kind: TokenKind; user: { id: number; email: string; name: string } }
  | { state: 'expired' | 'used' | 'invalid' };

/** What a link's token stands for now. */
export function readLink(token: string | null | undefined, now = new Date()): LinkState {
  if (!token || token.length > 100) return { state: 'invalid' };
  const row = getDb()
    .select({
      kind: accountTokens.kind,
      expiresAt: accountTokens.expiresAt,
      usedAt: accountTokens.usedAt,
      user: { id: users.id, email: users.email, name: users.name, disabled: users.disabled },
    })
    .from(accountTokens)
    .innerJoin(users, eq(users.id, accountTokens.userId))
    .where(eq(accountTokens.tokenHash, hashToken(token)))
    .get();
  if (!row || row.user.disabled) return { state: 'invalid' };
  if (row.usedAt) return { state: 'used' };
  if (row.expiresAt <= now.toISOString()) return { state: 'expired' };
  return { state: 'valid', kind: row.kind, user: row.user };
}

/**
 * Sets the password through a link: once (the token is marked used by a conditional update in the
 * same transaction, so two posts of one link set one password), every session of the user ends,
 * the account is active, audited. Returns the link's state when it was not valid.
 */
export async function setPasswordWithLink(
  token: string,
  password: string,
): Promise<
  { ok: true; kind: TokenKind; userId: number } | { ok: false; state: 'expired' | 'used' | 'invalid' }
> {
  const link = readLink(token);
  if (link.state !== 'valid') return { ok: false, state: link.state };
  const passwordHash = await hashPassword(password);
  const nowIso = new Date().toISOString();
  const result = getDb().transaction((tx) => {
    const claimed = tx
      .update(accountTokens)
      .set({ usedAt: nowIso })
      .where(
        and(
          eq(accountTokens.tokenHash, hashToken(token)),
          isNull(accountTokens.usedAt),
          gt(accountTokens.expiresAt, nowIso),
        ),
      )
      .run().changes;
    if (claimed !== 1) return false;
    const before = tx
      .select({ activatedAt: users.activatedAt })
      .from(users)
      .where(eq(users.id, link.user.id))
      .get();
    tx.update(users)
      .set({
        passwordHash,
        passwordChangedAt: nowIso,
        activatedAt: before?.activatedAt ?? nowIso,
        // a fresh start for dormancy: the account was just used
        lastLoginAt: nowIso,
        dormantWarnedAt: null,
      })
      .where(eq(users.id, link.user.id))
      .run();
    recordAudit(
      {
        userId: link.user.id,
        action: link.kind === 'invite' ? 'user.activated' : 'user.password_reset_by_link',
        entityType: 'user',
        entityId: link.user.id,
      },
      tx,
    );
    return true;
  }, WRITE_TX);
  if (!result) return { ok: false, state: 'used' };
  revokeUserSessions(link.user.id);
  return { ok: true, kind: link.kind, userId: link.user.id };
}

/** The warning goes out this many days before a dormant account is disabled. */
export const DORMANT_WARNING_DAYS = 7;

/**
 * Dormant accounts (BIO: accounts not in use are closed). An active, enabled account without a
 * sign-in for `days - 7` days gets a warning e-mail; one without a sign-in for `days` days, warned at
 * least 7 days ago, is disabled (sessions ended, audited). A sign-in clears the warning. The last
 * enabled admin is never disabled (someone must be able to enable the others). days = 0: off.
 */
export function disableDormantAccounts(input: { days: number; now?: Date }): {
  warned: number;
  disabled: number;
} {
  if (input.days <= 0) return { warned: 0, disabled: 0 };
  const now = input.now ?? new Date();
  const dayMs = 86_400_000;
  const iso = (ms: number) => new Date(now.getTime() - ms).toISOString();
  const warnBefore = iso((input.days - DORMANT_WARNING_DAYS) * dayMs);
  const disableBefore = iso(input.days * dayMs);
  const warnedBefore = iso(DORMANT_WARNING_DAYS * dayMs);
  const db = getDb();
  let warned = 0;
  const toDisable: number[] = [];
  db.transaction((tx) => {
    const candidates = tx
      .select()
      .from(users)
      .where(and(eq(users.disabled, false), sql`${users.passwordHash} <> ''`))
      .all();
    // the last user who may manage users is never disabled: nobody could enable anyone again
    let admins = candidates.filter((u) => userHasPermission(u, 'manage:user')).length;
    for (const u of candidates) {
      const last = u.lastLoginAt ?? u.activatedAt ?? u.createdAt;
      if (last >= warnBefore) continue;
      if (!u.dormantWarnedAt) {
        const date = new Date(
          Math.max(Date.parse(last) + input.days * dayMs, now.getTime() + DORMANT_WARNING_DAYS * dayMs),
        );
        tx.update(users).set({ dormantWarnedAt: now.toISOString() }).where(eq(users.id, u.id)).run();
        tx.insert(outbox)
          .values({
            kind: 'dormant_warning',
            recipientId: u.id,
            toAddress: u.email,
            ...composeAccountMessage('dormant_warning', u.lang, {
              name: u.name,
              email: u.email,
              days: Math.floor((now.getTime() - Date.parse(last)) / dayMs),
              date: date.toISOString().slice(0, 10),
              url: appUrl('/login'),
            }),
          })
          .run();
        recordAudit({ userId: null, action: 'user.dormant_warning', entityType: 'user', entityId: u.id }, tx);
        warned++;
        continue;
      }
      if (last >= disableBefore || u.dormantWarnedAt > warnedBefore) continue;
      const admin = userHasPermission(u, 'manage:user');
      if (admin && admins <= 1) continue;
      if (admin) admins--;
      tx.update(users).set({ disabled: true, disabledReason: 'dormant' }).where(eq(users.id, u.id)).run();
      recordAudit(
        {
          userId: null,
          action: 'user.disable',
          entityType: 'user',
          entityId: u.id,
          detail: { reason: 'dormant', lastLoginAt: last },
        },
        tx,
      );
      toDisable.push(u.id);
    }
  }, WRITE_TX);
  for (const id of toDisable) revokeUserSessions(id);
  return { warned, disabled: toDisable.length };
}
