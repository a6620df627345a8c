import {
  getFormProps,
  getInputProps,
  getTextareaProps,
  useForm,
  type SubmissionResult,
} from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import { Form } from '@remix-run/react';
import { ErrorSummary, summaryErrors } from '#app/components/error-summary';
import { Field } from '#app/components/form-field';
import { regionsText } from '#app/i18n/regions';
import { useLang, useT } from '#app/i18n/use-t';
import type { RegionFormField } from '#app/components/region/region-form-fields';
import { baselineSchema } from '#app/forms/region-schema';

type OneField = RegionFormField;

/** From, to and a reason; a second button returns to the default (the year before the pilot). */
export function BaselineForm({
  baseline,
  lastResult,
}: {
  baseline: { from: string; to: string };
  lastResult?: SubmissionResult<string[]>;
}) {
  const t = useT(regionsText);
  const lang = useLang();
  const [form, fields] = useForm({
    id: 'baseline',
    lastResult,
    shouldValidate: 'onSubmit',
    defaultValue: { baselineFrom: baseline.from, baselineTo: baseline.to },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: baselineSchema(lang) }),
  });
  const f = fields as unknown as Record<'baselineFrom' | 'baselineTo' | 'reason', OneField>;
  return (
    <>
      <ErrorSummary errors={summaryErrors(form.errors, [f.baselineFrom, f.baselineTo, f.reason])} />
      <Form method="post" {...getFormProps(form)}>
        <Field field={f.baselineFrom} label={t('baselineFrom')}>
          <input
            {...getInputProps(f.baselineFrom, { type: 'text' })}
            placeholder="2023-01"
            inputMode="numeric"
          />
        </Field>
        <Field field={f.baselineTo} label={t('baselineTo')}>
          <input
            {...getInputProps(f.baselineTo, { type: 'text' })}
            placeholder="2023-12"
            inputMode="numeric"
          />
        </Field>
        <Field field={f.reason} label={t('baselineReason')} hint={t('baselineReasonHint')}>
          <textarea {...getTextareaProps(f.reason, { ariaDescribedBy: f.reason.descriptionId })} rows={3} />
        </Field>
        <div className="form-actions">
          <button type="submit" name="intent" value="set" className="button">
            {t('baselineSave')}
          </button>{' '}
          <button
            type="submit"
            name="intent"
            value="reset"
            className="button button-secondary"
            formNoValidate
          >
            {t('baselineReset')}
          </button>
        </div>
      </Form>
    </>
  );
}
