import {
  getFormProps,
  getInputProps,
  getSelectProps,
  useForm,
  type SubmissionResult,
} from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import { Form } from '@remix-run/react';
import { ROLES } from '#app/domain/roles';
import { ErrorSummary, summaryErrors } from '#app/components/error-summary';
import { Field } from '#app/components/form-field';
import { useRoleLabel } from '#app/components/shell';
import { common } from '#app/i18n/common';
import { accounts } from '#app/i18n/accounts';
import { useLang, useT } from '#app/i18n/use-t';
import { createUserActionSchema } from './user-schema';

export function CreateUserForm({
  regions,
  lastResult,
}: {
  regions: { id: number; name: string }[];
  lastResult?: SubmissionResult<string[]>;
}) {
  const t = useT(common);
  const ta = useT(accounts);
  const lang = useLang();
  const roleLabel = useRoleLabel();
  const [form, fields] = useForm({
    id: 'create-user',
    lastResult,
    shouldValidate: 'onSubmit',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: createUserActionSchema(lang) }),
  });
  const list = [fields.name, fields.email, fields.role, fields.regionId];
  const summary = summaryErrors(form.errors, list);
  return (
    <section aria-labelledby="create-user-title">
      <h2 id="create-user-title">{t('adminCreateTitle')}</h2>
      <ErrorSummary errors={summary} />
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="create" />
        <Field field={fields.name} label={t('adminName')}>
          <input {...getInputProps(fields.name, { type: 'text' })} />
        </Field>
        <Field field={fields.email} label={t('email')}>
          <input {...getInputProps(fields.email, { type: 'email' })} />
        </Field>
        <Field field={fields.role} label={t('adminRole')}>
          <select {...getSelectProps(fields.role)}>
            <option value="" />
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {roleLabel(r)}
              </option>
            ))}
          </select>
        </Field>
        <Field field={fields.regionId} label={t('adminRegion')}>
          <select {...getSelectProps(fields.regionId)}>
            <option value="">{t('adminNoRegion')}</option>
            {regions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </Field>
        <p className="field-hint">{ta('adminInviteHint')}</p>
        <button type="submit" className="button">
          {ta('adminInvite')}
        </button>
      </Form>
    </section>
  );
}
