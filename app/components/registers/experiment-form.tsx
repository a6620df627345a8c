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
  EXPERIMENT_OUTCOMES,
  EXPERIMENT_STATUS_LABELS,
  experimentSchema,
  OUTCOME_LABELS,
  PARTNER_LABELS,
  PARTNERS,
  PRINCIPLE_LABELS,
  PRINCIPLES,
  THEME_LABELS,
  THEMES,
  type ExperimentStatus,
} from '~/domain/registers';
import { registers } from '~/i18n/registers';
import { useLang, useT } from '~/i18n/use-t';
import { CheckboxGroup, Field, labelOf, summaryErrors } from './form-parts';

export type ExperimentFormDefaults = {
  regionId?: string;
  title?: string;
  hypothesis?: string;
  description?: string;
  principles?: string[];
  themes?: string[];
  partners?: string[];
  status?: string;
  startDate?: string;
  endDate?: string;
  outcome?: string;
  lessons?: string;
  bottleneckIds?: string[];
  version?: string;
};

/** Create and edit form of an experiment; the same zod schema checks in the browser and on the server. */
export function ExperimentForm({
  regions,
  bottlenecks,
  statuses,
  defaultValue,
  lastResult,
  cancelHref,
}: {
  regions: { id: number; name: string }[];
  bottlenecks: { id: number; title: string; regionName: string }[];
  statuses: readonly ExperimentStatus[];
  defaultValue: ExperimentFormDefaults;
  lastResult?: SubmissionResult<string[]> | null;
  cancelHref: string;
}) {
  const t = useT(registers);
  const lang = useLang();
  const [form, fields] = useForm({
    id: 'experiment-form',
    lastResult: lastResult ?? undefined,
    defaultValue,
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: experimentSchema(lang) }),
  });
  const order = [
    fields.regionId,
    fields.title,
    fields.hypothesis,
    fields.description,
    fields.principles,
    fields.themes,
    fields.partners,
    fields.status,
    fields.startDate,
    fields.endDate,
    fields.outcome,
    fields.lessons,
    fields.bottleneckIds,
  ];
  return (
    <>
      <ErrorSummary errors={summaryErrors(form.errors, order)} />
      <Form method="post" {...getFormProps(form)} className="register-form">
        <input {...getInputProps(fields.version, { type: 'hidden' })} />
        <Field field={fields.regionId} label={t('fieldRegion')}>
          <select {...getSelectProps(fields.regionId)}>
            {regions.length > 1 ? <option value="">{t('choose')}</option> : null}
            {regions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </Field>
        <Field field={fields.title} label={t('fieldTitle')}>
          <input {...getInputProps(fields.title, { type: 'text' })} maxLength={200} />
        </Field>
        <Field field={fields.hypothesis} label={t('fieldHypothesis')}>
          <textarea {...getTextareaProps(fields.hypothesis)} rows={3} />
        </Field>
        <Field field={fields.description} label={t('fieldDescription')}>
          <textarea {...getTextareaProps(fields.description)} rows={5} />
        </Field>
        <CheckboxGroup
          field={fields.principles}
          legend={t('fieldPrinciples')}
          options={PRINCIPLES.map((p) => ({ value: p, label: PRINCIPLE_LABELS[p][lang] }))}
        />
        <CheckboxGroup
          field={fields.themes}
          legend={t('fieldThemes')}
          options={THEMES.map((p) => ({ value: p, label: THEME_LABELS[p][lang] }))}
        />
        <CheckboxGroup
          field={fields.partners}
          legend={t('fieldPartners')}
          options={PARTNERS.map((p) => ({ value: p, label: PARTNER_LABELS[p][lang] }))}
        />
        <Field
          field={fields.status}
          label={t('fieldStatus')}
          hint={statuses.length < 6 ? t('statusHint') : undefined}
        >
          <select
            {...getSelectProps(fields.status, {
              ariaDescribedBy: statuses.length < 6 ? fields.status.descriptionId : undefined,
            })}
          >
            {statuses.map((s) => (
              <option key={s} value={s}>
                {labelOf(EXPERIMENT_STATUS_LABELS, s, lang)}
              </option>
            ))}
          </select>
        </Field>
        <Field field={fields.startDate} label={t('fieldStartDate')} hint={t('dateHint')}>
          <input
            {...getInputProps(fields.startDate, {
              type: 'date',
              ariaDescribedBy: fields.startDate.descriptionId,
            })}
          />
        </Field>
        <Field field={fields.endDate} label={t('fieldEndDate')} hint={t('dateHint')}>
          <input
            {...getInputProps(fields.endDate, {
              type: 'date',
              ariaDescribedBy: fields.endDate.descriptionId,
            })}
          />
        </Field>
        <Field field={fields.outcome} label={t('fieldOutcome')} hint={t('closeHint')}>
          <select {...getSelectProps(fields.outcome, { ariaDescribedBy: fields.outcome.descriptionId })}>
            <option value="">{t('notSet')}</option>
            {EXPERIMENT_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {OUTCOME_LABELS[o][lang]}
              </option>
            ))}
          </select>
        </Field>
        <Field field={fields.lessons} label={t('fieldLessons')} hint={t('closeHint')}>
          <textarea
            {...getTextareaProps(fields.lessons, { ariaDescribedBy: fields.lessons.descriptionId })}
            rows={5}
          />
        </Field>
        <CheckboxGroup
          field={fields.bottleneckIds}
          legend={t('fieldBottlenecks')}
          options={bottlenecks.map((b) => ({ value: String(b.id), label: `${b.title} (${b.regionName})` }))}
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
