import type { LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData, useSearchParams } from '@remix-run/react';
import { HistoryTable } from '~/components/registers/history-table';
import { LinkedList } from '~/components/registers/linked-list';
import { registerMeta } from '~/components/registers/meta';
import { registers } from '~/i18n/registers';
import { useT } from '~/i18n/use-t';
import { findExperiment } from '~/models/experiments.server';
import { listHistory } from '~/models/register-history.server';
import { notFound } from '~/utils/permissions.server';
import { canWriteRegion, parseEntityId, requireRegisterReader } from '~/utils/register-access.server';
import { ExperimentDetails } from './experiment-details';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRegisterReader(request, 'experiments');
  const id = parseEntityId(params.id);
  const experiment = findExperiment(id) ?? notFound();
  return {
    experiment,
    history: listHistory({ entityType: 'experiment', entityId: id }),
    canEdit: canWriteRegion(user, experiment.regionId),
    canCreateBottleneck: canWriteRegion(user, experiment.regionId),
  };
}

export default function ExperimentPage() {
  const { experiment, history, canEdit, canCreateBottleneck } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const t = useT(registers);
  return (
    <>
      <p>
        <Link to="/experimenten">{t('backToList')}</Link>
      </p>
      <h1>{experiment.title}</h1>
      {params.get('opgeslagen') ? (
        <p className="notice notice-success" role="status">
          {t('expUpdated')}
        </p>
      ) : null}
      {canEdit ? (
        <p className="actions">
          <Link to={`/experimenten/${experiment.id}/bewerken`} className="button">
            {t('edit')}
          </Link>
          {canCreateBottleneck ? (
            <Link to={`/knelpunten/nieuw?experiment=${experiment.id}`} className="button-secondary">
              {t('bnNew')}
            </Link>
          ) : null}
        </p>
      ) : null}
      <ExperimentDetails experiment={experiment} />
      <section aria-labelledby="links-title">
        <h2 id="links-title">{t('fieldBottlenecks')}</h2>
        <LinkedList items={experiment.bottlenecks} hrefBase="/knelpunten" kind="bottleneck" />
      </section>
      <HistoryTable rows={history} />
    </>
  );
}

export const meta = registerMeta('expTitle');
