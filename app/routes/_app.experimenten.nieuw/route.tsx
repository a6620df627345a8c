import { parseWithZod } from '@conform-to/zod/v4';
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { data, redirect } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { ExperimentForm } from '~/components/registers/experiment-form';
import { registerMeta } from '~/components/registers/meta';
import { EXPERIMENT_STATUSES, experimentSchema } from '~/domain/registers';
import { registers } from '~/i18n/registers';
import { useT } from '~/i18n/use-t';
import { listBottleneckOptions } from '~/models/bottlenecks.server';
import { createExperiment } from '~/models/experiments.server';
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
  const user = await requireRegisterWriter(request, 'experiments');
  const regions = writableRegions(user, listRegions()).map((r) => ({ id: r.id, name: r.name }));
  const linked = Number(new URL(request.url).searchParams.get('bottleneck'));
  return {
    regions,
    bottlenecks: listBottleneckOptions(),
    defaultRegionId: regions.length === 1 ? String(regions[0].id) : '',
    defaultBottleneckIds: Number.isSafeInteger(linked) && linked > 0 ? [String(linked)] : [],
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRegisterWriter(request, 'experiments');
  const lang = await getLang(request);
  const submission = parseWithZod(requireWritableRegionField(user, await readFormData(request)), {
    schema: experimentSchema(lang),
  });
  if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 });
  requireRegionAccess(user, submission.value.regionId, 'write');
  const id = createExperiment({ input: submission.value, userId: user.id });
  return redirect(`/experimenten/${id}?opgeslagen=1`);
}

export default function NewExperimentPage() {
  const { regions, bottlenecks, defaultRegionId, defaultBottleneckIds } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT(registers);
  return (
    <>
      <h1>{t('expCreateTitle')}</h1>
      <ExperimentForm
        regions={regions}
        bottlenecks={bottlenecks}
        statuses={EXPERIMENT_STATUSES}
        defaultValue={{ regionId: defaultRegionId, status: 'idee', bottleneckIds: defaultBottleneckIds }}
        lastResult={actionData?.result}
        cancelHref="/experimenten"
      />
    </>
  );
}

export const meta = registerMeta('expCreateTitle');
