import { parseWithZod } from '@conform-to/zod/v4';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { data } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { scopeInForce } from '#app/domain/population';
import { periodOfDate } from '#app/domain/periods';
import { translate } from '#app/i18n/i18n';
import { regionsText } from '#app/i18n/regions';
import { useT } from '#app/i18n/use-t';
import { createRegion, slugTaken } from '#app/models/region-admin.server';
import { baselineOf, listAllRegions } from '#app/models/regions.server';
import { SOURCES } from '#app/models/figure-sources.server';
import { readFormData } from '#app/utils/form-data.server';
import { getLang } from '#app/utils/lang.server';
import { requireUserWithPermission } from '#app/utils/permissions.server';
import { CreateRegionForm } from './create-region-form';
import { RegionList } from './region-list';
import { createRegionSchema } from '#app/forms/region-schema';
import { pageTitle } from '#app/utils/meta';
import { SuccessNotice } from '#app/components/notice';

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithPermission(request, 'manage:region');
  const all = listAllRegions();
  const scopes = SOURCES.regionScopes.entries(all.map((r) => r.id));
  const month = periodOfDate(new Date());
  return {
    rows: all.map((r) => {
      const now = scopeInForce(scopes.get(r.id) ?? [], month);
      return {
        id: r.id,
        slug: r.slug,
        name: r.name,
        colour: r.colour,
        reportingStart: r.reportingStart,
        pilotStart: r.pilotStart ?? r.reportingStart, // as stored, also when outside the window
        baseline: baselineOf(r),
        active: r.active,
        children: now?.children ?? null,
        municipalities: now?.municipalities.length ?? 0,
      };
    }),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireUserWithPermission(request, 'manage:region');
  const lang = await getLang(request);
  const submission = parseWithZod(await readFormData(request), { schema: createRegionSchema(lang) });
  if (submission.status !== 'success')
    return data({ result: submission.reply(), notice: null }, { status: 400 });
  const v = submission.value;
  if (slugTaken(v.slug))
    return data(
      {
        result: submission.reply({ fieldErrors: { slug: [translate(regionsText, lang, 'valSlugTaken')] } }),
        notice: null,
      },
      { status: 409 },
    );
  const region = createRegion(v, admin.id);
  return {
    result: submission.reply({ resetForm: true }),
    notice: translate(regionsText, lang, 'created', { name: region.name }),
  };
}

export default function AdminRegionsPage() {
  const { rows } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT(regionsText);
  return (
    <>
      <h1>{t('adminRegionsTitle')}</h1>
      <p>{t('adminRegionsIntro')}</p>
      <SuccessNotice text={actionData?.notice} />
      <RegionList rows={rows} />
      <CreateRegionForm lastResult={actionData?.result} />
    </>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, regionsText, 'adminRegionsTitle');
