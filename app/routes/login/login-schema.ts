import { z } from 'zod';
import { common } from '~/i18n/common';
import { translate, type Lang } from '~/i18n/i18n';

export function createLoginSchema(lang: Lang) {
  const m = (key: Parameters<typeof translate<keyof typeof common.nl>>[2]) => translate(common, lang, key);
  return z.object({
    email: z
      .string({ message: m('loginEmailRequired') })
      .trim()
      .max(254, m('loginEmailInvalid'))
      .email(m('loginEmailInvalid')),
    password: z.string({ message: m('loginPasswordRequired') }).max(1000, m('loginFailed')),
    redirectTo: z.string().optional(),
  });
}

/** Only paths inside this app; anything else (other hosts, protocol-relative URLs) is dropped. */
export function safeRedirect(to: string | undefined | null, fallback: string): string {
  if (!to || !to.startsWith('/') || to.startsWith('//') || to.startsWith('/\\')) return fallback;
  return to;
}
