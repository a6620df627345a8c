import type { LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { RegisterEntryPage } from '#app/components/registers/entry-page';
import { registerMeta } from '#app/components/registers/meta';
import { bottleneckAgeDays, todayIso } from '#app/domain/registers';
import { registers } from '#app/i18n/registers';
import { useT } from '#app/i18n/use-t';
import { findBottleneck } from '#app/models/bottlenecks.server';
import { listHistory } from '#app/models/register-history.server';
import { canWriteRegion, loadEntryForRead } from '#app/utils/register-access.server';
import { BOTTLENECK_FIELDS } from '#app/domain/register-fields';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, id, entry } = await loadEntryForRead(request, 'bottlenecks', params.id, findBottleneck);
  return {
    bottleneck: { ...entry, ageDays: bottleneckAgeDays(entry, todayIso()) },
    history: listHistory({ entityType: 'bottleneck', entityId: id }),
    canEdit: canWriteRegion(user, entry.regionId),
  };
}

export default function BottleneckPage() {
  const { bottleneck, history, canEdit } = useLoaderData<typeof loader>();
  const t = useT(registers);
  return (
    <RegisterEntryPage
      listHref="/knelpunten"
      fieldList={BOTTLENECK_FIELDS}
      entry={bottleneck}
      canEdit={canEdit}
      links={{
        title: t('fieldExperiments'),
        items: bottleneck.experiments,
        hrefBase: '/experimenten',
        kind: 'experiment',
      }}
      history={history}
    />
  );
}

export const meta = registerMeta('bnTitle');
