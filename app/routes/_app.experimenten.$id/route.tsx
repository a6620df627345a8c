import type { LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { RegisterEntryPage } from '#app/components/registers/entry-page';
import { registerMeta } from '#app/components/registers/meta';
import { registers } from '#app/i18n/registers';
import { useT } from '#app/i18n/use-t';
import { findExperiment } from '#app/models/experiments.server';
import { listHistory } from '#app/models/register-history.server';
import { canWriteRegion, loadEntryForRead } from '#app/utils/register-access.server';
import { loadExperimentEffects } from '#app/models/experiment-effect.server';
import { listRegions } from '#app/models/regions.server';
import { seesUnapproved, viewerForRequest } from '#app/models/viewer.server';
import { ExperimentEffects } from './experiment-effects';
import { EXPERIMENT_FIELDS } from '#app/domain/register-fields';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, id, entry } = await loadEntryForRead(request, 'experiments', params.id, findExperiment);
  // "voor en na": the figures as this user may see them (approved only and suppressed for reviewers)
  const viewer = viewerForRequest(user, new URL(request.url));
  return {
    experiment: entry,
    effects: {
      regionName: entry.regionName,
      startDate: entry.startDate,
      hasIndicators: entry.indicators.length > 0,
      effects: loadExperimentEffects(viewer, entry).effects,
      regionNames: Object.fromEntries(listRegions().map((r) => [r.id, r.name])),
      suppressed: viewer.suppress,
      provisional: seesUnapproved(viewer, entry.regionId),
    },
    history: listHistory({ entityType: 'experiment', entityId: id }),
    canEdit: canWriteRegion(user, entry.regionId),
    canCreateBottleneck: canWriteRegion(user, entry.regionId),
  };
}

export default function ExperimentPage() {
  const { experiment, effects, history, canEdit, canCreateBottleneck } = useLoaderData<typeof loader>();
  const t = useT(registers);
  return (
    <RegisterEntryPage
      listHref="/experimenten"
      fieldList={EXPERIMENT_FIELDS}
      entry={experiment}
      canEdit={canEdit}
      moreActions={
        canCreateBottleneck ? (
          <Link to={`/knelpunten/nieuw?experiment=${experiment.id}`} className="button-secondary">
            {t('bnNew')}
          </Link>
        ) : null
      }
      links={{
        title: t('fieldBottlenecks'),
        items: experiment.bottlenecks,
        hrefBase: '/knelpunten',
        kind: 'bottleneck',
      }}
      history={history}
    >
      <ExperimentEffects data={effects} />
    </RegisterEntryPage>
  );
}

export const meta = registerMeta('expTitle');
