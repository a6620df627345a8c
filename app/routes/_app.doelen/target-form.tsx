import {
  getFormProps,
  getInputProps,
  getSelectProps,
  useForm,
  type SubmissionResult,
} from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import { Form } from '@remix-run/react';
import { ErrorSummary, summaryErrors } from '#app/components/error-summary';
import { Field } from '#app/components/form-field';
import { INDICATOR_GROUPS, PRINCIPLES } from '#app/domain/principles';
import { INDICATORS } from '#app/domain/indicators';
import { dashboards } from '#app/i18n/dashboards';
import { useLang, useT } from '#app/i18n/use-t';
import { targetSchema } from './target-schema';

export function TargetForm({
  lastResult,
  defaultPeriod,
}: {
  lastResult?: SubmissionResult<string[]>;
  defaultPeriod: string;
}) {
  const t = useT(dashboards);
  const lang = useLang();
  const [form, fields] = useForm({
    id: 'target-form',
    lastResult,
    shouldValidate: 'onSubmit',
    defaultValue: { effectiveFrom: defaultPeriod },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: targetSchema(lang) }),
  });
  const list = [fields.indicatorCode, fields.target, fields.floor, fields.effectiveFrom, fields.note];
  const summary = summaryErrors(form.errors, list);
  return (
    <section aria-labelledby="target-form-title">
      <h2 id="target-form-title">{t('newTarget')}</h2>
      <ErrorSummary errors={summary} />
      <Form method="post" {...getFormProps(form)}>
        <Field field={fields.indicatorCode} label={t('indicator')}>
          <select {...getSelectProps(fields.indicatorCode)}>
            <option value="" />
            {INDICATOR_GROUPS.map((g) => (
              <optgroup key={g} label={PRINCIPLES.find((p) => p.code === g)!.label[lang]}>
                {INDICATORS.filter((i) => i.group === g).map((i) => (
                  <option key={i.code} value={i.code}>
                    {i.label[lang]}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </Field>
        <Field field={fields.target} label={t('target')}>
          <input {...getInputProps(fields.target, { type: 'text' })} inputMode="decimal" />
        </Field>
        <Field field={fields.floor} label={t('floor')}>
          <input {...getInputProps(fields.floor, { type: 'text' })} inputMode="decimal" />
        </Field>
        <Field field={fields.effectiveFrom} label={t('effectiveFrom')}>
          <input {...getInputProps(fields.effectiveFrom, { type: 'text' })} />
        </Field>
        <Field field={fields.note} label={t('note')}>
          <textarea {...getInputProps(fields.note, { type: 'text' })} rows={2} />
        </Field>
        <button type="submit" className="button">
          {t('save')}
        </button>
      </Form>
    </section>
  );
}
