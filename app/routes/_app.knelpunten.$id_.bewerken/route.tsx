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
import { bottleneckSchema } from '#app/domain/registers';
import { BOTTLENECK_FIELDS, formValues } from '#app/domain/register-fields';
import { registers } from '#app/i18n/registers';
import { useT } from '#app/i18n/use-t';
import { findBottleneck, updateBottleneck } from '#app/models/bottlenecks.server';
import { listExperimentOptions } from '#app/models/experiments.server';
import { BOTTLENECK_MOVES, BOTTLENECK_STATUS_LABELS, canMoveBottleneck } from '#app/domain/register-codes';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, entry: b } = await loadEntryForWrite(request, 'bottlenecks', params.id, findBottleneck);
  return {
    bottleneck: b,
    regions: writableRegionOptions(user),
    experiments: listExperimentOptions(),
    statuses: [b.status, ...BOTTLENECK_MOVES[b.status]],
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, entry } = await loadEntryForWrite(request, 'bottlenecks', params.id, findBottleneck);
  return handleRegisterWrite({
    request,
    user,
    schema: bottleneckSchema,
    edit: { status: entry.status, canMove: canMoveBottleneck, statusLabels: BOTTLENECK_STATUS_LABELS },
    save: (input) => {
      updateBottleneck({ id: entry.id, version: input.version ?? 0, input, userId: user.id });
      return entry.id;
    },
    hrefBase: '/knelpunten',
  });
}

export default function EditBottleneckPage() {
  const { bottleneck: b, regions, experiments, statuses } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT(registers);
  return (
    <>
      <h1>{t('bnEditTitle')}</h1>
      <p>{b.title}</p>
      <StaleSummary actionData={actionData} />
      <RegisterForm
        id="bottleneck-form"
        fieldList={BOTTLENECK_FIELDS}
        schema={bottleneckSchema}
        key={b.version}
        regions={regions}
        links={experiments}
        statuses={statuses}
        defaultValue={formValues(
          BOTTLENECK_FIELDS,
          b,
          b.experiments.map((x) => x.id),
        )}
        lastResult={fieldResult(actionData)}
        cancelHref={`/knelpunten/${b.id}`}
      />
    </>
  );
}

export const meta = registerMeta('bnEditTitle');
