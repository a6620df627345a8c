import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { BottleneckForm } from '~/components/registers/bottleneck-form';
import { fieldResult, StaleSummary } from '~/components/registers/form-fields';
import { registerMeta } from '~/components/registers/meta';
import {
  handleRegisterWrite,
  loadEntryForWrite,
  writableRegionOptions,
} from '~/models/register-write.server';
import { bottleneckSchema } from '~/domain/registers';
import { registers } from '~/i18n/registers';
import { useT } from '~/i18n/use-t';
import { findBottleneck, updateBottleneck } from '~/models/bottlenecks.server';
import { listExperimentOptions } from '~/models/experiments.server';
import { BOTTLENECK_MOVES, BOTTLENECK_STATUS_LABELS, canMoveBottleneck } from '~/domain/register-codes';

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
      <BottleneckForm
        key={b.version}
        regions={regions}
        links={experiments}
        statuses={statuses}
        defaultValue={{
          regionId: String(b.regionId),
          title: b.title,
          description: b.description,
          legalFramework: b.legalFramework,
          article: b.article,
          principle: b.principle,
          severity: b.severity,
          status: b.status,
          identifiedDate: b.identifiedDate,
          resolvedDate: b.resolvedDate ?? '',
          proposedSolution: b.proposedSolution,
          experimentIds: b.experiments.map((e) => String(e.id)),
          version: String(b.version),
        }}
        lastResult={fieldResult(actionData)}
        cancelHref={`/knelpunten/${b.id}`}
      />
    </>
  );
}

export const meta = registerMeta('bnEditTitle');
