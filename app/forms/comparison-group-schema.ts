import { z } from 'zod';
import type { Lang } from '#app/domain/lang';
import { translate } from '#app/i18n/i18n';
import { comparisonText } from '#app/i18n/comparison-groups';

const CODE = /^GM\d{4}$/;

/** A region's matched comparison group: municipality codes separated by commas (empty clears it), and a reason. */
export function comparisonGroupSchema(lang: Lang) {
  const m = (key: 'errorCodes' | 'errorReason') => translate(comparisonText, lang, key);
  return z.object({
    municipalities: z
      .string()
      .optional()
      .transform((v) =>
        (v ?? '')
          .split(/[\s,;]+/)
          .map((c) => c.trim().toUpperCase())
          .filter(Boolean),
      )
      .refine((codes) => codes.length <= 400 && codes.every((c) => CODE.test(c)), m('errorCodes')),
    reason: z
      .string({ message: m('errorReason') })
      .trim()
      .min(3, m('errorReason'))
      .max(500, m('errorReason')),
  });
}
