import { useEffect, useRef } from 'react';
import { common } from '~/i18n/common';
import { useT } from '~/i18n/use-t';

export interface SummaryError {
  /** id of the field the message belongs to; the summary links to it */
  fieldId?: string;
  message: string;
}

/** The GOV.UK-style error summary: focused on render, each message a link to its field. */
export function ErrorSummary({ errors }: { errors: readonly SummaryError[] }) {
  const t = useT(common);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 id="error-summary-title">{t('errorSummaryTitle')}</h2>
      <ul>
        {errors.map((e, i) => (
          <li key={`${e.fieldId ?? 'form'}-${i}`}>
            {e.fieldId ? <a href={`#${e.fieldId}`}>{e.message}</a> : e.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
