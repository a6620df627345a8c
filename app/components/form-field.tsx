import type { FieldMetadata } from '@conform-to/react';
import type { ReactNode } from 'react';

type AnyField = FieldMetadata<unknown, Record<string, unknown>, string[]>;

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
      {field.errors ? (
        <p className="error-message" id={field.errorId}>
          {field.errors.join(' ')}
        </p>
      ) : null}
      {children}
    </div>
  );
}
