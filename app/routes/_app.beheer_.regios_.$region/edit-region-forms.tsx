import { getFormProps, getInputProps, useForm, type SubmissionResult } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import { Form } from '@remix-run/react';
import { ErrorSummary, summaryErrors } from '#app/components/error-summary';
import { regionsText } from '#app/i18n/regions';
import { useLang, useT } from '#app/i18n/use-t';
import { RegionFields, ScopeFields, type RegionFormField } from '#app/components/region/region-form-fields';
import { editRegionSchema } from '#app/forms/region-schema';

type Fields = Parameters<typeof RegionFields>[0]['fields'] & Parameters<typeof ScopeFields>[0]['fields'];
type OneField = RegionFormField;

export function EditRegionForm({
  region,
  lastResult,
}: {
  region: {
    name: string;
    planName: string;
    ownColour: string | null;
    reportingStart: string;
    pilotStart: string;
    active: boolean;
  };
  lastResult?: SubmissionResult<string[]>;
}) {
  const t = useT(regionsText);
  const lang = useLang();
  const [form, fields] = useForm({
    id: 'edit-region',
    lastResult,
    shouldValidate: 'onSubmit',
    defaultValue: { ...region, colour: region.ownColour ?? '', active: region.active ? 'on' : undefined },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: editRegionSchema(lang) }),
  });
  const f = fields as unknown as Fields & { active: OneField };
  const list = [f.name, f.planName, f.colour, f.reportingStart, f.pilotStart];
  return (
    <section aria-labelledby="edit-region-title">
      <ErrorSummary errors={summaryErrors(form.errors, list)} />
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="update" />
        <RegionFields fields={f} />
        <div className="field">
          <input {...getInputProps(f.active, { type: 'checkbox' })} />{' '}
          <label htmlFor={f.active.id}>{t('fieldActive')}</label>
        </div>
        <button type="submit" className="button">
          {t('saveRegion')}
        </button>
      </Form>
    </section>
  );
}

export function ScopeForm({ lastResult }: { lastResult?: SubmissionResult<string[]> }) {
  const t = useT(regionsText);
  const lang = useLang();
  const [form, fields] = useForm({
    id: 'region-scope',
    lastResult,
    shouldValidate: 'onSubmit',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: editRegionSchema(lang) }),
  });
  const f = fields as unknown as Fields;
  const list = [f.effectiveFrom, f.children, f.municipalities, f.source];
  return (
    <section aria-labelledby="scope-title">
      <h2 id="scope-title">{t('scopeTitle')}</h2>
      <ErrorSummary errors={summaryErrors(form.errors, list)} />
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="scope" />
        <ScopeFields fields={f} />
        <button type="submit" className="button">
          {t('scopeAdd')}
        </button>
      </Form>
    </section>
  );
}
