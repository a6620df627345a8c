import { z } from 'zod';
import { common, type CommonKey } from '#app/i18n/common';
import { translate } from '#app/i18n/i18n';
import { type Lang } from '#app/domain/lang';

/** The shortest password the forms and the server's password policy accept (BIO/NCSC: 12 characters). */
export const PASSWORD_MIN = 12;

type Message = (key: CommonKey) => string;
const messages =
  (lang: Lang): Message =>
  (key) =>
    translate(common, lang, key);

/** A new password under the policy, typed twice. */
function newPasswordFields(m: Message) {
  return {
    newPassword: z
      .string({ message: m('valPasswordShort') })
      .min(PASSWORD_MIN, m('valPasswordShort'))
      .max(200, m('valPasswordLong')),
    confirmPassword: z.string({ message: m('valPasswordConfirm') }),
  };
}

function checkConfirmed(
  v: { newPassword: string; confirmPassword: string },
  ctx: z.RefinementCtx,
  m: Message,
) {
  if (v.confirmPassword !== v.newPassword)
    ctx.addIssue({ code: 'custom', path: ['confirmPassword'], message: m('valPasswordConfirm') });
}

/** A new password chosen through a link: the same policy as everywhere, typed twice. */
export function newPasswordSchema(lang: Lang) {
  const m = messages(lang);
  return z.object(newPasswordFields(m)).superRefine((v, ctx) => checkConfirmed(v, ctx, m));
}

/** The own-password form: the current password, and a new one under the policy the admin uses. */
export function passwordChangeSchema(lang: Lang) {
  const m = messages(lang);
  return z
    .object({
      currentPassword: z
        .string({ message: m('valCurrentPasswordWrong') })
        .max(1000, m('valCurrentPasswordWrong')),
      ...newPasswordFields(m),
    })
    .superRefine((v, ctx) => {
      checkConfirmed(v, ctx, m);
      if (v.newPassword === v.currentPassword)
        ctx.addIssue({ code: 'custom', path: ['newPassword'], message: m('valPasswordSame') });
    });
}
