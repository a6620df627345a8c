import { DataTable } from '#app/components/data-table';
import type { WorkflowEvent } from './workflow-banner';
import { Form } from '@remix-run/react';
import { getElement } from '#app/domain/catalogue';
import { formatEnteredNumber } from '#app/domain/number-input';
import { reports as dict } from '#app/i18n/reports';
import { useLang, useT } from '#app/i18n/use-t';
import { formatDateTime } from '#app/utils/format';
import type { FieldPage } from './element-field';
import { reportStatusLabel } from '#app/i18n/report-status';
import { num } from '#app/components/table-head';

interface ActivityPage extends FieldPage {
  events: WorkflowEvent[];
  comments: (FieldPage['comments'][number] & { createdAt: string; userName: string | null })[];
  changes: (FieldPage['changes'][number] & { source: 'form' | 'import' | 'seed' })[];
  canComment: boolean;
}

/** The timeline of status moves, every value change, and the comment thread. */
export function ReportActivity({ page, commentError }: { page: ActivityPage; commentError: string | null }) {
  const t = useT(dict);
  const lang = useLang();
  const status = (s: string | null) => (s ? reportStatusLabel(s, lang) : '');
  const label = (code: string) => getElement(code)?.label[lang] ?? code;
  const show = (v: number | null) => (v === null ? t('formUnknown') : formatEnteredNumber(v, lang));
  const source = { form: t('sourceForm'), import: t('sourceImport'), seed: t('sourceSeed') };
  return (
    <>
      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('timelineTitle')}</h2>
        <ol className="timeline">
          {page.events.map((e) => (
            <li key={e.id}>
              <time dateTime={e.at}>{formatDateTime(e.at, lang)}</time>{' '}
              {e.fromStatus === null
                ? t('timelineStarted', { name: e.userName ?? '—' })
                : e.fromStatus === e.toStatus
                  ? t('timelineCorrected', { name: e.userName ?? '—' })
                  : t('timelineMoved', {
                      name: e.userName ?? '—',
                      from: status(e.fromStatus),
                      to: status(e.toStatus),
                    })}
              {e.reason ? <> — {t('timelineReason', { reason: e.reason })}</> : null}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="changes-title">
        <h2 id="changes-title">{t('changesTitle')}</h2>
        {page.changes.length === 0 ? (
          <p>{t('changesNone')}</p>
        ) : (
          <DataTable
            labelledBy="changes-title"
            columns={[
              t('changesElement'),
              num(t('changesOld')),
              num(t('changesNew')),
              t('changesWho'),
              t('changesWhen'),
              t('changesSource'),
            ]}
          >
            {page.changes.map((c) => (
              <tr key={c.id}>
                <th scope="row">{label(c.elementCode)}</th>
                <td className="num">{show(c.oldValue)}</td>
                <td className="num">{show(c.newValue)}</td>
                <td>{c.changedByName ?? '—'}</td>
                <td>{formatDateTime(c.changedAt, lang)}</td>
                <td>{source[c.source]}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
      <section aria-labelledby="comments-title">
        <h2 id="comments-title">{t('commentsTitle')}</h2>
        {page.comments.length === 0 ? <p>{t('commentsNone')}</p> : null}
        <ul className="comments">
          {page.comments.map((c) => (
            <li key={c.id}>
              <p className="comment-meta">
                {c.userName ?? '—'} · {formatDateTime(c.createdAt, lang)}
                {c.elementCode ? ` · ${t('commentsExplains', { element: label(c.elementCode) })}` : ''}
              </p>
              <p>{c.body}</p>
            </li>
          ))}
        </ul>
        {page.canComment ? (
          <Form method="post" className="comment-form">
            <input type="hidden" name="intent" value="comment" />
            <div className={`field${commentError ? ' field-error' : ''}`}>
              <label htmlFor="comment-body">{t('commentsLabel')}</label>
              {commentError ? (
                <p className="error-message" id="comment-body-error" role="alert">
                  {commentError}
                </p>
              ) : null}
              <textarea
                id="comment-body"
                name="body"
                rows={3}
                aria-invalid={commentError ? true : undefined}
                aria-describedby={commentError ? 'comment-body-error' : undefined}
              />
            </div>
            <button type="submit" className="button-secondary">
              {t('commentsAdd')}
            </button>
          </Form>
        ) : null}
      </section>
    </>
  );
}
