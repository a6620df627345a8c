/**
 * The fields of the two registers, each written once: its name (the database column and the form
 * field), its kind, its label, its code list and limits. The form schema (registers.ts), the form,
 * the edit page's stored values, the details page, the change history, the CSV export and the test
 * builders all read these lists, in this order. Adding a field: a column in db/schema.ts, an entry
 * here and its label in app/i18n/registers.ts (docs/how-to.md). test/register-fields.test.ts checks
 * that every field is a column and every column a field.
 * Pure: no database, Remix or React.
 */
import { translate } from '#app/i18n/i18n';
import { registers, type RegistersKey } from '#app/i18n/registers';
import { getIndicator } from './indicators';
import { getExperienceItem } from './experience-items';
import { getRateOutcomeDef } from './outcome-catalogue';
import { type Lang, type Text } from './lang';
import {
  BOTTLENECK_STATUS_LABELS,
  BOTTLENECK_STATUSES,
  EXPERIMENT_OUTCOMES,
  EXPERIMENT_STATUS_LABELS,
  EXPERIMENT_STATUSES,
  isClosingBottleneckStatus,
  labelOf,
  LEGAL_FRAMEWORK_LABELS,
  LEGAL_FRAMEWORKS,
  OUTCOME_LABELS,
  PARTNER_LABELS,
  PARTNERS,
  PRINCIPLE_LABELS,
  PRINCIPLES,
  SEVERITIES,
  SEVERITY_LABELS,
  THEME_LABELS,
  THEMES,
} from './register-codes';
import type { ValidationKey } from './registers';

type Labels = Readonly<Record<string, Text>>;
type Base = { name: string; label: RegistersKey };

/** One field of a register; the kind decides its check, its input, how it is shown and exported. */
export type RegisterField =
  /** the region select (shown as the region's name) */
  | (Base & { kind: 'region' })
  /** the title: 3–200 characters; the page's heading, so not repeated in the details */
  | (Base & { kind: 'title' })
  /** one line of text */
  | (Base & { kind: 'text'; max: number })
  /** a text area; `emptyIsNull` stores an empty text as unknown (a nullable column) */
  | (Base & { kind: 'longText'; max: number; rows: number; hint?: RegistersKey; emptyIsNull?: true })
  /** a date; `required` names the message when it is missing (else it may stay empty) */
  | (Base & { kind: 'date'; hint: RegistersKey; required?: ValidationKey })
  /** one code of a list (a select); `empty` labels the empty choice */
  | (Base & {
      kind: 'code';
      codes: readonly [string, ...string[]];
      labels: Labels;
      empty: RegistersKey;
      required?: ValidationKey;
      hint?: RegistersKey;
    })
  /** several codes of a list (checkboxes); `required` asks for at least one */
  | (Base & {
      kind: 'codes';
      codes: readonly [string, ...string[]];
      labels: Labels;
      required?: ValidationKey;
    })
  /** the status: its select lists the allowed moves only */
  | (Base & { kind: 'status'; codes: readonly [string, ...string[]]; labels: Labels })
  /** the indicators an experiment aims to move */
  | (Base & { kind: 'indicators'; hint: RegistersKey })
  /** links to entries of the other register (kept in experiment_bottlenecks, not a column) */
  | (Base & { kind: 'links' })
  /** shown and exported, never entered: the date of the last status move */
  | (Base & { kind: 'statusSince' })
  /** shown and exported, never entered: days since identified (open) or until resolved (closed) */
  | (Base & { kind: 'age'; closed: (status: string) => boolean });

type Shown = 'statusSince' | 'age';
/** A field the form enters (not one only shown). */
export type EnteredField = Exclude<RegisterField, { kind: Shown }>;

export const EXPERIMENT_FIELDS = [
  { name: 'regionId', kind: 'region', label: 'fieldRegion' },
  { name: 'title', kind: 'title', label: 'fieldTitle' },
  { name: 'hypothesis', kind: 'longText', label: 'fieldHypothesis', max: 2000, rows: 3 },
  { name: 'description', kind: 'longText', label: 'fieldDescription', max: 5000, rows: 5 },
  {
    name: 'principles',
    kind: 'codes',
    label: 'fieldPrinciples',
    codes: PRINCIPLES,
    labels: PRINCIPLE_LABELS,
    required: 'principlesRequired',
  },
  { name: 'themes', kind: 'codes', label: 'fieldThemes', codes: THEMES, labels: THEME_LABELS },
  { name: 'partners', kind: 'codes', label: 'fieldPartners', codes: PARTNERS, labels: PARTNER_LABELS },
  {
    name: 'status',
    kind: 'status',
    label: 'fieldStatus',
    codes: EXPERIMENT_STATUSES,
    labels: EXPERIMENT_STATUS_LABELS,
  },
  { name: 'statusSince', kind: 'statusSince', label: 'fieldStatusSince' },
  { name: 'startDate', kind: 'date', label: 'fieldStartDate', hint: 'dateHint' },
  { name: 'endDate', kind: 'date', label: 'fieldEndDate', hint: 'dateHint' },
  {
    name: 'outcome',
    kind: 'code',
    label: 'fieldOutcome',
    codes: EXPERIMENT_OUTCOMES,
    labels: OUTCOME_LABELS,
    empty: 'notSet',
    hint: 'closeHint',
  },
  {
    name: 'lessons',
    kind: 'longText',
    label: 'fieldLessons',
    max: 5000,
    rows: 5,
    hint: 'closeHint',
    emptyIsNull: true,
  },
  { name: 'indicators', kind: 'indicators', label: 'fieldIndicators', hint: 'fieldIndicatorsHint' },
  { name: 'bottleneckIds', kind: 'links', label: 'fieldBottlenecks' },
] as const satisfies readonly RegisterField[];

export const BOTTLENECK_FIELDS = [
  { name: 'regionId', kind: 'region', label: 'fieldRegion' },
  { name: 'title', kind: 'title', label: 'fieldTitle' },
  { name: 'description', kind: 'longText', label: 'fieldDescription', max: 5000, rows: 5 },
  {
    name: 'legalFramework',
    kind: 'code',
    label: 'fieldFramework',
    codes: LEGAL_FRAMEWORKS,
    labels: LEGAL_FRAMEWORK_LABELS,
    empty: 'choose',
    required: 'frameworkRequired',
  },
  { name: 'article', kind: 'text', label: 'fieldArticle', max: 200 },
  {
    name: 'principle',
    kind: 'code',
    label: 'fieldPrinciple',
    codes: PRINCIPLES,
    labels: PRINCIPLE_LABELS,
    empty: 'choose',
    required: 'principleRequired',
  },
  {
    name: 'severity',
    kind: 'code',
    label: 'fieldSeverity',
    codes: SEVERITIES,
    labels: SEVERITY_LABELS,
    empty: 'choose',
    required: 'severityRequired',
  },
  {
    name: 'status',
    kind: 'status',
    label: 'fieldStatus',
    codes: BOTTLENECK_STATUSES,
    labels: BOTTLENECK_STATUS_LABELS,
  },
  { name: 'statusSince', kind: 'statusSince', label: 'fieldStatusSince' },
  {
    name: 'identifiedDate',
    kind: 'date',
    label: 'fieldIdentifiedDate',
    hint: 'dateHint',
    required: 'identifiedRequired',
  },
  { name: 'resolvedDate', kind: 'date', label: 'fieldResolvedDate', hint: 'resolvedHint' },
  { name: 'ageDays', kind: 'age', label: 'fieldAge', closed: isClosingBottleneckStatus },
  { name: 'proposedSolution', kind: 'longText', label: 'fieldProposedSolution', max: 5000, rows: 4 },
  { name: 'experimentIds', kind: 'links', label: 'fieldExperiments' },
] as const satisfies readonly RegisterField[];

export type ExperimentFieldList = typeof EXPERIMENT_FIELDS;
export type BottleneckFieldList = typeof BOTTLENECK_FIELDS;

/** The value a checked form gives for a field. */
type ValueOf<F> = F extends { kind: 'region' }
  ? number
  : F extends { kind: 'title' | 'text' | 'longText' }
    ? string
    : F extends { kind: 'date'; required: string }
      ? string
      : F extends { kind: 'date' }
        ? string | undefined
        : F extends { kind: 'code'; codes: readonly (infer C)[]; required: string }
          ? C
          : F extends { kind: 'code'; codes: readonly (infer C)[] }
            ? C | undefined
            : F extends { kind: 'status'; codes: readonly (infer C)[] }
              ? C
              : F extends { kind: 'codes'; codes: readonly (infer C)[] }
                ? C[]
                : F extends { kind: 'indicators' }
                  ? string[]
                  : F extends { kind: 'links' }
                    ? number[]
                    : never;

/** What the form schema of a register gives: one value per entered field, and the edited version. */
export type RegisterInput<L extends readonly RegisterField[]> = {
  [F in Extract<L[number], EnteredField> as F['name']]: ValueOf<F>;
} & { version?: number };

export function enteredFields<L extends readonly RegisterField[]>(
  list: L,
): Extract<L[number], EnteredField>[] {
  return list.filter(
    (f): f is Extract<L[number], EnteredField> => f.kind !== 'statusSince' && f.kind !== 'age',
  );
}

/** The names the change history records, in form order (the link field included). */
export function historyFieldNames(list: readonly RegisterField[]): string[] {
  return enteredFields(list).map((f) => f.name);
}

/** A row's values as the models write them: a status and, per column, its value (null: unknown). */
export type RegisterColumns = { status: string } & Record<string, string | number | null | readonly string[]>;

/** The database columns of a checked input: every entered field but the links; empty is unknown. */
export function registerColumns(
  list: readonly RegisterField[],
  input: { status: string } & Record<string, unknown>,
): RegisterColumns {
  const columns: Record<string, unknown> = { status: input.status };
  for (const f of enteredFields(list)) {
    if (f.kind === 'links') continue;
    const value = input[f.name];
    columns[f.name] =
      value === undefined || (f.kind === 'longText' && f.emptyIsNull && value === '') ? null : value;
  }
  return columns as RegisterColumns;
}

type Stored = Record<string, unknown>;

/** A stored entry as its edit form shows it (and posts it back unchanged): strings and lists of strings. */
export function formValues(
  list: readonly RegisterField[],
  entry: Stored & { version: number },
  linkIds: readonly number[],
): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const f of enteredFields(list)) {
    const value = entry[f.name];
    values[f.name] =
      f.kind === 'links'
        ? linkIds.map(String)
        : f.kind === 'codes' || f.kind === 'indicators'
          ? [...((value as string[] | null) ?? [])]
          : value === null || value === undefined
            ? ''
            : String(value);
  }
  values.version = String(entry.version);
  return values;
}

/** The fields the details page and the CSV export show: all but the links (the page lists those itself). */
export function shownFields(list: readonly RegisterField[]): RegisterField[] {
  return list.filter((f) => f.kind !== 'links');
}

/**
 * One field of an entry as text for a reader, in the interface language; `null` when it is not set
 * (the page shows "—"). Dates stay ISO here: the page formats them, the CSV keeps them sortable.
 */
export function fieldText(
  f: RegisterField,
  entry: Stored & { regionName?: string },
  lang: Lang,
): string | number | null {
  const value = entry[f.name];
  switch (f.kind) {
    case 'region':
      return entry.regionName ?? null;
    case 'code':
    case 'status':
      return value ? labelOf(f.labels, value as string, lang) : null;
    case 'codes': {
      const codes = (value as string[] | null) ?? [];
      return codes.length > 0 ? codes.map((c) => labelOf(f.labels, c, lang)).join(', ') : null;
    }
    case 'indicators': {
      const codes = (value as string[] | null) ?? [];
      return codes.length > 0
        ? codes
            .map((c) => (getIndicator(c) ?? getRateOutcomeDef(c) ?? getExperienceItem(c))?.label[lang] ?? c)
            .join(', ')
        : null;
    }
    case 'age':
      return typeof value === 'number' ? value : null;
    case 'links':
      return null;
    default:
      return value === null || value === undefined || value === '' ? null : (value as string);
  }
}

/**
 * A register as a table (the CSV export): the id, then every shown field in list order, with its
 * label in the interface language; codes as their labels, dates as ISO, unknown as empty.
 */
export function registerTable(
  list: readonly RegisterField[],
  entries: readonly (Stored & { id: number; regionName: string })[],
  lang: Lang,
): { header: string[]; rows: (string | number | null)[][] } {
  const fields = shownFields(list);
  return {
    header: [translate(registers, lang, 'csvId'), ...fields.map((f) => translate(registers, lang, f.label))],
    rows: entries.map((e) => [e.id, ...fields.map((f) => fieldText(f, e, lang))]),
  };
}
