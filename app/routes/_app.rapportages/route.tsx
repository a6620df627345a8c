import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { common } from '#app/i18n/common';
import { pageTitle } from '#app/utils/meta';
import { useT } from '#app/i18n/use-t';
import { findRegionById, listRegions } from '#app/models/regions.server';
import { forbidden, requirePageUser } from '#app/utils/permissions.server';

/** A coordinator goes straight to their own region; a manager picks one. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePageUser(request, 'reports');
  if (user.role === 'coordinator') {
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
