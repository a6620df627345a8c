/**
 * Secrets the server must read back (the TOTP secret) are stored sealed: AES-256-GCM with a random
 * 96-bit IV and a key derived with HKDF-SHA-256 from TOTP_ENCRYPTION_KEY, or from SESSION_SECRET
 * when that is not set. The additional data binds a sealed value to its row, so a value copied to
 * another account does not open. Stored form: `v1.<iv>.<tag>.<ciphertext>` (base64url).
 */
import crypto from 'node:crypto';
import { getEnv } from './env.server';

const VERSION = 'v1';
const INFO = 'proeftuinmonitor totp-secret v1';

let cachedKey: { from: string; key: Buffer } | undefined;

/** The 32-byte key, derived once per configured secret. */
export function sealingKey(source = getEnv().TOTP_ENCRYPTION_KEY ?? getEnv().SESSION_SECRET): Buffer {
  if (cachedKey?.from !== source) {
    const key = Buffer.from(crypto.hkdfSync('sha256', source, 'proeftuinmonitor', INFO, 32));
    cachedKey = { from: source, key };
  }
  return cachedKey.key;
}

/** Whether a stored value is sealed (a plain TOTP secret is base32 and never holds a dot). */
export function isSealed(stored: string): boolean {
  return stored.startsWith(`${VERSION}.`);
}

export function seal(plain: string, context: string, key = sealingKey()): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv, { authTagLength: 16 });
  cipher.setAAD(Buffer.from(context));
  const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, iv.toString('base64url'), tag.toString('base64url'), ct.toString('base64url')].join('.');
}

/** The plain value, or null when the value was changed, sealed for another row or with another key. */
export function open(stored: string, context: string, key = sealingKey()): string | null {
  const parts = stored.split('.');
  if (parts.length !== 4 || parts[0] !== VERSION) return null;
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(parts[1]!, 'base64url'), {
      authTagLength: 16,
    });
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(Buffer.from(parts[2]!, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(parts[3]!, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    return null;
  }
}

/** The additional data of a user's TOTP secret. */
export const totpContext = (userId: number) => `users.totp_secret:${userId}`;
