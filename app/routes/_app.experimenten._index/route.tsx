import type { LoaderFunctionArgs } from '@remix-run/node';
import { registerMeta } from '#app/components/registers/meta';
import { Link, useLoaderData } from '@remix-run/react';
import { filtersToQuery, parseExperimentFilters } from '#app/domain/register-filters';
import { registers } from '#app/i18n/registers';
import { useT } from '#app/i18n/use-t';
import { listExperiments } from '#app/models/experiments.server';
import { listRegions } from '#app/models/regions.server';
import { requireRegisterReader } from '#app/utils/register-access.server';
import { userHasPermission } from '#app/domain/permissions';
import { ExperimentFilterForm } from './filter-form';
import { ExperimentTable } from './experiment-table';

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRegisterReader(request, 'experiments');
  const filters = parseExperimentFilters(new URL(request.url).searchParams);
  const regions = listRegions().map((r) => ({ slug: r.slug, name: r.name }));
  return {
    filters,
    regions,
    experiments: listExperiments(filters),
    canCreate: userHasPermission(user, 'write:register'),
  };
}

export default function ExperimentsPage() {
  const { filters, regions, experiments, canCreate } = useLoaderData<typeof loader>();
  const t = useT(registers);
  return (
    <>
      <h1>{t('expTitle')}</h1>
      <p>{t('expIntro')}</p>
      <ul className="link-list register-links">
        {canCreate ? (
          <li>
            <Link to="/experimenten/nieuw" className="button">
              {t('expNew')}
            </Link>
          </li>
        ) : null}
        <li>
          <Link to="/experimenten/lessen">{t('lessonsLink')}</Link>
        </li>
        <li>
          <Link to="/knelpunten/overzicht">{t('overviewLink')}</Link>
        </li>
        <li>
          <a href={`/experimenten.csv${filtersToQuery(filters)}`} download>
            {t('exportCsv')}
          </a>
        </li>
      </ul>
      <ExperimentFilterForm filters={filters} regions={regions} />
      <p role="status" id="result-count">
        {t('expCount', { count: experiments.length })}
      </p>
      {experiments.length === 0 ? <p>{t('expNone')}</p> : <ExperimentTable rows={experiments} />}
    </>
  );
}

export const meta = registerMeta('expTitle');
