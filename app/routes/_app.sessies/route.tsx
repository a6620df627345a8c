import { IntentForm } from '#app/components/intent-form';
import { EMPTY } from '#app/components/table-head';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { data } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { z } from 'zod';
import { DataTable } from '#app/components/data-table';
import { accounts } from '#app/i18n/accounts';
import { translate } from '#app/i18n/i18n';
import { useLang, useT } from '#app/i18n/use-t';
import { recordAudit } from '#app/models/audit.server';
import { requireUser } from '#app/utils/auth.server';
import { readFormData } from '#app/utils/form-data.server';
import { formatDateTime } from '#app/utils/format';
import { getLang } from '#app/utils/lang.server';
import { pageTitle } from '#app/utils/meta';
import { badRequest } from '#app/utils/responses.server';
import {
  listUserSessions,
  readSessionId,
  revokeOtherSessions,
  revokeOwnSession,
} from '#app/utils/session.server';
import { describeDevice } from './device';
import { SuccessNotice } from '#app/components/notice';

const SessionsActionSchema = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('end-others') }),
  z.object({ intent: z.literal('end'), session: z.string().min(1).max(100) }),
]);

/** The user's own signed-in sessions (device, last seen), and "sign out everywhere else". */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const current = await readSessionId(request);
  // a session is named to the page by its position, never by its id (the id is the cookie's secret)
  const rows = listUserSessions(user.id).map((s, i) => ({
    key: i,
    current: s.id === current,
    device: describeDevice(s.userAgent),
    ip: s.ip,
    createdAt: s.createdAt,
    lastSeenAt: s.lastSeenAt ?? s.createdAt,
  }));
  return { sessions: rows };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const lang = await getLang(request);
  const parsed = SessionsActionSchema.safeParse(Object.fromEntries(await readFormData(request)));
  if (!parsed.success) badRequest(translate(accounts, lang, 'sessionsEnd'));
  const current = await readSessionId(request);
  let ended = 0;
  if (parsed.data.intent === 'end-others') ended = revokeOtherSessions(user.id, current);
  else {
    const index = Number(parsed.data.session);
    const target = listUserSessions(user.id)[index];
    if (!Number.isInteger(index) || !target || target.id === current)
      return data({ notice: translate(accounts, lang, 'sessionsEnded', { count: 0 }) }, { status: 404 });
    ended = revokeOwnSession(user.id, target.id);
  }
  recordAudit({
    userId: user.id,
    action: parsed.data.intent === 'end-others' ? 'session.end_others' : 'session.end',
    entityType: 'session',
    detail: { ended },
  });
  return { notice: translate(accounts, lang, 'sessionsEnded', { count: ended }) };
}

export default function SessionsPage() {
  const { sessions } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT(accounts);
  const lang = useLang();
  const others = sessions.filter((s) => !s.current).length;
  return (
    <div>
      <h1>{t('sessionsTitle')}</h1>
      <p>{t('sessionsIntro')}</p>
      <SuccessNotice text={actionData?.notice} />
      <DataTable
        caption={{ id: 'sessions-caption', text: t('sessionsTitle') }}
        columns={[
          t('sessionsDevice'),
          t('sessionsAddress'),
          t('sessionsStarted'),
          t('sessionsLastSeen'),
          EMPTY,
        ]}
      >
        {sessions.map((s) => (
          <tr key={s.key}>
            <th scope="row">
              {s.device ?? t('sessionsUnknownDevice')}
              {s.current ? ` (${t('sessionsThis')})` : ''}
            </th>
            <td>{s.ip ?? '—'}</td>
            <td>{formatDateTime(s.createdAt, lang)}</td>
            <td>{formatDateTime(s.lastSeenAt, lang)}</td>
            <td>
              {s.current ? null : (
                <IntentForm
                  intent="end"
                  values={{ session: s.key }}
                  label={t('sessionsEndLabel', { device: s.device ?? t('sessionsUnknownDevice') })}
                >
                  {t('sessionsEnd')}
                </IntentForm>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
      {others > 0 ? (
        <Form method="post">
          <input type="hidden" name="intent" value="end-others" />
          <button type="submit" className="button">
            {t('sessionsEndOthers')}
          </button>
        </Form>
      ) : (
        <p>{t('sessionsOnly')}</p>
      )}
    </div>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, accounts, 'sessionsTitle');
