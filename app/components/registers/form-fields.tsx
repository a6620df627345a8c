/** The form building blocks both register forms use: one look, one way of wiring hints and errors. */
import {
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  useForm,
  type DefaultValue,
  type FieldMetadata,
  type FormMetadata,
  type SubmissionResult,
} from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import { Form, Link } from '@remix-run/react';
import type { ReactNode } from 'react';
import type { z } from 'zod';
import { ErrorSummary, summaryErrors } from '#app/components/error-summary';
import { registers } from '#app/i18n/registers';
import { useLang, useT } from '#app/i18n/use-t';
import { Field } from '#app/components/form-field';
import { CheckboxGroup, type ListField } from './form-parts';
import { type Lang } from '#app/domain/lang';

// Conform's own prop getters accept a field of any shape; so do these wrappers.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyField = FieldMetadata<any, Record<string, unknown>, string[]>;
type Option = { value: string; label: string };

/** What a page gives a register form; `links` are the entries of the other register to link. */
export interface RegisterFormProps<S extends string, D> {
  regions: { id: number; name: string }[];
  links: { id: number; title: string; regionName: string }[];
  statuses: readonly S[];
  defaultValue: D;
  lastResult?: SubmissionResult<string[]> | null;
  cancelHref: string;
}

/** A Conform form checked by the register's zod schema in the browser (the server checks it again). */
export function useRegisterForm<S extends z.ZodType<Record<string, unknown>, Record<string, unknown>>>(
  id: string,
  schema: (lang: Lang) => S,
  defaultValue: Record<string, string | string[] | undefined>,
  lastResult: SubmissionResult<string[]> | null | undefined,
) {
  const lang = useLang();
  return useForm<z.input<S>, z.output<S>>({
    id,
    lastResult: lastResult ?? undefined,
    defaultValue: defaultValue as DefaultValue<z.input<S>>,
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: schema(lang) }),
  });
}

/** Error summary, the post form with the hidden version, the fields (`order`: summary order), save and cancel. */
export function RegisterFormFrame<D extends Record<string, unknown>>({
  form,
  order,
  version,
  cancelHref,
  children,
}: {
  form: FormMetadata<D, string[]>;
  order: AnyField[];
  version: AnyField;
  cancelHref: string;
  children: ReactNode;
}) {
  const t = useT(registers);
  return (
    <>
      <ErrorSummary errors={summaryErrors(form.errors, order)} />
      <Form method="post" {...getFormProps(form)} className="register-form">
        <input {...getInputProps(version, { type: 'hidden' })} />
        {children}
        <div className="actions">
          <button type="submit" className="button">
            {t('save')}
          </button>
          <Link to={cancelHref} className="button-secondary">
            {t('cancel')}
          </Link>
        </div>
      </Form>
    </>
  );
}

export function TextField({ field, label }: { field: AnyField; label: string }) {
  return (
    <Field field={field} label={label}>
      <input {...getInputProps(field, { type: 'text' })} maxLength={200} />
    </Field>
  );
}

/** A text area; with a hint, the hint describes it. */
export function TextAreaField({
  field,
  label,
  rows,
  hint,
}: {
  field: AnyField;
  label: string;
  rows: number;
  hint?: string;
}) {
  return (
    <Field field={field} label={label} hint={hint}>
      <textarea
        {...getTextareaProps(field, hint ? { ariaDescribedBy: field.descriptionId } : undefined)}
        rows={rows}
      />
    </Field>
  );
}

export function DateField({ field, label, hint }: { field: AnyField; label: string; hint: string }) {
  return (
    <Field field={field} label={label} hint={hint}>
      <input {...getInputProps(field, { type: 'date', ariaDescribedBy: field.descriptionId })} />
    </Field>
  );
}

/** A select; `empty` is the label of a leading empty choice (none: no empty choice). */
export function SelectField({
  field,
  label,
  options,
  empty,
  hint,
}: {
  field: AnyField;
  label: string;
  options: Option[];
  empty?: string;
  hint?: string;
}) {
  return (
    <Field field={field} label={label} hint={hint}>
      <select {...getSelectProps(field, { ariaDescribedBy: hint ? field.descriptionId : undefined })}>
        {empty !== undefined ? <option value="">{empty}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** The region select: a choice to make only when the user may write more than one region. */
export function RegionField({
  field,
  regions,
}: {
  field: AnyField;
  regions: { id: number; name: string }[];
}) {
  const t = useT(registers);
  return (
    <SelectField
      field={field}
      label={t('fieldRegion')}
      options={regions.map((r) => ({ value: String(r.id), label: r.name }))}
      empty={regions.length > 1 ? t('choose') : undefined}
    />
  );
}

/** Checkboxes linking entries of the other register, each with its region. */
export function LinkCheckboxes({
  field,
  legend,
  entries,
}: {
  field: ListField;
  legend: string;
  entries: { id: number; title: string; regionName: string }[];
}) {
  return (
    <CheckboxGroup
      field={field}
      legend={legend}
      options={entries.map((e) => ({ value: String(e.id), label: `${e.title} (${e.regionName})` }))}
    />
  );
}

type WriteReply = { result: SubmissionResult<string[]>; stale?: boolean };

/** On an edit page: the message of a 409 answer (someone else saved in between), above the form. */
export function StaleSummary({ actionData }: { actionData: WriteReply | undefined }) {
  if (!actionData?.stale) return null;
  return <ErrorSummary errors={(actionData.result.error?.[''] ?? []).map((message) => ({ message }))} />;
}

/** The reply the form shows at its fields: none after a 409, as the form then holds the stored version. */
export function fieldResult(actionData: WriteReply | undefined): SubmissionResult<string[]> | undefined {
  return actionData?.stale ? undefined : actionData?.result;
}
