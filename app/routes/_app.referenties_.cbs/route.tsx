import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { CBS_TABLES } from '#app/domain/cbs-catalogue';
import { cbsPage as dict } from '#app/i18n/cbs-page';
import { useT } from '#app/i18n/use-t';
import { latestPendingImport, storedCbsTables, type CbsDryRun } from '#app/models/cbs-import.server';
import { getDb } from '#app/utils/db.server';
import { getLang } from '#app/utils/lang.server';
import { pageTitle } from '#app/utils/meta';
import { requireUserWithPermission } from '#app/utils/permissions.server';
import { handleCbsAction } from './action.server';
import { CbsDryRunView } from './cbs-dry-run';
import { CbsImportForms } from './cbs-import-forms';
import { CbsStoredTables } from './cbs-stored-tables';

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithPermission(request, 'manage:cbs');
  const db = getDb();
  const pending = latestPendingImport(db);
  return {
    tables: Object.values(CBS_TABLES).map((t) => ({ id: t.id, title: t.title })),
    stored: storedCbsTables(db),
    pending: pending ? { id: pending.id, dryRun: pending.summary as unknown as CbsDryRun } : null,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, 'manage:cbs');
  return handleCbsAction(request, await getLang(request), user, context?.bodyTooLarge === true);
}

export default function CbsPage() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT(dict);
  return (
    <>
      <p>
        <Link to="/referenties">{t('backToReferences')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {result?.notice ? (
        <p className="notice notice-success" role="status">
          {result.notice}
        </p>
      ) : null}
      {result?.error ? (
        <div className="error-summary" role="alert" tabIndex={-1}>
          <p>{result.error}</p>
        </div>
      ) : null}
      {d.pending ? <CbsDryRunView importId={d.pending.id} dryRun={d.pending.dryRun} /> : null}
      <CbsImportForms tables={d.tables} />
      <CbsStoredTables stored={d.stored} />
    </>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, dict, 'title');
