import {
  getFormProps,
  getInputProps,
  getSelectProps,
  useForm,
  type SubmissionResult,
} from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import { Form } from '@remix-run/react';
import type { ReactNode } from 'react';
import { ErrorSummary } from '~/components/error-summary';
import { INDICATOR_GROUPS, PRINCIPLES } from '~/domain/principles';
import { INDICATORS } from '~/domain/indicators';
import { dashboards } from '~/i18n/dashboards';
import { useLang, useT } from '~/i18n/use-t';
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
  const summary = [
    ...(form.errors ?? []).map((message) => ({ message })),
    ...list.flatMap((f) => (f.errors ?? []).map((message) => ({ fieldId: f.id, message }))),
  ];
  const field = (f: (typeof list)[number], label: string, input: ReactNode) => (
    <div className={`field${f.errors ? ' field-error' : ''}`}>
      <label htmlFor={f.id}>{label}</label>
      {f.errors ? (
        <p className="error-message" id={f.errorId}>
          {f.errors.join(' ')}
        </p>
      ) : null}
      {input}
    </div>
  );
  return (
    <section aria-labelledby="target-form-title">
      <h2 id="target-form-title">{t('newTarget')}</h2>
      <ErrorSummary errors={summary} />
      <Form method="post" {...getFormProps(form)}>
        {field(
          fields.indicatorCode,
          t('indicator'),
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
          </select>,
        )}
        {field(
          fields.target,
          t('target'),
          <input {...getInputProps(fields.target, { type: 'text' })} inputMode="decimal" />,
        )}
        {field(
          fields.floor,
          t('floor'),
          <input {...getInputProps(fields.floor, { type: 'text' })} inputMode="decimal" />,
        )}
        {field(
          fields.effectiveFrom,
          t('effectiveFrom'),
          <input {...getInputProps(fields.effectiveFrom, { type: 'text' })} />,
        )}
        {field(
          fields.note,
          t('note'),
          <textarea {...getInputProps(fields.note, { type: 'text' })} rows={2} />,
        )}
        <button type="submit" className="button">
          {t('save')}
        </button>
      </Form>
    </section>
  );
}
