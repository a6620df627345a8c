import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { CsvImportPlan, CsvUploadForm } from '#app/components/csv-import';
import { getElement } from '#app/domain/catalogue';
import { reports as dict } from '#app/i18n/reports';
import { useLang, useT } from '#app/i18n/use-t';
import { formatMonth } from '#app/utils/format';
import { findRegionBySlug } from '#app/models/regions.server';
import { getLang } from '#app/utils/lang.server';
import { notFound, requirePermission, requireUserWithPermission } from '#app/utils/permissions.server';
import { handleImport } from './action.server';
import { pageTitle } from '#app/utils/meta';

async function requireImportRegion(request: Request, slug: string | undefined) {
  const user = await requireUserWithPermission(request, 'read:report');
  const region = findRegionBySlug(slug ?? '') ?? notFound();
  requirePermission(user, 'write:report', { regionId: region.id });
  return {
    user,
    region: { id: region.id, slug: region.slug, name: region.name, reportingStart: region.reportingStart },
  };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { region } = await requireImportRegion(request, params.region);
  return { region };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { user, region } = await requireImportRegion(request, params.region);
  return handleImport(request, await getLang(request), user, region, context?.bodyTooLarge === true);
}

export default function ImportPage() {
  const { region } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const t = useT(dict);
  const lang = useLang();
  const busy = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'check';
  return (
    <>
      <h1>{t('importTitle', { region: region.name })}</h1>
      <p>{t('importIntro')}</p>
      <p>
        <a href={`/export/sjabloon.csv?region=${region.slug}`}>{t('importTemplate')}</a>
      </p>
      {result?.notice ? (
        <div className="notice notice-success" role="status">
          <p>{result.notice}</p>
          {result.periods.length > 0 ? (
            <ul>
              {result.periods.map((p) => (
                <li key={p}>
                  <Link to={`/regios/${region.slug}/rapportages/${p}`}>
                    {t('importOpenReport', { month: formatMonth(p, lang) })}
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <CsvUploadForm label={t('importFile')} fileError={result?.fileError} busy={busy} />
      {result?.plan && result.csv ? (
        <CsvImportPlan
          id="import"
          heading="h2"
          errors={result.plan.errors}
          columns={[t('importReport'), t('changesElement')]}
          changes={result.plan.changes.map((c) => ({
            line: c.line,
            what: [c.period, getElement(c.elementCode)?.label[lang] ?? c.elementCode],
            oldValue: c.oldValue,
            newValue: c.newValue,
          }))}
          applyFields={{
            csv: result.csv,
            versions: JSON.stringify(Object.fromEntries(result.plan.versions)),
          }}
        />
      ) : null}
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, dict, 'importTitle', { region: data?.region.name ?? '' });
