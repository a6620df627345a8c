import { parseWithZod } from '@conform-to/zod/v4';
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { data, redirect } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { BottleneckForm } from '~/components/registers/bottleneck-form';
import { registerMeta } from '~/components/registers/meta';
import { BOTTLENECK_STATUSES, bottleneckSchema, todayIso } from '~/domain/registers';
import { registers } from '~/i18n/registers';
import { useT } from '~/i18n/use-t';
import { createBottleneck } from '~/models/bottlenecks.server';
import { listExperimentOptions } from '~/models/experiments.server';
import { listRegions } from '~/models/regions.server';
import { getLang } from '~/utils/lang.server';
import { requireRegionAccess } from '~/utils/permissions.server';
import {
  requireRegisterWriter,
  requireWritableRegionField,
  writableRegions,
} from '~/utils/register-access.server';
import { readFormData } from '~/utils/form-data.server';

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRegisterWriter(request, 'bottlenecks');
  const regions = writableRegions(user, listRegions()).map((r) => ({ id: r.id, name: r.name }));
  const linked = Number(new URL(request.url).searchParams.get('experiment'));
  return {
    regions,
    experiments: listExperimentOptions(),
    defaultRegionId: regions.length === 1 ? String(regions[0].id) : '',
    defaultExperimentIds: Number.isSafeInteger(linked) && linked > 0 ? [String(linked)] : [],
    today: todayIso(),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRegisterWriter(request, 'bottlenecks');
  const lang = await getLang(request);
  const submission = parseWithZod(requireWritableRegionField(user, await readFormData(request)), {
    schema: bottleneckSchema(lang),
  });
  if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 });
  requireRegionAccess(user, submission.value.regionId, 'write');
  const id = createBottleneck({ input: submission.value, userId: user.id });
  return redirect(`/knelpunten/${id}?opgeslagen=1`);
}

export default function NewBottleneckPage() {
  const { regions, experiments, defaultRegionId, defaultExperimentIds, today } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT(registers);
  return (
    <>
      <h1>{t('bnCreateTitle')}</h1>
      <BottleneckForm
        regions={regions}
        experiments={experiments}
        statuses={BOTTLENECK_STATUSES}
        defaultValue={{
          regionId: defaultRegionId,
          status: 'gesignaleerd',
          identifiedDate: today,
          experimentIds: defaultExperimentIds,
        }}
        lastResult={actionData?.result}
        cancelHref="/knelpunten"
      />
    </>
  );
}

export const meta = registerMeta('bnCreateTitle');
