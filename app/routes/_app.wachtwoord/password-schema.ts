import { z } from 'zod';
import { common, type CommonKey } from '#app/i18n/common';
import { translate } from '#app/i18n/i18n';
import { type Lang } from '#app/domain/lang';
import { PASSWORD_MIN } from '#app/forms/password';

/** The own-password form: the current password, and a new one under the policy the admin uses. */
export function passwordChangeSchema(lang: Lang) {
  const m = (key: CommonKey) => translate(common, lang, key);
  return z
    .object({
      currentPassword: z
        .string({ message: m('valCurrentPasswordWrong') })
        .max(1000, m('valCurrentPasswordWrong')),
      newPassword: z
        .string({ message: m('valPasswordShort') })
        .min(PASSWORD_MIN, m('valPasswordShort'))
        .max(200, m('valPasswordLong')),
      confirmPassword: z.string({ message: m('valPasswordConfirm') }),
    })
    .superRefine((v, ctx) => {
      if (v.confirmPassword !== v.newPassword)
        ctx.addIssue({ code: 'custom', path: ['confirmPassword'], message: m('valPasswordConfirm') });
      if (v.newPassword === v.currentPassword)
        ctx.addIssue({ code: 'custom', path: ['newPassword'], message: m('valPasswordSame') });
    });
}
