import { dictionary } from '@zxcvbn-ts/language-common';
import { PASSWORD_MIN } from '#app/forms/password';

export const PASSWORD_MIN_LENGTH = PASSWORD_MIN;
export const PASSWORD_MAX_LENGTH = 200;

// zxcvbn-ts's list of ~49,000 commonly used passwords, held server-side only.
let common: Set<string> | undefined;

export type PasswordProblem = 'too_short' | 'too_long' | 'common';

/** The password policy: at least 12 characters and not a commonly used password. */
export function checkPasswordPolicy(password: string): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (password.length > PASSWORD_MAX_LENGTH) return 'too_long';
  common ??= new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));
  if (common.has(password.toLowerCase())) return 'common';
  return null;
}
