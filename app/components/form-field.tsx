import { getInputProps, type FieldMetadata } from '@conform-to/react';
import type { ReactNode } from 'react';
import { common } from '#app/i18n/common';
import { useT } from '#app/i18n/use-t';

type AnyField = FieldMetadata<unknown, Record<string, unknown>, string[]>;

/** A field's error messages (Conform's), under its label; nothing without errors. */
export function FieldErrors({ field }: { field: Pick<AnyField, 'errorId' | 'errors'> }) {
  return field.errors ? (
    <p className="error-message" id={field.errorId}>
      {field.errors.join(' ')}
    </p>
  ) : null;
}

/** A labelled field with its hint and error message; the control gets aria-describedby from Conform. */
export function Field({
  field,
  label,
  hint,
  children,
}: {
  field: Pick<AnyField, 'id' | 'errorId' | 'descriptionId' | 'errors'>;
  label: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <div className={`field${field.errors ? ' field-error' : ''}`}>
      <label htmlFor={field.id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={field.descriptionId}>
          {hint}
        </p>
      ) : null}
      <FieldErrors field={field} />
      {children}
    </div>
  );
}

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
