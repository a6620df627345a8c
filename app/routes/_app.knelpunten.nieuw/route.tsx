import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { RegisterForm } from '#app/components/registers/register-form';
import { registerMeta } from '#app/components/registers/meta';
import { handleRegisterWrite, linkedIdParam, writableRegionOptions } from '#app/models/register-write.server';
import { bottleneckSchema, todayIso } from '#app/domain/registers';
import { BOTTLENECK_FIELDS } from '#app/domain/register-fields';
import { registers } from '#app/i18n/registers';
import { useT } from '#app/i18n/use-t';
import { createBottleneck } from '#app/models/bottlenecks.server';
import { listExperimentOptions } from '#app/models/experiments.server';
import { requireRegisterWriter } from '#app/utils/register-access.server';
import { BOTTLENECK_STATUSES } from '#app/domain/register-codes';

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRegisterWriter(request, 'bottlenecks');
  const regions = writableRegionOptions(user);
  return {
    regions,
    experiments: listExperimentOptions(),
    defaultRegionId: regions.length === 1 ? String(regions[0].id) : '',
    defaultExperimentIds: linkedIdParam(request, 'experiment'),
    today: todayIso(),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRegisterWriter(request, 'bottlenecks');
  return handleRegisterWrite({
    request,
    user,
    schema: bottleneckSchema,
    save: (input) => createBottleneck({ input, userId: user.id }),
    hrefBase: '/knelpunten',
  });
}

export default function NewBottleneckPage() {
  const { regions, experiments, defaultRegionId, defaultExperimentIds, today } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT(registers);
  return (
    <>
      <h1>{t('bnCreateTitle')}</h1>
      <RegisterForm
        id="bottleneck-form"
        fieldList={BOTTLENECK_FIELDS}
        schema={bottleneckSchema}
        regions={regions}
        links={experiments}
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
