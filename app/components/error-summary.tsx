import { useNavigation } from '@remix-run/react';
import { useEffect, useRef, type MouseEvent } from 'react';
import { common } from '#app/i18n/common';
import { useT } from '#app/i18n/use-t';

export interface SummaryError {
  /** id of the field the message belongs to; the summary links to it */
  fieldId?: string;
  message: string;
}

/**
 * The summary's entries for a Conform form: the form's own errors first, then each field's, in the
 * order given (the order of the form), each linked to its field.
 */
export function summaryErrors(
  formErrors: readonly string[] | undefined,
  fields: readonly { id: string; errors?: readonly string[] }[],
): SummaryError[] {
  return [
    ...(formErrors ?? []).map((message) => ({ message })),
    ...fields.flatMap((f) => (f.errors ?? []).map((message) => ({ fieldId: f.id, message }))),
  ];
}

/**
 * GOV.UK pattern: a link moves focus to its field and scrolls so that the field's label (or the
 * legend of its group) is in view, not just the input.
 */
export function focusField(id: string): boolean {
  const el = document.getElementById(id);
  if (!el) return false;
  el.focus({ preventScroll: true });
  const label =
    document.querySelector(`label[for="${CSS.escape(id)}"]`) ??
    el.closest('fieldset')?.querySelector('legend');
  (label ?? el).scrollIntoView({ block: 'start' });
  return document.activeElement === el;
}

/**
 * The GOV.UK-style error summary, each message a link to its field. It takes focus once per
 * submit (or when a page arrives with errors), never on a re-render: re-validation while the user
 * types must not pull focus away from the field.
 */
export function ErrorSummary({ errors }: { errors: readonly SummaryError[] }) {
  const t = useT(common);
  const ref = useRef<HTMLDivElement>(null);
  const navigation = useNavigation();
  const first = useRef(true);
  // A submit whose answer has not been drawn yet: its errors take focus however long the browser
  // takes to draw them (a slow phone, a busy machine), and typing never does.
  const submitPending = useRef(false);
  const busySinceSubmit = useRef(false);
  useEffect(() => {
    const onSubmit = (event: SubmitEvent) => {
      // Conform re-validates a field by submitting the form with its own intent button: that is
      // typing, not a submit.
      if ((event.submitter as HTMLButtonElement | null)?.name === '__intent__') return;
      submitPending.current = true;
      // A submit the browser's own check stopped (the rules as the user left a field already showed
      // the errors, so the summary does not render again): the summary still takes focus, after
      // the form library has handled the event.
      setTimeout(() => {
        if (event.defaultPrevented && ref.current) {
          ref.current.focus();
          submitPending.current = false;
        }
      }, 0);
    };
    document.addEventListener('submit', onSubmit, true);
    return () => document.removeEventListener('submit', onSubmit, true);
  }, []);
  const count = errors.length;
  useEffect(() => {
    if (navigation.state !== 'idle') {
      busySinceSubmit.current = true;
      return;
    }
    // Errors that answer a submit (in the browser at once, or from the server), or that the page
    // arrived with, take focus; errors from re-validation while typing never do.
    const answer = first.current || busySinceSubmit.current || submitPending.current;
    first.current = false;
    if (count > 0 && answer) ref.current?.focus();
    if (count > 0 || busySinceSubmit.current) {
      busySinceSubmit.current = false;
      submitPending.current = false;
    }
  });
  if (errors.length === 0) return null;
  const onLinkClick = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    if (focusField(id)) event.preventDefault();
  };
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 id="error-summary-title">{t('errorSummaryTitle')}</h2>
      <ul>
        {errors.map((e, i) => (
          <li key={`${e.fieldId ?? 'form'}-${i}`}>
            {e.fieldId ? (
              <a href={`#${e.fieldId}`} onClick={(ev) => onLinkClick(ev, e.fieldId!)}>
                {e.message}
              </a>
            ) : (
              e.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
