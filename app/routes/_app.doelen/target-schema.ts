import { z } from 'zod';
import { getIndicator, type IndicatorUnit } from '#app/domain/indicators';
import { formatNumber } from '#app/domain/number-format';
import { monthField } from '#app/domain/entered-fields';
import { dashboards, type DashboardKey } from '#app/i18n/dashboards';
import { translate } from '#app/i18n/i18n';
import { type Lang } from '#app/domain/lang';

/** A number as people type it here: "12,5" or "12.5" (at most 12 digits before the comma). */
const NUMBER_RE = /^-?\d{1,12}([.,]\d{1,6})?$/;

/**
 * The range a target or floor of each kind of indicator can have (issue 13: a 400-digit floor was
 * stored as Infinity and turned every score into NaN). Percentages have their own message.
 */
export const TARGET_RANGE: Record<IndicatorUnit, readonly [number, number]> = {
  percent: [0, 100],
  per100: [0, 100],
  days: [0, 3650],
  score: [0, 10],
  number: [0, 100_000],
  rate: [0, 100_000],
};

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
      effectiveFrom: monthField(lang, m('valPeriod')),
      note: z.string().trim().max(500, m('valNote')).optional(),
    })
    .superRefine((v, ctx) => {
      const ind = getIndicator(v.indicatorCode);
      if (!ind) return;
      if (ind.direction === 'higher' && !(v.target > v.floor))
        ctx.addIssue({ code: 'custom', path: ['target'], message: m('valDirectionHigher') });
      if (ind.direction === 'lower' && !(v.target < v.floor))
        ctx.addIssue({ code: 'custom', path: ['target'], message: m('valDirectionLower') });
      const [min, max] = TARGET_RANGE[ind.unit];
      for (const key of ['target', 'floor'] as const)
        if (!Number.isFinite(v[key]) || v[key] < min || v[key] > max)
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message:
              ind.unit === 'percent' || ind.unit === 'per100'
                ? m('valPercentRange')
                : translate(dashboards, lang, 'valRange', {
                    min: formatNumber(min, lang, 4),
                    max: formatNumber(max, lang, 4),
                  }),
          });
    });
}
