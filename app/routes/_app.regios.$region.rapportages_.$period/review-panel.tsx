import { Form } from '@remix-run/react';
import type { WorkflowAction } from '#app/domain/workflow';
import { ErrorSummary } from '#app/components/error-summary';
import { reports as dict, type ReportsKey } from '#app/i18n/reports';
import { useT } from '#app/i18n/use-t';

const LABEL: Record<Exclude<WorkflowAction, 'submit'>, ReportsKey> = {
  approve: 'workflowApprove',
  return: 'workflowReturn',
  reopen: 'workflowReopen',
};

/** A manager's approve / return / reopen, one form with the intent on the button. */
export function ReviewPanel({
  actions,
  version,
  error,
}: {
  actions: WorkflowAction[];
  version: number;
  error: { fieldId?: string; message: string } | null;
}) {
  const t = useT(dict);
  const review = actions.filter((a): a is Exclude<WorkflowAction, 'submit'> => a !== 'submit');
  if (review.length === 0) return null;
  const needsReason = review.some((a) => a !== 'approve');
  return (
    <section aria-labelledby="review-title" className="review-panel">
      <h2 id="review-title">{t('workflowTitle')}</h2>
      <ErrorSummary errors={error ? [error] : []} />
      <Form method="post">
        <input type="hidden" name="version" value={version} />
        {needsReason ? (
          <div className={`field${error?.fieldId === 'reason' ? ' field-error' : ''}`}>
            <label htmlFor="reason">{t('workflowReason')}</label>
            <p className="hint" id="reason-hint">
              {t('workflowReasonHint')}
            </p>
            {error?.fieldId === 'reason' ? (
              <p className="error-message" id="reason-error">
                {error.message}
              </p>
            ) : null}
            <textarea
              id="reason"
              name="reason"
              rows={3}
              aria-describedby={error?.fieldId === 'reason' ? 'reason-hint reason-error' : 'reason-hint'}
              aria-invalid={error?.fieldId === 'reason' ? true : undefined}
            />
          </div>
        ) : null}
        <div className="actions">
          {review.map((a) => (
            <button
              key={a}
              type="submit"
              name="intent"
              value={a}
              className={a === 'approve' ? 'button' : 'button-secondary'}
            >
              {t(LABEL[a])}
            </button>
          ))}
        </div>
      </Form>
    </section>
  );
}
