import { parseWithZod } from '@conform-to/zod/v4';
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { data, redirect } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { ErrorSummary } from '~/components/error-summary';
import { ExperimentForm } from '~/components/registers/experiment-form';
import { registerMeta } from '~/components/registers/meta';
import {
  canMoveExperiment,
  EXPERIMENT_MOVES,
  EXPERIMENT_STATUS_LABELS,
  experimentSchema,
  validationMessage,
} from '~/domain/registers';
import { registers } from '~/i18n/registers';
import { useT } from '~/i18n/use-t';
import { listBottleneckOptions } from '~/models/bottlenecks.server';
import { findExperiment, StaleVersionError, updateExperiment } from '~/models/experiments.server';
import { listRegions } from '~/models/regions.server';
import { getLang } from '~/utils/lang.server';
import { notFound, requireRegionAccess } from '~/utils/permissions.server';
import {
  parseEntityId,
  requireRegisterWriter,
  requireWritableRegionField,
  writableRegions,
} from '~/utils/register-access.server';
import { readFormData } from '~/utils/form-data.server';

async function loadForWrite(request: Request, param: string | undefined) {
  const user = await requireRegisterWriter(request, 'experiments');
  const experiment = findExperiment(parseEntityId(param)) ?? notFound();
  requireRegionAccess(user, experiment.regionId, 'write');
  return { user, experiment };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, experiment: e } = await loadForWrite(request, params.id);
  return {
    experiment: e,
    regions: writableRegions(user, listRegions()).map((r) => ({ id: r.id, name: r.name })),
    bottlenecks: listBottleneckOptions(),
    statuses: [e.status, ...EXPERIMENT_MOVES[e.status]],
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, experiment } = await loadForWrite(request, params.id);
  const lang = await getLang(request);
  const submission = parseWithZod(requireWritableRegionField(user, await readFormData(request)), {
    schema: experimentSchema(lang),
  });
  if (submission.status !== 'success')
    return data({ result: submission.reply(), stale: false }, { status: 400 });
  const v = submission.value;
  requireRegionAccess(user, v.regionId, 'write');
  if (!canMoveExperiment(experiment.status, v.status)) {
    const from = EXPERIMENT_STATUS_LABELS[experiment.status][lang];
    const to = EXPERIMENT_STATUS_LABELS[v.status][lang];
    const message = validationMessage(lang, 'moveNotAllowed', { from, to });
    return data(
      { result: submission.reply({ fieldErrors: { status: [message] } }), stale: false },
      { status: 400 },
    );
  }
  try {
    updateExperiment({ id: experiment.id, version: v.version ?? 0, input: v, userId: user.id });
  } catch (error) {
    if (!(error instanceof StaleVersionError)) throw error;
    const message = validationMessage(lang, 'stale');
    return data({ result: submission.reply({ formErrors: [message] }), stale: true }, { status: 409 });
  }
  return redirect(`/experimenten/${experiment.id}?opgeslagen=1`);
}

export default function EditExperimentPage() {
  const { experiment: e, regions, bottlenecks, statuses } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT(registers);
  return (
    <>
      <h1>{t('expEditTitle')}</h1>
      <p>{e.title}</p>
      {actionData?.stale ? (
        <ErrorSummary errors={(actionData.result.error?.[''] ?? []).map((message) => ({ message }))} />
      ) : null}
      <ExperimentForm
        key={e.version}
        regions={regions}
        bottlenecks={bottlenecks}
        statuses={statuses}
        defaultValue={{
          regionId: String(e.regionId),
          title: e.title,
          hypothesis: e.hypothesis,
          description: e.description,
          principles: e.principles,
          themes: e.themes,
          partners: e.partners,
          status: e.status,
          startDate: e.startDate ?? '',
          endDate: e.endDate ?? '',
          outcome: e.outcome ?? '',
          lessons: e.lessons ?? '',
          bottleneckIds: e.bottlenecks.map((b) => String(b.id)),
          version: String(e.version),
        }}
        lastResult={actionData?.stale ? undefined : actionData?.result}
        cancelHref={`/experimenten/${e.id}`}
      />
    </>
  );
}

export const meta = registerMeta('expEditTitle');
