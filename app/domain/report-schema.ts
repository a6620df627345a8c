/**
 * The monthly report form as one zod schema, built from the catalogue and the hard rules, so the
 * browser (Conform) and the server check exactly the same things. An empty field is unknown (null),
 * never 0. Pure: no database, no Remix, no React.
 */
import { z } from 'zod';
import { DATA_ELEMENTS } from './catalogue';
import { readEnteredNumber } from './number-input';
import { evaluateHardRules, type Values } from './rules';
import { type Lang } from './lang';

export const REPORT_FORM_INTENTS = ['save', 'submit'] as const;
export type ReportFormIntent = (typeof REPORT_FORM_INTENTS)[number];

/** The text a stored value shows in an input: a decimal comma in Dutch. */
export function formatEnteredNumber(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return lang === 'nl' ? s.replace('.', ',') : s;
}

const MESSAGES = {
  nl: {
    notNumber: (label: string) =>
      `${label}: vul een getal in, zoals 12 of 12,5, of laat het veld leeg als het onbekend is.`,
    version: 'De versie van de rapportage ontbreekt. Laad de pagina opnieuw.',
    intent: 'Kies opslaan of indienen.',
    decimalSeparator: (label: string) =>
      `${label}: gebruik een komma voor decimalen, zoals 61,5. Een punt scheidt in het Nederlands duizendtallen (1.234), dus de waarde is niet overgenomen.`,
  },
  en: {
    notNumber: (label: string) =>
      `${label}: enter a number, such as 12 or 12.5, or leave the field empty if it is unknown.`,
    version: 'The report version is missing. Reload the page.',
    intent: 'Choose save or submit.',
    decimalSeparator: (label: string) =>
      `${label}: use a point for decimals, such as 61.5. A comma separates thousands (1,234), so the value was not taken.`,
  },
} as const;

/**
 * Parses the element fields of a form payload into values (unknown = null; unreadable = NaN), with
 * the number rule of the language (number-input.ts).
 */
export function valuesFromPayload(
  payload: Readonly<Record<string, unknown>>,
  lang: Lang,
): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const e of DATA_ELEMENTS) {
    const r = readEnteredNumber(payload[e.code], e.unit, lang);
    out[e.code] = r.ok ? r.value : Number.NaN;
  }
  return out;
}

/**
 * The form schema. Element fields are strings (Conform leaves empty ones undefined); the refinement
 * parses them and runs every hard rule, putting each message at its field. Extra fields (the
 * explanations of soft-rule warnings) pass through untouched.
 */
export function createReportFormSchema(lang: Lang) {
  // Built once per language: a schema is immutable, and building one (52 fields) took ~1 ms of every
  // form view and every save.
  let schema = schemas.get(lang);
  if (!schema) schemas.set(lang, (schema = buildReportFormSchema(lang)));
  return schema;
}

const schemas = new Map<Lang, ReturnType<typeof buildReportFormSchema>>();

function buildReportFormSchema(lang: Lang) {
  const m = MESSAGES[lang];
  const shape: Record<string, z.ZodType<string | undefined>> = {};
  for (const e of DATA_ELEMENTS) shape[e.code] = z.string().max(30, m.notNumber(e.label[lang])).optional();
  return z
    .looseObject({
      intent: z.enum(REPORT_FORM_INTENTS, { message: m.intent }),
      version: z.coerce.number({ message: m.version }).int().positive(),
      ...shape,
    })
    .superRefine((payload, ctx) => {
      const usable: Record<string, number | null> = {};
      for (const e of DATA_ELEMENTS) {
        const r = readEnteredNumber(payload[e.code], e.unit, lang);
        if (!r.ok) {
          const message = r.problem === 'decimalSeparator' ? m.decimalSeparator : m.notNumber;
          ctx.addIssue({ code: 'custom', path: [e.code], message: message(e.label[lang]) });
          usable[e.code] = null;
        } else usable[e.code] = r.value;
      }
      for (const v of evaluateHardRules(usable as Values))
        ctx.addIssue({ code: 'custom', path: [v.elementCode], message: v.message[lang] });
    });
}

export type ReportFormPayload = z.infer<ReturnType<typeof createReportFormSchema>>;

/** Name of the form field that explains a soft-rule warning. */
export function explanationField(ruleCode: string, elementCode: string): string {
  return `uitleg-${ruleCode}-${elementCode}`;
}
