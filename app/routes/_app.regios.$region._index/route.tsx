import type { LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { ComingSoon } from '~/components/coming-soon';
import { common } from '~/i18n/common';
import { useT } from '~/i18n/use-t';
import { findRegionBySlug } from '~/models/regions.server';
import { hasRegionAccess, notFound, requirePageUser } from '~/utils/permissions.server';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePageUser(request, 'regions');
  const region = findRegionBySlug(params.region ?? '') ?? notFound();
  return { region, canSeeReports: hasRegionAccess(user, region.id, 'read-all') };
}

export default function RegionPage() {
  const { region, canSeeReports } = useLoaderData<typeof loader>();
  const t = useT(common);
  return (
    <>
      <ComingSoon title={region.name} />
      {canSeeReports ? (
        <p>
          <Link to={`/regios/${region.slug}/rapportages`}>{t('reportsTitle', { region: region.name })}</Link>
        </p>
      ) : null}
    </>
  );
}
