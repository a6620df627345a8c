import { z } from 'zod';
import { monthField } from '#app/domain/entered-fields';
import type { Lang } from '#app/domain/lang';
import { translate } from '#app/i18n/i18n';
import { spcText, type SpcKey } from '#app/i18n/spc';

/**
 * What a manager records: for the programme (where it has a control chart: `programme`) or a
 * region, from a month, and why.
 */
export function recalcSchema(lang: Lang, regionSlugs: readonly string[], programme = true) {
  const m = (k: SpcKey) => translate(spcText, lang, k);
  return z.object({
    intent: z.literal('record'),
    scope: z
      .string({ message: m('valScope') })
      .refine(
        (s) => (programme && s === 'programma') || regionSlugs.includes(s),
        m(programme ? 'valScope' : 'valScopeRegion'),
      ),
    fromMonth: monthField(lang, m('valFrom')),
    reason: z
      .string({ message: m('valReason') })
      .trim()
      .min(5, m('valReason'))
      .max(500, m('valReason')),
  });
}

/** A manager withdraws a recorded recalculation, and says why. */
export function withdrawSchema(lang: Lang) {
  const m = (k: SpcKey) => translate(spcText, lang, k);
  return z.object({
    intent: z.literal('withdraw'),
    id: z.coerce
      .number({ message: m('valWithdrawId') })
      .int(m('valWithdrawId'))
      .positive(m('valWithdrawId')),
    reason: z
      .string({ message: m('valReason') })
      .trim()
      .min(5, m('valReason'))
      .max(500, m('valReason')),
  });
}
