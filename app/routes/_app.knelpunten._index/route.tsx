import type { LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { registerMeta } from '#app/components/registers/meta';
import { filtersToQuery, parseBottleneckFilters } from '#app/domain/register-filters';
import { registers } from '#app/i18n/registers';
import { useT } from '#app/i18n/use-t';
import { listBottlenecks } from '#app/models/bottlenecks.server';
import { listRegions } from '#app/models/regions.server';
import { requireRegisterReader } from '#app/utils/register-access.server';
import { userHasPermission } from '#app/domain/permissions';
import { BottleneckFilterForm } from './filter-form';
import { BottleneckTable } from './bottleneck-table';

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRegisterReader(request, 'bottlenecks');
  const filters = parseBottleneckFilters(new URL(request.url).searchParams);
  return {
    filters,
    regions: listRegions().map((r) => ({ slug: r.slug, name: r.name })),
    bottlenecks: listBottlenecks(filters),
    canCreate: userHasPermission(user, 'write:register'),
  };
}

export default function BottlenecksPage() {
  const { filters, regions, bottlenecks, canCreate } = useLoaderData<typeof loader>();
  const t = useT(registers);
  return (
    <>
      <h1>{t('bnTitle')}</h1>
      <p>{t('bnIntro')}</p>
      <ul className="link-list register-links">
        {canCreate ? (
          <li>
            <Link to="/knelpunten/nieuw" className="button">
              {t('bnNew')}
            </Link>
          </li>
        ) : null}
        <li>
          <Link to="/knelpunten/overzicht">{t('overviewLink')}</Link>
        </li>
        <li>
          <a href={`/knelpunten.csv${filtersToQuery(filters)}`} download>
            {t('exportCsv')}
          </a>
        </li>
      </ul>
      <BottleneckFilterForm filters={filters} regions={regions} />
      <p role="status" id="result-count">
        {t('bnCount', { count: bottlenecks.length })}
      </p>
      {bottlenecks.length === 0 ? <p>{t('bnNone')}</p> : <BottleneckTable rows={bottlenecks} />}
    </>
  );
}

export const meta = registerMeta('bnTitle');
