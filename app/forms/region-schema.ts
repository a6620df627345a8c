import { formatNumber } from '#app/domain/number-format';
import { z } from 'zod';
import { hasControlCharacter, monthField, nameControlMessage } from '#app/domain/entered-fields';
import { isPeriod, periodRange } from '#app/domain/periods';
import { COLOUR_RE, contrastWithWhite, MIN_GRAPHIC_CONTRAST } from '#app/domain/region-colours';
import type { Lang } from '#app/domain/lang';
import { translate } from '#app/i18n/i18n';
import { regionsText, type RegionsKey } from '#app/i18n/regions';

const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function messages(lang: Lang) {
  return (key: RegionsKey, p?: Record<string, string>) => translate(regionsText, lang, key, p);
}

/** The fields of a region both forms share (create and edit). */
function regionFields(lang: Lang) {
  const m = messages(lang);
  // Each message names its field: an empty form lists several, and the summary must tell them apart.
  const text = (field: RegionsKey) => {
    const message = m('valText', { field: m(field) });
    return z.string({ message }).trim().min(1, message).max(200, message);
  };
  const period = (field: RegionsKey) => monthField(lang, m('valPeriod', { field: m(field) }));
  return {
    name: z
      .string({ message: m('valName') })
      .trim()
      .min(2, m('valName'))
      .max(100, m('valName'))
      .refine((v) => !hasControlCharacter(v), nameControlMessage(lang)),
    planName: text('fieldPlanName'),
    colour: z
      .string()
      .trim()
      .optional()
      .superRefine((v, ctx) => {
        if (!v) return;
        if (!COLOUR_RE.test(v)) return ctx.addIssue({ code: 'custom', message: m('valColour') });
        const ratio = contrastWithWhite(v);
        if (ratio < MIN_GRAPHIC_CONTRAST)
          ctx.addIssue({
            code: 'custom',
            message: m('valColourContrast', { ratio: formatNumber(ratio, lang, 1) }),
          });
      }),
    reportingStart: period('fieldReportingStart'),
    pilotStart: period('fieldPilotStart'),
  };
}

/** Scope and population from a month on. */
function scopeFields(lang: Lang) {
  const m = messages(lang);
  return {
    effectiveFrom: monthField(lang, m('valPeriod', { field: m('fieldEffectiveFrom') })),
    children: z.coerce
      .number({ message: m('valChildren') })
      .int(m('valChildren'))
      .min(1, m('valChildren'))
      .max(10_000_000, m('valChildren')),
    municipalities: z
      .string({ message: m('valMunicipalities') })
      .transform((s) =>
        s
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter(Boolean),
      )
      .refine((list) => list.length >= 1 && list.length <= 100 && list.every((x) => x.length <= 100), {
        message: m('valMunicipalities'),
      }),
    source: z.string().trim().max(300, m('valText')).optional(),
  };
}

export function createRegionSchema(lang: Lang) {
  const m = messages(lang);
  return z.object({
    slug: z
      .string({ message: m('valSlug') })
      .trim()
      .min(2, m('valSlug'))
      .max(60, m('valSlug'))
      .regex(SLUG_RE, m('valSlug')),
    ...regionFields(lang),
    ...scopeFields(lang),
  });
}

export function editRegionSchema(lang: Lang) {
  return z.discriminatedUnion('intent', [
    z.object({ intent: z.literal('update'), ...regionFields(lang), active: z.literal('on').optional() }),
    z.object({ intent: z.literal('scope'), ...scopeFields(lang) }),
  ]);
}

export function baselineSchema(lang: Lang) {
  const m = messages(lang);
  const period = (field: RegionsKey) => monthField(lang, m('valPeriod', { field: m(field) }));
  const reason = z
    .string({ message: m('valReason') })
    .trim()
    .min(3, m('valReason'))
    .max(500, m('valReason'));
  return z.discriminatedUnion('intent', [
    z
      .object({
        intent: z.literal('set'),
        baselineFrom: period('baselineFrom'),
        baselineTo: period('baselineTo'),
        reason,
      })
      .superRefine((v, ctx) => {
        // the fields' own checks have said what is wrong with a value that is not a month
        if (!isPeriod(v.baselineFrom) || !isPeriod(v.baselineTo)) return;
        if (v.baselineTo < v.baselineFrom)
          return ctx.addIssue({ code: 'custom', path: ['baselineTo'], message: m('valBaselineOrder') });
        if (periodRange(v.baselineFrom, v.baselineTo).length > 24)
          ctx.addIssue({ code: 'custom', path: ['baselineTo'], message: m('valBaselineLength') });
      }),
    z.object({ intent: z.literal('reset'), reason }),
  ]);
}

/**
 * Filling one indicator's baseline from a reference series (a baseline before the first monthly
 * report), or clearing it: the code and the series are checked against what is stored by the action.
 */
export function referenceFillSchema(lang: Lang) {
  const m = messages(lang);
  const code = z
    .string({ message: m('valFillCode') })
    .trim()
    .min(1, m('valFillCode'))
    .max(100, m('valFillCode'));
  return z.discriminatedUnion('intent', [
    z.object({
      intent: z.literal('fill'),
      code,
      series: z
        .string({ message: m('valFillSeries') })
        .trim()
        .min(1, m('valFillSeries'))
        .max(200, m('valFillSeries')),
    }),
    z.object({ intent: z.literal('clear'), code }),
  ]);
}
