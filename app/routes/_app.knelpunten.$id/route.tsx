import type { LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { RegisterEntryPage } from '~/components/registers/entry-page';
import { registerMeta } from '~/components/registers/meta';
import { bottleneckAgeDays, todayIso } from '~/domain/registers';
import { registers } from '~/i18n/registers';
import { useT } from '~/i18n/use-t';
import { findBottleneck } from '~/models/bottlenecks.server';
import { listHistory } from '~/models/register-history.server';
import { canWriteRegion, loadEntryForRead } from '~/utils/register-access.server';
import { BOTTLENECK_FIELDS } from '~/domain/register-fields';

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
