import { z } from 'zod';
import { common, type CommonKey } from '~/i18n/common';
import { translate } from '~/i18n/i18n';
import { type Lang } from '~/domain/lang';
import { PASSWORD_MIN } from '../_app.beheer/user-schema';

/** A new password chosen through a link: the same policy as everywhere, typed twice. */
export function newPasswordSchema(lang: Lang) {
  const m = (key: CommonKey) => translate(common, lang, key);
  return z
    .object({
      newPassword: z
        .string({ message: m('valPasswordShort') })
        .min(PASSWORD_MIN, m('valPasswordShort'))
        .max(200, m('valPasswordLong')),
      confirmPassword: z.string({ message: m('valPasswordConfirm') }),
    })
    .superRefine((v, ctx) => {
      if (v.confirmPassword !== v.newPassword)
        ctx.addIssue({ code: 'custom', path: ['confirmPassword'], message: m('valPasswordConfirm') });
    });
}
