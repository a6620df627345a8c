import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, useLoaderData } from '@remix-run/react';
import { reports as dict } from '#app/i18n/reports';
import { useT } from '#app/i18n/use-t';
import { requireUserWithPermission } from '#app/utils/permissions.server';
import { CompletenessMatrix, CompletenessRates } from './completeness-table';
import { loadCompleteness } from './queries.server';
import { pageTitle } from '#app/utils/meta';
import { redirectOldQueryNames } from '#app/utils/query-names.server';
import { common } from '#app/i18n/common';

export async function loader({ request }: LoaderFunctionArgs) {
  redirectOldQueryNames(request);
  const user = await requireUserWithPermission(request, 'read:report');
  return loadCompleteness(user, new URL(request.url));
}

export default function CompletenessPage() {
  const data = useLoaderData<typeof loader>();
  const t = useT(dict);
  return (
    <>
      <h1>{t('complTitle')}</h1>
      <p>{t('complIntro', { day: data.dueDay })}</p>
      <Form method="get" className="inline-form">
        <label htmlFor="from">{t('complFrom')}</label>
        <input id="from" name="from" type="month" defaultValue={data.from} max={data.last} />
        <label htmlFor="to">{t('complTo')}</label>
        <input id="to" name="to" type="month" defaultValue={data.to} max={data.last} />
        <button type="submit" className="button-secondary">
          {t('complShow')}
        </button>
      </Form>
      <CompletenessMatrix periods={data.periods} matrix={data.matrix} />
      <CompletenessRates matrix={data.matrix} total={data.total} />
    </>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, common, 'navCompleteness');
