/**
 * The monthly report form as one zod schema, built from the catalogue and the hard rules, so the
 * browser (Conform) and the server check exactly the same things. An empty field is unknown (null),
 * never 0. Pure: no database, no Remix, no React.
 *
 * The server parses with the schema. The browser checks with `resolveReportForm`, the same checks
 * of the element fields without zod (issue 26: zod is 26 KB gzip of the form's JavaScript), and
 * takes the HTML constraints from the schema through the loader (`reportFormConstraint`);
 * report-schema.test.ts holds the two to the same errors.
 */
import { z } from 'zod';
import { DATA_ELEMENTS } from './catalogue';
import { readEnteredNumber } from './number-input';
import { evaluateHardRules, type Values } from './rules';
import { translate } from '#app/i18n/i18n';
import { reports } from '#app/i18n/reports';
import { type Lang } from './lang';

export const REPORT_FORM_INTENTS = ['save', 'submit'] as const;
/** The longest text an element field takes (the input's maxlength); a longer one is not a number. */
export const MAX_ENTRY_LENGTH = 30;
export type ReportFormIntent = (typeof REPORT_FORM_INTENTS)[number];

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
  const m = (
    key: 'formNotNumber' | 'formDecimalSeparator' | 'formVersionMissing' | 'formIntentInvalid',
    label = '',
  ) => translate(reports, lang, key, { label });
  const shape: Record<string, z.ZodType<string | undefined>> = {};
  for (const e of DATA_ELEMENTS)
    shape[e.code] = z.string().max(MAX_ENTRY_LENGTH, m('formNotNumber', e.label[lang])).optional();
  return z
    .looseObject({
      intent: z.enum(REPORT_FORM_INTENTS, { message: m('formIntentInvalid') }),
      version: z.coerce
        .number({ message: m('formVersionMissing') })
        .int()
        .positive(),
      ...shape,
    })
    .superRefine(
      (payload, ctx) => {
        for (const e of reportFormErrors(payload, lang))
          ctx.addIssue({ code: 'custom', path: [e.elementCode], message: e.message });
      },
      // Also when intent or version are missing: the browser validates a field as the user leaves it,
      // without a submit button, and must still see every hard rule then.
      { when: (p) => typeof p.value === 'object' && p.value !== null },
    );
}

/**
 * Every error of the element fields of a form payload: unreadable numbers (with the number rule of
 * the language) and every hard rule of the server, each at its field, in catalogue order. The
 * schema's refinement and the form's own check (as the user leaves a field, and before submitting)
 * both use this, so the browser and the server report exactly the same things.
 */
export function reportFormErrors(
  payload: Readonly<Record<string, unknown>>,
  lang: Lang,
): { elementCode: string; message: string }[] {
  const out: { elementCode: string; message: string }[] = [];
  const usable: Record<string, number | null> = {};
  for (const e of DATA_ELEMENTS) {
    const r = readEnteredNumber(payload[e.code], e.unit, lang);
    if (!r.ok) {
      const key = r.problem === 'decimalSeparator' ? 'formDecimalSeparator' : 'formNotNumber';
      out.push({ elementCode: e.code, message: translate(reports, lang, key, { label: e.label[lang] }) });
      usable[e.code] = null;
    } else usable[e.code] = r.value;
  }
  for (const v of evaluateHardRules(usable as Values))
    out.push({ elementCode: v.elementCode, message: v.message[lang] });
  const order = new Map(DATA_ELEMENTS.map((e, i) => [e.code, i]));
  return out
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (order.get(a.e.elementCode) ?? 0) - (order.get(b.e.elementCode) ?? 0) || a.i - b.i)
    .map(({ e }) => e);
}

export type ReportFormPayload = z.infer<ReturnType<typeof createReportFormSchema>>;

/**
 * The browser's check of the form (Conform's `parse` with this as `resolve`): the errors the
 * schema gives at the element fields, each field's in the schema's order (its length first, then
 * the refinement's). The schema's intent and version are the form's buttons and hidden field, and
 * a field's length is its maxlength: the server checks them (and everything else) again.
 */
export function resolveReportForm<Payload extends Record<string, unknown>>(
  payload: Payload,
  lang: Lang,
): { value?: Payload; error?: Record<string, string[]> } {
  const error: Record<string, string[]> = {};
  const add = (code: string, message: string) => (error[code] ??= []).push(message);
  for (const e of DATA_ELEMENTS) {
    const raw = payload[e.code];
    if (typeof raw === 'string' && raw.length > MAX_ENTRY_LENGTH)
      add(e.code, translate(reports, lang, 'formNotNumber', { label: e.label[lang] }));
  }
  for (const e of reportFormErrors(payload, lang)) add(e.elementCode, e.message);
  return Object.keys(error).length > 0 ? { error } : { value: payload };
}

/** Name of the form field that explains a soft-rule warning. */
export function explanationField(ruleCode: string, elementCode: string): string {
  return `uitleg-${ruleCode}-${elementCode}`;
}
