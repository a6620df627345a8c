import { z } from 'zod';
import { getIndicator } from '~/domain/indicators';
import { isPeriod } from '~/domain/periods';
import { dashboards, type DashboardKey } from '~/i18n/dashboards';
import { translate } from '~/i18n/i18n';
import { type Lang } from '~/domain/lang';

/** A number as people type it here: "12,5" or "12.5". */
const NUMBER_RE = /^-?\d+([.,]\d+)?$/;

export function targetSchema(lang: Lang) {
  const m = (key: DashboardKey) => translate(dashboards, lang, key);
  const num = z
    .string({ message: m('valNumber') })
    .trim()
    .regex(NUMBER_RE, m('valNumber'))
    .transform((s) => Number(s.replace(',', '.')));
  return z
    .object({
      indicatorCode: z
        .string({ message: m('valIndicator') })
        .refine((c) => getIndicator(c) !== undefined, m('valIndicator')),
      target: num,
      floor: num,
      effectiveFrom: z
        .string({ message: m('valPeriod') })
        .trim()
        .refine(isPeriod, m('valPeriod')),
      note: z.string().trim().max(500, m('valNote')).optional(),
    })
    .superRefine((v, ctx) => {
      const ind = getIndicator(v.indicatorCode);
      if (!ind) return;
      if (ind.direction === 'higher' && !(v.target > v.floor))
        ctx.addIssue({ code: 'custom', path: ['target'], message: m('valDirectionHigher') });
      if (ind.direction === 'lower' && !(v.target < v.floor))
        ctx.addIssue({ code: 'custom', path: ['target'], message: m('valDirectionLower') });
      if (ind.unit === 'percent' || ind.unit === 'per100')
        for (const key of ['target', 'floor'] as const)
          if (v[key] < 0 || v[key] > 100)
            ctx.addIssue({ code: 'custom', path: [key], message: m('valPercentRange') });
    });
}
