import { getFormProps, getTextareaProps, useForm, type SubmissionResult } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import { Form } from '@remix-run/react';
import { ErrorSummary, summaryErrors } from '#app/components/error-summary';
import { Field } from '#app/components/form-field';
import type { RegionFormField } from '#app/components/region/region-form-fields';
import { spcText } from '#app/i18n/spc';
import { useLang, useT } from '#app/i18n/use-t';
import { withdrawSchema } from './recalc-schema';

/** Withdraws one recorded recalculation, with a reason. */
export function WithdrawForm({ id, lastResult }: { id: number; lastResult?: SubmissionResult<string[]> }) {
  const t = useT(spcText);
  const lang = useLang();
  const [form, fields] = useForm({
    id: `withdraw-${id}`,
    lastResult,
    shouldValidate: 'onSubmit',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: withdrawSchema(lang) }),
  });
  const f = fields as unknown as Record<'reason', RegionFormField>;
  return (
    <details open={!!lastResult?.error}>
      <summary>{t('withdrawLegend')}</summary>
      <ErrorSummary errors={summaryErrors(form.errors, [f.reason])} />
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="withdraw" />
        <input type="hidden" name="id" value={id} />
        <Field field={f.reason} label={t('withdrawReason')} hint={t('withdrawReasonHint')}>
          <textarea {...getTextareaProps(f.reason, { ariaDescribedBy: f.reason.descriptionId })} rows={2} />
        </Field>
        <div className="form-actions">
          <button type="submit" className="button">
            {t('withdrawSave')}
          </button>
        </div>
      </Form>
    </details>
  );
}
