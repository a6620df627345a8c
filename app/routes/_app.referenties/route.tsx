import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { pageTitle } from '#app/utils/meta';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { references as dict } from '#app/i18n/references';
import { cbsPage } from '#app/i18n/cbs-page';
import { useT } from '#app/i18n/use-t';
import { listReferenceSeries } from '#app/models/references.server';
import { getLang } from '#app/utils/lang.server';
import { requireUserWithPermission } from '#app/utils/permissions.server';
import { userHasPermission } from '#app/domain/permissions';
import { handleReferenceImport } from './action.server';
import { ReferenceImport } from './reference-import';
import { ReferenceList } from './reference-list';

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, 'read:figures');
  return {
    series: listReferenceSeries(),
    canImport: userHasPermission(user, 'import:reference'),
    canImportCbs: userHasPermission(user, 'manage:cbs'),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, 'import:reference');
  return handleReferenceImport(request, await getLang(request), user, context?.bodyTooLarge === true);
}

export default function ReferencesPage() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT(dict);
  const tc = useT(cbsPage);
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p className="hint">{t('caveat')}</p>
      {d.canImportCbs ? (
        <p>
          <Link to="/referenties/cbs">{tc('linkFromReferences')}</Link>
        </p>
      ) : null}
      <ReferenceList series={d.series} />
      {d.canImport ? <ReferenceImport result={result} /> : null}
    </>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, dict, 'title');
