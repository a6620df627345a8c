import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { common } from '#app/i18n/common';
import { pageTitle } from '#app/utils/meta';
import { useT } from '#app/i18n/use-t';
import { findRegionById, listRegions } from '#app/models/regions.server';
import { forbidden, requireUserWithPermission } from '#app/utils/permissions.server';
import { userHasPermission } from '#app/domain/permissions';

/** Who reads their own region's reports only (a coordinator) goes straight there; a manager picks one. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, 'read:report');
  if (!userHasPermission(user, 'read:report:any')) {
    const region = user.regionId ? findRegionById(user.regionId) : undefined;
    if (!region) forbidden();
    throw redirect(`/regios/${region.slug}/rapportages`);
  }
  return { regions: listRegions() };
}

export default function ReportsIndex() {
  const { regions } = useLoaderData<typeof loader>();
  const t = useT(common);
  return (
    <>
      <h1>{t('navReports')}</h1>
      <h2>{t('reportsChooseRegion')}</h2>
      <ul className="link-list">
        {regions.map((r) => (
          <li key={r.id}>
            <Link to={`/regios/${r.slug}/rapportages`}>{r.name}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, common, 'navReports');
