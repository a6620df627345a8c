import { z } from 'zod';
import { common } from '#app/i18n/common';
import { translate } from '#app/i18n/i18n';
import { type Lang } from '#app/domain/lang';

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
