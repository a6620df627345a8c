import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import { Form } from '@remix-run/react';
import { getInputProps } from '@conform-to/react';
import { ErrorSummary, summaryErrors } from '#app/components/error-summary';
import { Field } from '#app/components/form-field';
import { regionsText } from '#app/i18n/regions';
import { useLang, useT } from '#app/i18n/use-t';
import { RegionFields, ScopeFields, type RegionFormField } from '#app/components/region/region-form-fields';
import { createRegionSchema } from '#app/forms/region-schema';

export function CreateRegionForm({ lastResult }: { lastResult?: SubmissionResult<string[]> }) {
  const t = useT(regionsText);
  const lang = useLang();
  const [form, fields] = useForm({
    id: 'create-region',
    lastResult,
    shouldValidate: 'onSubmit',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: createRegionSchema(lang) }),
  });
  const f = fields as unknown as Parameters<typeof RegionFields>[0]['fields'] &
    Parameters<typeof ScopeFields>[0]['fields'] & { slug: RegionFormField };
  const list = [
    f.slug,
    f.name,
    f.planName,
    f.colour,
    f.reportingStart,
    f.pilotStart,
    f.effectiveFrom,
    f.children,
    f.municipalities,
    f.source,
  ];
  return (
    <section aria-labelledby="create-region-title">
      <h2 id="create-region-title">{t('createTitle')}</h2>
      <ErrorSummary errors={summaryErrors(form.errors, list)} />
      <Form method="post" {...getFormProps(form)}>
        <Field field={f.slug} label={t('fieldSlug')} hint={t('fieldSlugHint')}>
          <input {...getInputProps(f.slug, { type: 'text', ariaDescribedBy: f.slug.descriptionId })} />
        </Field>
        <RegionFields fields={f} />
        <fieldset>
          <legend>{t('scopeTitle')}</legend>
          <ScopeFields fields={f} />
        </fieldset>
        <button type="submit" className="button">
          {t('createSubmit')}
        </button>
      </Form>
    </section>
  );
}
