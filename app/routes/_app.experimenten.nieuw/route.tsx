import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { RegisterForm } from '#app/components/registers/register-form';
import { registerMeta } from '#app/components/registers/meta';
import { handleRegisterWrite, linkedIdParam, writableRegionOptions } from '#app/models/register-write.server';
import { experimentSchema } from '#app/domain/registers';
import { EXPERIMENT_FIELDS } from '#app/domain/register-fields';
import { registers } from '#app/i18n/registers';
import { useT } from '#app/i18n/use-t';
import { listBottleneckOptions } from '#app/models/bottlenecks.server';
import { createExperiment } from '#app/models/experiments.server';
import { requireRegisterWriter } from '#app/utils/register-access.server';
import { EXPERIMENT_STATUSES } from '#app/domain/register-codes';

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRegisterWriter(request, 'experiments');
  const regions = writableRegionOptions(user);
  return {
    regions,
    bottlenecks: listBottleneckOptions(),
    defaultRegionId: regions.length === 1 ? String(regions[0].id) : '',
    defaultBottleneckIds: linkedIdParam(request, 'bottleneck'),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRegisterWriter(request, 'experiments');
  return handleRegisterWrite({
    request,
    user,
    schema: experimentSchema,
    save: (input) => createExperiment({ input, userId: user.id }),
    hrefBase: '/experimenten',
  });
}

export default function NewExperimentPage() {
  const { regions, bottlenecks, defaultRegionId, defaultBottleneckIds } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT(registers);
  return (
    <>
      <h1>{t('expCreateTitle')}</h1>
      <RegisterForm
        id="experiment-form"
        fieldList={EXPERIMENT_FIELDS}
        schema={experimentSchema}
        regions={regions}
        links={bottlenecks}
        statuses={EXPERIMENT_STATUSES}
        defaultValue={{ regionId: defaultRegionId, status: 'idee', bottleneckIds: defaultBottleneckIds }}
        lastResult={actionData?.result}
        cancelHref="/experimenten"
      />
    </>
  );
}

export const meta = registerMeta('expCreateTitle');
