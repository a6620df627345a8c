import { parseWithZod } from '@conform-to/zod/v4';
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { data, redirect } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { ErrorSummary } from '~/components/error-summary';
import { BottleneckForm } from '~/components/registers/bottleneck-form';
import { registerMeta } from '~/components/registers/meta';
import {
  BOTTLENECK_MOVES,
  BOTTLENECK_STATUS_LABELS,
  bottleneckSchema,
  canMoveBottleneck,
  validationMessage,
} from '~/domain/registers';
import { registers } from '~/i18n/registers';
import { useT } from '~/i18n/use-t';
import { findBottleneck, updateBottleneck } from '~/models/bottlenecks.server';
import { listExperimentOptions, StaleVersionError } from '~/models/experiments.server';
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
  const user = await requireRegisterWriter(request, 'bottlenecks');
  const bottleneck = findBottleneck(parseEntityId(param)) ?? notFound();
  requireRegionAccess(user, bottleneck.regionId, 'write');
  return { user, bottleneck };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, bottleneck: b } = await loadForWrite(request, params.id);
  return {
    bottleneck: b,
    regions: writableRegions(user, listRegions()).map((r) => ({ id: r.id, name: r.name })),
    experiments: listExperimentOptions(),
    statuses: [b.status, ...BOTTLENECK_MOVES[b.status]],
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, bottleneck } = await loadForWrite(request, params.id);
  const lang = await getLang(request);
  const submission = parseWithZod(requireWritableRegionField(user, await readFormData(request)), {
    schema: bottleneckSchema(lang),
  });
  if (submission.status !== 'success')
    return data({ result: submission.reply(), stale: false }, { status: 400 });
  const v = submission.value;
  requireRegionAccess(user, v.regionId, 'write');
  if (!canMoveBottleneck(bottleneck.status, v.status)) {
    const from = BOTTLENECK_STATUS_LABELS[bottleneck.status][lang];
    const to = BOTTLENECK_STATUS_LABELS[v.status][lang];
    const message = validationMessage(lang, 'moveNotAllowed', { from, to });
    return data(
      { result: submission.reply({ fieldErrors: { status: [message] } }), stale: false },
      { status: 400 },
    );
  }
  try {
    updateBottleneck({ id: bottleneck.id, version: v.version ?? 0, input: v, userId: user.id });
  } catch (error) {
    if (!(error instanceof StaleVersionError)) throw error;
    const message = validationMessage(lang, 'stale');
    return data({ result: submission.reply({ formErrors: [message] }), stale: true }, { status: 409 });
  }
  return redirect(`/knelpunten/${bottleneck.id}?opgeslagen=1`);
}

export default function EditBottleneckPage() {
  const { bottleneck: b, regions, experiments, statuses } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT(registers);
  return (
    <>
      <h1>{t('bnEditTitle')}</h1>
      <p>{b.title}</p>
      {actionData?.stale ? (
        <ErrorSummary errors={(actionData.result.error?.[''] ?? []).map((message) => ({ message }))} />
      ) : null}
      <BottleneckForm
        key={b.version}
        regions={regions}
        experiments={experiments}
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
        lastResult={actionData?.stale ? undefined : actionData?.result}
        cancelHref={`/knelpunten/${b.id}`}
      />
    </>
  );
}

export const meta = registerMeta('bnEditTitle');
