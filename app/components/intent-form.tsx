import { Form } from '@remix-run/react';
import type { ReactNode } from 'react';

/**
 * A form of one button that posts an intent (the route's action picks it: conventions "one action
 * per form") with the hidden values it needs; `label` names the button for a screen reader where
 * its text alone does not say what it acts on; `fields`, what the user fills in before the button
 * (a reason), and `formClassName` the form's own class.
 */
export function IntentForm({
  intent,
  values = {},
  label,
  className = 'button-secondary',
  formClassName,
  fields,
  children,
}: {
  intent: string;
  values?: Record<string, string | number>;
  label?: string;
  className?: string;
  formClassName?: string;
  fields?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Form method="post" className={formClassName}>
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(values).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields}
      <button type="submit" className={className} aria-label={label}>
        {children}
      </button>
    </Form>
  );
}
