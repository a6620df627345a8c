import type { ReactNode } from 'react';

/** What a labelled field needs of its form's metadata (Conform's, or a server-validated form's). */
export interface FieldMeta {
  id: string;
  errorId: string;
  descriptionId: string;
  errors?: string[];
}

/** A field's error messages, under its label; nothing without errors. */
export function FieldErrors({ field }: { field: Pick<FieldMeta, 'errorId' | 'errors'> }) {
  return field.errors ? (
    <p className="error-message" id={field.errorId}>
      {field.errors.join(' ')}
    </p>
  ) : null;
}

/**
 * A labelled field with its hint and error message; the control gets aria-describedby from its form.
 * Without Conform (app/components/form-field.tsx adds Conform's inputs), so that a page whose form
 * only the server validates carries none of Conform's code.
 */
export function Field({
  field,
  label,
  hint,
  children,
}: {
  field: FieldMeta;
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
