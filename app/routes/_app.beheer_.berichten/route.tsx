import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { pageTitle } from '#app/utils/meta';
import { useLoaderData } from '@remix-run/react';
import { DataTable } from '#app/components/data-table';
import { cycle as dict } from '#app/i18n/cycle';
import { useLang, useT } from '#app/i18n/use-t';
import { listOutbox } from '#app/models/outbox.server';
import { getEnv } from '#app/utils/env.server';
import { formatDateTime } from '#app/utils/format';
import { requireUserWithPermission } from '#app/utils/permissions.server';

/** "Berichten": the outbox as the admin reads it; in demo mode (no SMTP) the messages stay here. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithPermission(request, 'read:outbox');
  return { messages: listOutbox(), smtp: Boolean(getEnv().SMTP_HOST) };
}

export default function MessagesPage() {
  const { messages, smtp } = useLoaderData<typeof loader>();
  const t = useT(dict);
  const lang = useLang();
  return (
    <>
      <h1>{t('messagesTitle')}</h1>
      <p>{t('messagesIntro')}</p>
      {smtp ? null : <p className="notice notice-warning">{t('messagesNoSmtp')}</p>}
      {messages.length === 0 ? (
        <p>{t('messagesEmpty')}</p>
      ) : (
        <DataTable
          className="table messages-table"
          caption={{ id: 'messages-caption', text: t('messagesCaption') }}
          columns={[t('messagesSubject'), t('messagesTo'), t('messagesCreated'), t('messagesState')]}
        >
          {messages.map((m) => (
            <tr key={m.id}>
              <th scope="row">
                <details>
                  <summary>{m.subject}</summary>
                  <pre className="message-body" aria-label={t('messagesBody')}>
                    {m.body.replace('{{link}}', t('messagesLinkHidden'))}
                  </pre>
                </details>
              </th>
              <td>{m.toAddress}</td>
              <td>{formatDateTime(m.createdAt, lang)}</td>
              <td>
                {m.sentAt
                  ? t('messagesSent', { at: formatDateTime(m.sentAt, lang) })
                  : m.attempts > 0
                    ? t('messagesRetry', {
                        attempts: m.attempts,
                        at: formatDateTime(m.nextAttemptAt, lang),
                      })
                    : t('messagesWaiting')}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, dict, 'messagesTitle');
