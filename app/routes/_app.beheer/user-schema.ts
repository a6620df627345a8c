import { z } from 'zod';
import { hasControlCharacter, nameControlMessage } from '#app/domain/entered-fields';
import { ROLES } from '#app/domain/roles';
import { common, type CommonKey } from '#app/i18n/common';
import { translate } from '#app/i18n/i18n';
import { type Lang } from '#app/domain/lang';
import { roleHasRegion } from '#app/domain/permissions';

export function createUserActionSchema(lang: Lang) {
  const m = (key: CommonKey) => translate(common, lang, key);
  const userId = z.coerce.number().int().positive();
  // The admin never types a password: a new user is invited, a forgotten password gets a link.
  return z.discriminatedUnion('intent', [
    z
      .object({
        intent: z.literal('create'),
        name: z
          .string({ message: m('valNameRequired') })
          .trim()
          .min(2, m('valNameRequired'))
          .max(100, m('valNameRequired'))
          .refine((v) => !hasControlCharacter(v), nameControlMessage(lang)),
        email: z
          .string({ message: m('loginEmailRequired') })
          .trim()
          .toLowerCase()
          .max(254)
          .email(m('loginEmailInvalid')),
        role: z.enum(ROLES, { message: m('valRoleRequired') }),
        regionId: z.coerce.number().int().positive().optional(),
      })
      .superRefine((v, ctx) => {
        if (roleHasRegion(v.role) && v.regionId === undefined)
          ctx.addIssue({ code: 'custom', path: ['regionId'], message: m('valRegionRequired') });
        if (!roleHasRegion(v.role) && v.regionId !== undefined)
          ctx.addIssue({ code: 'custom', path: ['regionId'], message: m('valRegionNotAllowed') });
      }),
    z.object({
      intent: z.literal('toggle'),
      userId: z.coerce.number().int().positive(),
      disabled: z.enum(['true', 'false']),
    }),
    z.object({ intent: z.literal('reinvite'), userId }),
    z.object({ intent: z.literal('send-reset'), userId }),
    z.object({ intent: z.literal('reset-totp'), userId }),
    z.object({
      intent: z.literal('totp-roles'),
      roles: z
        .array(z.enum(ROLES, { message: m('valRoleRequired') }))
        .max(ROLES.length)
        .optional(),
    }),
  ]);
}
