import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { RegisterForm } from '#app/components/registers/register-form';
import { fieldResult, StaleSummary } from '#app/components/registers/form-fields';
import { registerMeta } from '#app/components/registers/meta';
import {
  handleRegisterWrite,
  loadEntryForWrite,
  writableRegionOptions,
} from '#app/models/register-write.server';
import { experimentSchema } from '#app/domain/registers';
import { EXPERIMENT_FIELDS, formValues } from '#app/domain/register-fields';
import { registers } from '#app/i18n/registers';
import { useT } from '#app/i18n/use-t';
import { listBottleneckOptions } from '#app/models/bottlenecks.server';
import { findExperiment, updateExperiment } from '#app/models/experiments.server';
import { canMoveExperiment, EXPERIMENT_MOVES, EXPERIMENT_STATUS_LABELS } from '#app/domain/register-codes';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, entry: e } = await loadEntryForWrite(request, 'experiments', params.id, findExperiment);
  return {
    experiment: e,
    regions: writableRegionOptions(user),
    bottlenecks: listBottleneckOptions(),
    statuses: [e.status, ...EXPERIMENT_MOVES[e.status]],
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, entry } = await loadEntryForWrite(request, 'experiments', params.id, findExperiment);
  return handleRegisterWrite({
    request,
    user,
    schema: experimentSchema,
    edit: { status: entry.status, canMove: canMoveExperiment, statusLabels: EXPERIMENT_STATUS_LABELS },
    save: (input) => {
      updateExperiment({ id: entry.id, version: input.version ?? 0, input, userId: user.id });
      return entry.id;
    },
    hrefBase: '/experimenten',
  });
}

export default function EditExperimentPage() {
  const { experiment: e, regions, bottlenecks, statuses } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT(registers);
  return (
    <>
      <h1>{t('expEditTitle')}</h1>
      <p>{e.title}</p>
      <StaleSummary actionData={actionData} />
      <RegisterForm
        id="experiment-form"
        fieldList={EXPERIMENT_FIELDS}
        schema={experimentSchema}
        key={e.version}
        regions={regions}
        links={bottlenecks}
        statuses={statuses}
        defaultValue={formValues(
          EXPERIMENT_FIELDS,
          e,
          e.bottlenecks.map((b) => b.id),
        )}
        lastResult={fieldResult(actionData)}
        cancelHref={`/experimenten/${e.id}`}
      />
    </>
  );
}

export const meta = registerMeta('expEditTitle');
