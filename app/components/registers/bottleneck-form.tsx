import {
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  useForm,
  type SubmissionResult,
} from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import { Form, Link } from '@remix-run/react';
import { ErrorSummary } from '~/components/error-summary';
import {
  BOTTLENECK_STATUS_LABELS,
  bottleneckSchema,
  LEGAL_FRAMEWORK_LABELS,
  LEGAL_FRAMEWORKS,
  PRINCIPLE_LABELS,
  PRINCIPLES,
  SEVERITIES,
  SEVERITY_LABELS,
  type BottleneckStatus,
} from '~/domain/registers';
import { registers } from '~/i18n/registers';
import { useLang, useT } from '~/i18n/use-t';
import { CheckboxGroup, Field, summaryErrors } from './form-parts';

export type BottleneckFormDefaults = {
  regionId?: string;
  title?: string;
  description?: string;
  legalFramework?: string;
  article?: string;
  principle?: string;
  severity?: string;
  status?: string;
  identifiedDate?: string;
  resolvedDate?: string;
  proposedSolution?: string;
  experimentIds?: string[];
  version?: string;
};

/** Create and edit form of a legal bottleneck. */
export function BottleneckForm({
  regions,
  experiments,
  statuses,
  defaultValue,
  lastResult,
  cancelHref,
}: {
  regions: { id: number; name: string }[];
  experiments: { id: number; title: string; regionName: string }[];
  statuses: readonly BottleneckStatus[];
  defaultValue: BottleneckFormDefaults;
  lastResult?: SubmissionResult<string[]> | null;
  cancelHref: string;
}) {
  const t = useT(registers);
  const lang = useLang();
  const [form, fields] = useForm({
    id: 'bottleneck-form',
    lastResult: lastResult ?? undefined,
    defaultValue,
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: bottleneckSchema(lang) }),
  });
  const order = [
    fields.regionId,
    fields.title,
    fields.description,
    fields.legalFramework,
    fields.article,
    fields.principle,
    fields.severity,
    fields.status,
    fields.identifiedDate,
    fields.resolvedDate,
    fields.proposedSolution,
    fields.experimentIds,
  ];
  const select = (
    field: typeof fields.legalFramework,
    label: string,
    options: { value: string; label: string }[],
    empty = true,
  ) => (
    <Field field={field} label={label}>
      <select {...getSelectProps(field)}>
        {empty ? <option value="">{t('choose')}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
  return (
    <>
      <ErrorSummary errors={summaryErrors(form.errors, order)} />
      <Form method="post" {...getFormProps(form)} className="register-form">
        <input {...getInputProps(fields.version, { type: 'hidden' })} />
        {select(
          fields.regionId,
          t('fieldRegion'),
          regions.map((r) => ({ value: String(r.id), label: r.name })),
          regions.length > 1,
        )}
        <Field field={fields.title} label={t('fieldTitle')}>
          <input {...getInputProps(fields.title, { type: 'text' })} maxLength={200} />
        </Field>
        <Field field={fields.description} label={t('fieldDescription')}>
          <textarea {...getTextareaProps(fields.description)} rows={5} />
        </Field>
        {select(
          fields.legalFramework,
          t('fieldFramework'),
          LEGAL_FRAMEWORKS.map((f) => ({ value: f, label: LEGAL_FRAMEWORK_LABELS[f][lang] })),
        )}
        <Field field={fields.article} label={t('fieldArticle')}>
          <input {...getInputProps(fields.article, { type: 'text' })} maxLength={200} />
        </Field>
        {select(
          fields.principle,
          t('fieldPrinciple'),
          PRINCIPLES.map((p) => ({ value: p, label: PRINCIPLE_LABELS[p][lang] })),
        )}
        {select(
          fields.severity,
          t('fieldSeverity'),
          SEVERITIES.map((s) => ({ value: s, label: SEVERITY_LABELS[s][lang] })),
        )}
        {select(
          fields.status,
          t('fieldStatus'),
          statuses.map((s) => ({ value: s, label: BOTTLENECK_STATUS_LABELS[s][lang] })),
          false,
        )}
        <Field field={fields.identifiedDate} label={t('fieldIdentifiedDate')} hint={t('dateHint')}>
          <input
            {...getInputProps(fields.identifiedDate, {
              type: 'date',
              ariaDescribedBy: fields.identifiedDate.descriptionId,
            })}
          />
        </Field>
        <Field field={fields.resolvedDate} label={t('fieldResolvedDate')} hint={t('resolvedHint')}>
          <input
            {...getInputProps(fields.resolvedDate, {
              type: 'date',
              ariaDescribedBy: fields.resolvedDate.descriptionId,
            })}
          />
        </Field>
        <Field field={fields.proposedSolution} label={t('fieldProposedSolution')}>
          <textarea {...getTextareaProps(fields.proposedSolution)} rows={4} />
        </Field>
        <CheckboxGroup
          field={fields.experimentIds}
          legend={t('fieldExperiments')}
          options={experiments.map((e) => ({ value: String(e.id), label: `${e.title} (${e.regionName})` }))}
        />
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
