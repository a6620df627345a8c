import crypto from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { isSealed, open, seal, sealingKey, totpContext } from './secret-box.server';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe('sealing a stored secret (AES-256-GCM, key by HKDF)', () => {
  test('a sealed value opens for its own row and holds nothing of the plain text', () => {
    const sealed = seal(SECRET, totpContext(7));
    expect(isSealed(sealed)).toBe(true);
    expect(sealed).not.toContain(SECRET);
    expect(sealed.split('.')).toHaveLength(4);
    expect(open(sealed, totpContext(7))).toBe(SECRET);
    // a fresh IV each time: the same secret never looks the same twice
    expect(seal(SECRET, totpContext(7))).not.toBe(sealed);
  });

  test('copied to another row, changed, or under another key it does not open', () => {
    const sealed = seal(SECRET, totpContext(7));
    expect(open(sealed, totpContext(8))).toBeNull();
    const parts = sealed.split('.');
    const ct = Buffer.from(parts[3]!, 'base64url');
    ct[0] = ct[0]! ^ 1;
    expect(
      open([parts[0], parts[1], parts[2], ct.toString('base64url')].join('.'), totpContext(7)),
    ).toBeNull();
    expect(open(sealed, totpContext(7), sealingKey('another-secret-of-at-least-32-characters'))).toBeNull();
    expect(open(SECRET, totpContext(7))).toBeNull();
    expect(isSealed(SECRET)).toBe(false);
  });

  test('the key is HKDF-SHA-256 of the configured secret, 32 bytes', () => {
    const key = sealingKey('x'.repeat(32));
    expect(key).toHaveLength(32);
    expect(key).toEqual(
      Buffer.from(
        crypto.hkdfSync('sha256', 'x'.repeat(32), 'proeftuinmonitor', 'proeftuinmonitor totp-secret v1', 32),
      ),
    );
    expect(sealingKey('y'.repeat(32)).equals(key)).toBe(false);
  });
});
