/**
 * The second factor: TOTP (RFC 6238, 6 digits, 30 seconds, SHA-1 — what every authenticator app
 * reads) with @epic-web/totp, plus ten one-time recovery codes (only their SHA-256 is stored).
 * A code is accepted once: the time step of the last accepted code is kept, and a code of that step
 * or an earlier one is refused, so a code read over someone's shoulder cannot be replayed.
 */
import crypto from 'node:crypto';
import { generateTOTP, getTOTPAuthUri, verifyTOTP } from '@epic-web/totp';
import { and, eq, isNotNull, isNull, or, lt, inArray } from 'drizzle-orm';
import QRCode from 'qrcode';
import { WRITE_TX } from '#db/client';
import { recoveryCodes, sessions, settings, users } from '#db/schema';
import { ROLES, type Role } from '#app/domain/roles';
import { getDb } from '#app/utils/db.server';
import { getEnv } from '#app/utils/env.server';
import { logger } from '#app/utils/logger.server';
import { open, seal, totpContext } from '#app/utils/secret-box.server';
import { revokeUserSessions, type SessionStage } from '#app/utils/session.server';
import { recordAudit } from './audit.server';

export const TOTP_PERIOD = 30;
export const RECOVERY_CODE_COUNT = 10;
/** The roles that always need a second factor; the admin can add the others. */
export const ALWAYS_TOTP_ROLES: readonly Role[] = ['admin', 'manager'];
const SETTING = 'totp_required_roles';

/** The roles whose users must use a second factor (setting totp_required_roles, at least admin and manager). */
export function readTotpRoles(): Role[] {
  const row = getDb().select({ value: settings.value }).from(settings).where(eq(settings.key, SETTING)).get();
  let extra: unknown = [];
  try {
    extra = row ? JSON.parse(row.value) : [];
  } catch {
    extra = [];
  }
  const chosen = Array.isArray(extra) ? extra : [];
  return ROLES.filter((r) => ALWAYS_TOTP_ROLES.includes(r) || chosen.includes(r));
}

export function setTotpRoles(roles: readonly Role[], actorId: number) {
  const value = JSON.stringify(ROLES.filter((r) => roles.includes(r) || ALWAYS_TOTP_ROLES.includes(r)));
  getDb().transaction((tx) => {
    tx.insert(settings)
      .values({ key: SETTING, value, updatedBy: actorId })
      .onConflictDoUpdate({
        target: settings.key,
        set: { value, updatedBy: actorId, updatedAt: new Date().toISOString() },
      })
      .run();
    recordAudit(
      {
        userId: actorId,
        action: 'settings.totp_roles',
        entityType: 'settings',
        detail: { roles: JSON.parse(value) },
      },
      tx,
    );
  }, WRITE_TX);
}

/** Whether sign-in asks for a second factor at all: always in production; in the demo only with TOTP_IN_DEMO. */
export function secondFactorActive(): boolean {
  const env = getEnv();
  return !env.isDemo || env.TOTP_IN_DEMO === 'true';
}

/** What a sign-in with the right password still needs: a code, setting one up, or nothing. */
export function secondStepFor(user: { role: Role; totpSecret: string | null }): SessionStage | null {
  if (!secondFactorActive()) return null;
  if (user.totpSecret) return 'totp';
  return readTotpRoles().includes(user.role) ? 'enrol' : null;
}

export function currentStep(now = Date.now()): number {
  return Math.floor(now / 1000 / TOTP_PERIOD);
}

/** A new secret for enrolment, with its otpauth:// address and that address as an SVG QR code (a data URL: no request leaves the page). */
export async function newEnrolment(accountName: string, secret?: string) {
  const s = secret ?? (await generateTOTP()).secret;
  const uri = getTOTPAuthUri({
    secret: s,
    accountName,
    issuer: 'Proeftuinmonitor',
    period: TOTP_PERIOD,
    digits: 6,
    algorithm: 'SHA-1',
  });
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret: s, uri, qr: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}

/** Binds an enrolment secret sent to the browser to the session it was made for. */
export function signEnrolment(sessionId: string, secret: string): string {
  return crypto
    .createHmac('sha256', getEnv().SESSION_SECRET)
    .update(`totp:${sessionId}:${secret}`)
    .digest('base64url');
}

export function checkEnrolmentSignature(sessionId: string, secret: string, signature: string): boolean {
  const expected = Buffer.from(signEnrolment(sessionId, secret));
  const given = Buffer.from(signature);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}

const normaliseCode = (code: string) => code.replace(/[\s-]/g, '').toLowerCase();
const hashCode = (code: string) => crypto.createHash('sha256').update(normaliseCode(code)).digest('hex');

/** The time step a 6-digit code matches for the secret (the step before, now or after), or null. */
async function matchingStep(secret: string, code: string, now: number): Promise<number | null> {
  const otp = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(otp)) return null;
  const r = await verifyTOTP({ otp, secret, period: TOTP_PERIOD, window: 1 });
  return r ? currentStep(now) + r.delta : null;
}

function newRecoveryCodes(): string[] {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const bytes = crypto.randomBytes(10);
    const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

export type CodeResult = 'ok' | 'recovery' | 'wrong' | 'replayed';

/**
 * Checks the second step's code for a user with a second factor: a TOTP code (once per time step)
 * or an unused recovery code (then used up). Audited by the caller.
 */
export async function verifySecondFactor(
  userId: number,
  code: string,
  now = Date.now(),
): Promise<CodeResult> {
  const db = getDb();
  const user = db.select({ secret: users.totpSecret }).from(users).where(eq(users.id, userId)).get();
  if (!user?.secret) return 'wrong';
  // sealed at rest; a value that does not open (another key, changed in the file) matches no code
  const secret = open(user.secret, totpContext(userId));
  if (secret === null) {
    logger().error({ userId }, 'the stored TOTP secret does not open with the configured key');
    return 'wrong';
  }
  const step = await matchingStep(secret, code, now);
  if (step !== null) {
    const taken = db
      .update(users)
      .set({ totpLastStep: step })
      .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
      .run().changes;
    return taken === 1 ? 'ok' : 'replayed';
  }
  if (normaliseCode(code).length !== 10) return 'wrong';
  const used = db
    .update(recoveryCodes)
    .set({ usedAt: new Date(now).toISOString() })
    .where(
      and(
        eq(recoveryCodes.userId, userId),
        eq(recoveryCodes.codeHash, hashCode(code)),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .run().changes;
  return used === 1 ? 'recovery' : 'wrong';
}

/** How many unused recovery codes the user has left. */
export function recoveryCodesLeft(userId: number): number {
  return getDb()
    .select({ id: recoveryCodes.id })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
    .all().length;
}

/**
 * Sets up the second factor once the user has typed a code of the new secret: the secret, the
 * step of that code (so it cannot be used again to sign in), ten new recovery codes (the old ones
 * end), audited. Returns the recovery codes to show once, or null for a wrong code.
 */
export async function enrolSecondFactor(userId: number, secret: string, code: string, now = Date.now()) {
  const step = await matchingStep(secret, code, now);
  if (step === null) return null;
  const codes = newRecoveryCodes();
  getDb().transaction((tx) => {
    const had = tx.select({ secret: users.totpSecret }).from(users).where(eq(users.id, userId)).get();
    tx.update(users)
      .set({ totpSecret: seal(secret, totpContext(userId)), totpLastStep: step })
      .where(eq(users.id, userId))
      .run();
    tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
    tx.insert(recoveryCodes)
      .values(codes.map((c) => ({ userId, codeHash: hashCode(c) })))
      .run();
    recordAudit(
      {
        userId,
        action: had?.secret ? 'user.totp_replaced' : 'user.totp_enabled',
        entityType: 'user',
        entityId: userId,
      },
      tx,
    );
  }, WRITE_TX);
  return codes;
}

/** The admin resets a user's second factor (lost phone): secret and codes gone, sessions ended, audited. */
export function resetSecondFactor(userId: number, actorId: number) {
  getDb().transaction((tx) => {
    tx.update(users).set({ totpSecret: null, totpLastStep: null }).where(eq(users.id, userId)).run();
    tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
    recordAudit({ userId: actorId, action: 'user.totp_reset', entityType: 'user', entityId: userId }, tx);
  }, WRITE_TX);
  revokeUserSessions(userId);
}

/**
 * The user switches their own optional second factor off (the caller has checked a current code or
 * the password, and that the role does not require one): secret and codes gone, audited. Returns
 * false when there was none to switch off.
 */
export function disableOwnSecondFactor(userId: number, via: 'code' | 'password'): boolean {
  return getDb().transaction((tx) => {
    const changed = tx
      .update(users)
      .set({ totpSecret: null, totpLastStep: null })
      .where(and(eq(users.id, userId), isNotNull(users.totpSecret)))
      .run().changes;
    if (changed === 0) return false;
    tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
    recordAudit(
      { userId, action: 'user.totp_disabled', entityType: 'user', entityId: userId, detail: { via } },
      tx,
    );
    return true;
  }, WRITE_TX);
}

/** Ends a half-done sign-in (used by the second step once it is done). */
export function endStagedSessions(ids: string[]) {
  if (ids.length === 0) return;
  getDb()
    .update(sessions)
    .set({ revokedAt: new Date().toISOString() })
    .where(inArray(sessions.id, ids))
    .run();
}
