import type { LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { RegisterEntryRoute } from '#app/components/registers/entry-page';
import { registerMeta } from '#app/components/registers/meta';
import { EXPERIMENT_REGISTER as register } from '#app/domain/register-definitions';
import { loadExperienceEffects, loadExperimentEffects } from '#app/models/experiment-effect.server';
import { loadMatchedGroupEffects } from '#app/models/experiment-matched-group.server';
import { experimentStore } from '#app/models/experiments.server';
import { listRegions } from '#app/models/regions.server';
import { seesUnapproved, viewerForRequest } from '#app/models/viewer.server';
import { loadRegisterEntryPage } from '#app/registers/entry.server';
import { ExperimentEffects } from './experiment-effects';
import { ExperienceEffects } from './experience-effects';

/** The register's entry page, and "voor en na": the figures as this user may see them. */
export async function loader(args: LoaderFunctionArgs) {
  const { user, entry, data } = await loadRegisterEntryPage(register, experimentStore, args);
  // approved only and suppressed for reviewers
  const viewer = viewerForRequest(user, new URL(args.request.url));
  const { window, effects } = loadExperimentEffects(viewer, entry);
  return {
    ...data,
    // experience items the experiment names: the same before/after, over quarters (or half-years)
    experience: loadExperienceEffects(viewer, entry),
    effects: {
      regionName: entry.regionName,
      startDate: entry.startDate,
      hasIndicators: entry.indicators.length > 0,
      window,
      effects,
      // outcome rates with a CBS measure: the same windows against the matched group (issue 24)
      matched: loadMatchedGroupEffects(entry.regionId, window, effects),
      regionNames: Object.fromEntries(listRegions().map((r) => [r.id, r.name])),
      suppressed: viewer.suppress,
      provisional: seesUnapproved(viewer, entry.regionId),
    },
  };
}

export default function ExperimentPage() {
  const { effects, experience } = useLoaderData<typeof loader>();
  return (
    <RegisterEntryRoute register={register}>
      <ExperimentEffects data={effects} />
      <ExperienceEffects data={experience} />
    </RegisterEntryRoute>
  );
}

export const meta = registerMeta(register.texts.title);
