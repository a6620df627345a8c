import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { RegisterForm } from '~/components/registers/register-form';
import { registerMeta } from '~/components/registers/meta';
import { handleRegisterWrite, linkedIdParam, writableRegionOptions } from '~/models/register-write.server';
import { experimentSchema } from '~/domain/registers';
import { EXPERIMENT_FIELDS } from '~/domain/register-fields';
import { registers } from '~/i18n/registers';
import { useT } from '~/i18n/use-t';
import { listBottleneckOptions } from '~/models/bottlenecks.server';
import { createExperiment } from '~/models/experiments.server';
import { requireRegisterWriter } from '~/utils/register-access.server';
import { EXPERIMENT_STATUSES } from '~/domain/register-codes';

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
