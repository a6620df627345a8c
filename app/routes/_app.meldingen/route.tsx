import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { cycle as dict } from '#app/i18n/cycle';
import { pageTitle } from '#app/utils/meta';
import { translate } from '#app/i18n/i18n';
import { useT } from '#app/i18n/use-t';
import { getRemindersEnabled, setRemindersEnabled } from '#app/models/outbox.server';
import { readFormData } from '#app/utils/form-data.server';
import { getLang } from '#app/utils/lang.server';
import { requireUserWithPermission } from '#app/utils/permissions.server';
import { SuccessNotice } from '#app/components/notice';

/** "E-mailinstellingen" (at /meldingen, the address of earlier releases): each user switches the reminder e-mails on or off for themselves. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, 'manage:notifications');
  return { reminders: getRemindersEnabled(user.id), mailLang: user.lang };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, 'manage:notifications');
  const formData = await readFormData(request);
  // An unchecked checkbox sends nothing: absent means off.
  const on = formData.get('reminders') === 'on';
  setRemindersEnabled(user.id, on);
  return { notice: translate(dict, await getLang(request), on ? 'notificationsOn' : 'notificationsOff') };
}

export default function NotificationsPage() {
  const { reminders, mailLang } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT(dict);
  return (
    <>
      <h1>{t('notificationsTitle')}</h1>
      <p>{t('notificationsIntro')}</p>
      <p>{t(mailLang === 'en' ? 'notificationsMailEnglish' : 'notificationsMailDutch')}</p>
      <SuccessNotice text={result?.notice} />
      <Form method="post">
        <div className="field field-checkbox">
          <input
            type="checkbox"
            id="reminders"
            name="reminders"
            defaultChecked={reminders}
            key={String(reminders)}
          />{' '}
          <label htmlFor="reminders">{t('notificationsReminders')}</label>
        </div>
        <button type="submit" className="button">
          {t('notificationsSave')}
        </button>
      </Form>
    </>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, dict, 'notificationsTitle');
