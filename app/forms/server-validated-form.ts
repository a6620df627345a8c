/**
 * A form that only the server validates, with the same markup as a Conform form (ids, aria
 * attributes, HTML constraints, the submitted values back after an error) but none of Conform's code
 * in the page: the login page (issue 26: its JavaScript ≤ 100 KB gzip). The action answers with
 * Conform's `submission.reply(…)` as before; `lastResult` is that answer.
 */
import type { FieldMeta } from '#app/components/field';

/** The part of Conform's SubmissionResult this reads. */
export interface ReplyResult {
  initialValue?: Record<string, unknown> | null;
  error?: Record<string, string[] | null> | null;
}

/** Conform's constraint of a field (getZodConstraint in the loader). */
export interface FieldConstraint {
  required?: boolean;
  minLength?: number;
  maxLength?: number;
}

export interface ServerField extends FieldMeta {
  name: string;
  /** the input's attributes, as Conform's getInputProps gives them (no value back for a password) */
  input: (type: 'email' | 'password' | 'text') => {
    id: string;
    name: string;
    form: string;
    type: string;
    required?: boolean;
    minLength?: number;
    maxLength?: number;
    defaultValue?: string;
    'aria-invalid'?: boolean;
    'aria-describedby'?: string;
  };
}

export function serverValidatedForm(
  formId: string,
  lastResult: ReplyResult | null | undefined,
  constraint: Record<string, FieldConstraint | undefined>,
) {
  const errors = lastResult?.error ?? {};
  const listOf = (name: string) => {
    const list = errors[name];
    return list && list.length > 0 ? list : undefined;
  };
  const field = (name: string): ServerField => {
    const id = `${formId}-${name}`;
    const errorId = `${id}-error`;
    const fieldErrors = listOf(name);
    const c = constraint[name] ?? {};
    const initial = lastResult?.initialValue?.[name];
    return {
      id,
      name,
      errorId,
      descriptionId: `${id}-description`,
      errors: fieldErrors,
      input: (type) => ({
        id,
        name,
        form: formId,
        type,
        ...(c.required ? { required: true } : {}),
        ...(c.minLength !== undefined ? { minLength: c.minLength } : {}),
        ...(c.maxLength !== undefined ? { maxLength: c.maxLength } : {}),
        ...(type !== 'password' && typeof initial === 'string' ? { defaultValue: initial } : {}),
        ...(fieldErrors ? { 'aria-invalid': true, 'aria-describedby': errorId } : {}),
      }),
    };
  };
  return {
    /** the form's attributes: the browser's own validation off, the server answers in the user's language */
    form: { id: formId, noValidate: true },
    formErrors: listOf(''),
    field,
  };
}
