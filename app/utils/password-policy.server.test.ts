import { describe, expect, test } from 'vitest';
import { checkPasswordPolicy } from './password-policy.server';

describe('password policy', () => {
  test('at least 12 characters', () => {
    expect(checkPasswordPolicy('kort-11-tek')).toBe('too_short');
    expect(checkPasswordPolicy('lang-genoeg-12')).toBeNull();
  });
  test('a commonly used password is refused whatever its case', () => {
    expect(checkPasswordPolicy('qwerty123456')).toBe('common');
    expect(checkPasswordPolicy('LeaveMeAlone')).toBe('common');
    expect(checkPasswordPolicy('demo-wachtwoord-2026')).toBeNull();
  });
  test('at most 200 characters', () => {
    expect(checkPasswordPolicy('x'.repeat(201))).toBe('too_long');
  });
});
