import { getInputProps, type FieldMetadata } from '@conform-to/react';
import { Field } from './field';
import { common } from '#app/i18n/common';
import { useT } from '#app/i18n/use-t';

export { Field, FieldErrors } from './field';

/** A password field of a Conform form: the labelled field with its password input. */
export function PasswordField({
  field,
  label,
  hint,
  autoComplete,
}: {
  field: FieldMetadata<string, Record<string, unknown>, string[]>;
  label: string;
  hint?: string;
  autoComplete: 'current-password' | 'new-password';
}) {
  return (
    <Field field={field} label={label} hint={hint}>
      <input {...getInputProps(field, { type: 'password' })} autoComplete={autoComplete} />
    </Field>
  );
}

type PasswordMetadata = FieldMetadata<string, Record<string, unknown>, string[]>;

/** A new password and its repetition (change and set forms). */
export function NewPasswordFields({
  newPassword,
  confirmPassword,
}: {
  newPassword: PasswordMetadata;
  confirmPassword: PasswordMetadata;
}) {
  const t = useT(common);
  return (
    <>
      <PasswordField
        field={newPassword}
        label={t('newPassword')}
        hint={t('newPasswordHint')}
        autoComplete="new-password"
      />
      <PasswordField field={confirmPassword} label={t('confirmPassword')} autoComplete="new-password" />
    </>
  );
}
