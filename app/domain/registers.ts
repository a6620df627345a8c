/**
 * The two registers (experiments and legal bottlenecks): the form schemas, built from the field lists
 * of register-fields.ts, with the rules between fields (dates in order, what closing requires).
 * Pure: no database, Remix or React. Codes equal the enums of db/schema.ts (a test checks it).
 */
import { z } from 'zod';
import {
  BOTTLENECK_STATUS_LABELS,
  type RegisterEntity,
  isClosedExperimentStatus,
  isClosingBottleneckStatus,
} from './register-codes';
import {
  BOTTLENECK_FIELDS,
  enteredFields,
  EXPERIMENT_FIELDS,
  type BottleneckFieldList,
  type EnteredField,
  type ExperimentFieldList,
  type RegisterField,
  type RegisterInput,
} from './register-fields';
import { translate } from '#app/i18n/i18n';
import { registers, type RegistersKey } from '#app/i18n/registers';
import { Lang } from './lang';
import { INDICATORS } from './indicators';
import { EXPERIENCE_ITEMS } from './experience-items';
import { RATE_OUTCOME_DEFS } from './outcome-catalogue';
import { dateOutOfWindowMessage } from './entered-fields';
import { yearInWindow } from './periods';

/**
 * The indicators an experiment may name as the ones it aims to move (issue 12): every indicator of
 * the catalogue except the registers' own counts (an experiment cannot be its own effect), and the
 * outcome rates per 10,000 children (issue 23).
 */
export const LINKABLE_INDICATOR_CODES = [
  ...INDICATORS.filter((i) => i.formula.kind !== 'register').map((i) => i.code),
  ...RATE_OUTCOME_DEFS.map((o) => o.code),
  // experience items (issue 25): the same before/after, over quarters (professionals: half-years)
  ...EXPERIENCE_ITEMS.map((i) => i.code),
] as [string, ...string[]];

const VALIDATION_KEYS = {
  titleLength: 'valTitleLength',
  textTooLong: 'valTextTooLong',
  regionRequired: 'valRegionRequired',
  dateInvalid: 'valDateInvalid',
  endBeforeStart: 'valEndBeforeStart',
  principlesRequired: 'valPrinciplesRequired',
  principleRequired: 'valPrincipleRequired',
  choiceInvalid: 'valChoiceInvalid',
  indicatorInvalid: 'valIndicatorInvalid',
  statusRequired: 'valStatusRequired',
  outcomeRequired: 'valOutcomeRequired',
  lessonsRequired: 'valLessonsRequired',
  frameworkRequired: 'valFrameworkRequired',
  severityRequired: 'valSeverityRequired',
  identifiedRequired: 'valIdentifiedRequired',
  resolvedRequired: 'valResolvedRequired',
  resolvedBeforeIdentified: 'valResolvedBeforeIdentified',
  moveNotAllowed: 'valMoveNotAllowed',
  stale: 'valStale',
} as const satisfies Record<string, RegistersKey>;
export type ValidationKey = keyof typeof VALIDATION_KEYS;

export function validationMessage(
  lang: Lang,
  key: ValidationKey,
  params: Record<string, string | number> = {},
): string {
  return translate(registers, lang, VALIDATION_KEYS[key], params);
}

/** zod's own ISO date check: a real calendar date written as YYYY-MM-DD (2026-02-30 is not one). */
const ISO_DATE = z.iso.date();
const validDates = (...values: (string | undefined)[]) =>
  values.every((v) => v !== undefined && ISO_DATE.safeParse(v).success);

function schemaParts(lang: Lang) {
  const m = (key: ValidationKey, params?: Record<string, string | number>) =>
    validationMessage(lang, key, params);
  const text = (max: number) =>
    z
      .string()
      .trim()
      .max(max, m('textTooLong', { max }))
      .optional()
      .transform((v) => v ?? '');
  const date = (key: ValidationKey = 'dateInvalid') =>
    z
      .string({ message: m(key) })
      .trim()
      .pipe(z.iso.date({ message: m('dateInvalid') }))
      // a date in the years a period may name (a year 0000 or 9999 is no one's plan)
      .refine(
        (v) => !ISO_DATE.safeParse(v).success || yearInWindow(Number(v.slice(0, 4))),
        dateOutOfWindowMessage(lang),
      );
  const ids = z
    .array(z.coerce.number().int().positive())
    .optional()
    .transform((v) => [...new Set(v ?? [])]);
  return {
    m,
    text,
    date,
    ids,
    regionId: z.coerce
      .number({ message: m('regionRequired') })
      .int()
      .positive(m('regionRequired')),
    title: z
      .string({ message: m('titleLength') })
      .trim()
      .min(3, m('titleLength'))
      .max(200, m('titleLength')),
    version: z.coerce.number().int().positive().optional(),
  };
}

type Parts = ReturnType<typeof schemaParts>;

/** The check of one entered field, from its entry in the register's field list. */
function fieldSchema(f: EnteredField, p: Parts): z.ZodType {
  const { m } = p;
  switch (f.kind) {
    case 'region':
      return p.regionId;
    case 'title':
      return p.title;
    case 'text':
    case 'longText':
      return p.text(f.max);
    case 'date':
      return f.required ? p.date(f.required) : p.date().optional();
    case 'code': {
      const code = z.enum(f.codes, { message: m(f.required ?? 'choiceInvalid') });
      return f.required ? code : code.optional();
    }
    case 'codes': {
      const item = z.enum(f.codes, { message: m('choiceInvalid') });
      return f.required
        ? z.array(item, { message: m(f.required) }).min(1, m(f.required))
        : z
            .array(item)
            .optional()
            .transform((v) => v ?? []);
    }
    case 'status':
      return z.enum(f.codes, { message: m('statusRequired') });
    case 'indicators':
      return z
        .array(z.enum(LINKABLE_INDICATOR_CODES, { message: m('indicatorInvalid') }))
        .optional()
        .transform((v) => [...new Set(v ?? [])]);
    case 'links':
      return p.ids;
  }
}

/** The form schema of a register: one check per entered field of its list, then the edited version. */
function registerObject<L extends readonly RegisterField[]>(list: L, p: Parts) {
  const shape: Record<string, z.ZodType> = {};
  for (const f of enteredFields(list)) shape[f.name] = fieldSchema(f, p);
  shape.version = p.version;
  return z.object(shape) as unknown as z.ZodType<RegisterInput<L>, Record<string, unknown>>;
}

export type ExperimentInput = RegisterInput<ExperimentFieldList>;
export type BottleneckInput = RegisterInput<BottleneckFieldList>;

export function experimentSchema(lang: Lang) {
  const p = schemaParts(lang);
  const { m } = p;
  return registerObject(EXPERIMENT_FIELDS, p).superRefine((v, ctx) => {
    if (validDates(v.startDate, v.endDate) && v.endDate! < v.startDate!)
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: m('endBeforeStart') });
    if (isClosedExperimentStatus(v.status)) {
      if (!v.outcome) ctx.addIssue({ code: 'custom', path: ['outcome'], message: m('outcomeRequired') });
      if (v.lessons.length === 0)
        ctx.addIssue({ code: 'custom', path: ['lessons'], message: m('lessonsRequired') });
    }
  });
}

export function bottleneckSchema(lang: Lang) {
  const p = schemaParts(lang);
  const { m } = p;
  return registerObject(BOTTLENECK_FIELDS, p).superRefine((v, ctx) => {
    if (isClosingBottleneckStatus(v.status) && !v.resolvedDate)
      ctx.addIssue({
        code: 'custom',
        path: ['resolvedDate'],
        message: m('resolvedRequired', { status: BOTTLENECK_STATUS_LABELS[v.status][lang] }),
      });
    if (validDates(v.resolvedDate, v.identifiedDate) && v.resolvedDate! < v.identifiedDate)
      ctx.addIssue({ code: 'custom', path: ['resolvedDate'], message: m('resolvedBeforeIdentified') });
  });
}

/** Each register's form schema (its definition in register-definitions.ts leaves it out, so pages without a form load no zod). */
export const REGISTER_SCHEMAS = {
  experiment: experimentSchema,
  bottleneck: bottleneckSchema,
} as const satisfies Record<RegisterEntity, (lang: Lang) => unknown>;

/** Whole days from one ISO date to another (UTC, so summer time never shifts a day). */
export function daysBetween(from: string, to: string): number {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return Math.round((b - a) / 86_400_000);
}

/** Age of a bottleneck: identified → today while open, identified → resolved once closed. */
export function bottleneckAgeDays(
  b: { identifiedDate: string; resolvedDate: string | null; status: string },
  today: string,
): number {
  const end = isClosingBottleneckStatus(b.status) && b.resolvedDate ? b.resolvedDate : today;
  return Math.max(0, daysBetween(b.identifiedDate, end));
}

/** Today's date in the Netherlands as YYYY-MM-DD (a register date is a Dutch calendar day). */
export function todayIso(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}
