import { DataTable } from '#app/components/data-table';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { common } from '#app/i18n/common';
import { pageTitle } from '#app/utils/meta';
import { useLang, useT } from '#app/i18n/use-t';
import { periodOfDate } from '#app/domain/periods';
import { formatNumber } from '#app/domain/number-format';
import { listRegions, scopesInForce } from '#app/models/regions.server';
import { formatMonth } from '#app/utils/format';
import { requireUserWithPermission } from '#app/utils/permissions.server';

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithPermission(request, 'read:figures');
  const regions = listRegions();
  // What each region reports on now: the scope in force this month (the admin records it).
  const scopes = scopesInForce(
    regions.map((r) => r.id),
    periodOfDate(new Date()),
  );
  return { regions: regions.map((r) => ({ ...r, scope: scopes.get(r.id) ?? null })) };
}

export default function RegionsPage() {
  const { regions } = useLoaderData<typeof loader>();
  const t = useT(common);
  const lang = useLang();
  return (
    <>
      <h1 id="regions-title">{t('regionsTitle')}</h1>
      <p>{t('regionsIntro')}</p>
      <DataTable
        labelledBy="regions-title"
        columns={[t('regionName'), t('regionPlan'), t('regionScope'), t('regionReportingStart')]}
      >
        {regions.map((r) => (
          <tr key={r.id}>
            <th scope="row">
              <span className="region-swatch" style={{ background: r.colour }} aria-hidden="true" />
              <Link to={`/regios/${r.slug}`}>{r.name}</Link>
            </th>
            <td>{r.planName}</td>
            <td>
              {r.scope
                ? t('regionScopeSummary', {
                    municipalities: r.scope.municipalities.join(', '),
                    children: formatNumber(r.scope.children, lang, 0),
                  })
                : t('regionScopeNone')}
            </td>
            <td>{formatMonth(r.reportingStart, lang)}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, common, 'regionsTitle');
