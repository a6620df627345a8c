import type { LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData, useSearchParams } from '@remix-run/react';
import { HistoryTable } from '~/components/registers/history-table';
import { LinkedList } from '~/components/registers/linked-list';
import { registerMeta } from '~/components/registers/meta';
import { bottleneckAgeDays, todayIso } from '~/domain/registers';
import { registers } from '~/i18n/registers';
import { useT } from '~/i18n/use-t';
import { findBottleneck } from '~/models/bottlenecks.server';
import { listHistory } from '~/models/register-history.server';
import { notFound } from '~/utils/permissions.server';
import { canWriteRegion, parseEntityId, requireRegisterReader } from '~/utils/register-access.server';
import { BottleneckDetails } from './bottleneck-details';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRegisterReader(request, 'bottlenecks');
  const id = parseEntityId(params.id);
  const bottleneck = findBottleneck(id) ?? notFound();
  return {
    bottleneck,
    ageDays: bottleneckAgeDays(bottleneck, todayIso()),
    history: listHistory({ entityType: 'bottleneck', entityId: id }),
    canEdit: canWriteRegion(user, bottleneck.regionId),
  };
}

export default function BottleneckPage() {
  const { bottleneck, ageDays, history, canEdit } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const t = useT(registers);
  return (
    <>
      <p>
        <Link to="/knelpunten">{t('backToList')}</Link>
      </p>
      <h1>{bottleneck.title}</h1>
      {params.get('opgeslagen') ? (
        <p className="notice notice-success" role="status">
          {t('expUpdated')}
        </p>
      ) : null}
      {canEdit ? (
        <p className="actions">
          <Link to={`/knelpunten/${bottleneck.id}/bewerken`} className="button">
            {t('edit')}
          </Link>
        </p>
      ) : null}
      <BottleneckDetails bottleneck={bottleneck} ageDays={ageDays} />
      <section aria-labelledby="links-title">
        <h2 id="links-title">{t('fieldExperiments')}</h2>
        <LinkedList items={bottleneck.experiments} hrefBase="/experimenten" kind="experiment" />
      </section>
      <HistoryTable rows={history} />
    </>
  );
}

export const meta = registerMeta('bnTitle');
