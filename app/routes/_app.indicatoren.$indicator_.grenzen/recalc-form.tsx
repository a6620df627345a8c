import {
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  useForm,
  type SubmissionResult,
} from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import { Form } from '@remix-run/react';
import { ErrorSummary, summaryErrors } from '#app/components/error-summary';
import { Field } from '#app/components/form-field';
import type { RegionFormField } from '#app/components/region/region-form-fields';
import { spcText } from '#app/i18n/spc';
import { useLang, useT } from '#app/i18n/use-t';
import { recalcSchema } from './recalc-schema';

/** The programme (where it has a chart) or a region, a month and a reason. */
export function RecalcForm({
  regions,
  programme,
  lastResult,
}: {
  regions: readonly { slug: string; name: string }[];
  /** false: the programme total has no control chart of this figure (an outcome rate) */
  programme: boolean;
  lastResult?: SubmissionResult<string[]>;
}) {
  const t = useT(spcText);
  const lang = useLang();
  const [form, fields] = useForm({
    id: 'recalc',
    lastResult,
    shouldValidate: 'onSubmit',
    defaultValue: { scope: programme ? 'programma' : (regions[0]?.slug ?? '') },
    onValidate: ({ formData }) =>
      parseWithZod(formData, {
        schema: recalcSchema(
          lang,
          regions.map((r) => r.slug),
          programme,
        ),
      }),
  });
  const f = fields as unknown as Record<'scope' | 'fromMonth' | 'reason', RegionFormField>;
  return (
    <>
      <ErrorSummary errors={summaryErrors(form.errors, [f.scope, f.fromMonth, f.reason])} />
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="record" />
        <Field field={f.scope} label={t('recalcScope')}>
          <select {...getSelectProps(f.scope)}>
            {programme ? <option value="programma">{t('recalcProgramme')}</option> : null}
            {regions.map((r) => (
              <option key={r.slug} value={r.slug}>
                {r.name}
              </option>
            ))}
          </select>
        </Field>
        <Field field={f.fromMonth} label={t('recalcFrom')}>
          <input
            {...getInputProps(f.fromMonth, { type: 'text' })}
            placeholder="2026-03"
            inputMode="numeric"
          />
        </Field>
        <Field field={f.reason} label={t('recalcReason')} hint={t('recalcReasonHint')}>
          <textarea {...getTextareaProps(f.reason, { ariaDescribedBy: f.reason.descriptionId })} rows={3} />
        </Field>
        <div className="form-actions">
          <button type="submit" className="button">
            {t('recalcSave')}
          </button>
        </div>
      </Form>
    </>
  );
}
