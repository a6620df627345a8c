import { parseWithZod } from '@conform-to/zod/v4';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { data } from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { translate } from '#app/i18n/i18n';
import { regionsText } from '#app/i18n/regions';
import { useT } from '#app/i18n/use-t';
import { addScope, listRegionHistory, updateRegion } from '#app/models/region-admin.server';
import { findRegionBySlug, listScopeHistory } from '#app/models/regions.server';
import { readFormData } from '#app/utils/form-data.server';
import { getLang } from '#app/utils/lang.server';
import { notFound, requireUserWithPermission } from '#app/utils/permissions.server';
import { editRegionSchema } from '#app/forms/region-schema';
import { EditRegionForm, ScopeForm } from './edit-region-forms';
import { ChangeHistory, ScopeHistory, toChangeRows } from '#app/components/region/region-history';
import { pageTitle } from '#app/utils/meta';
import { SuccessNotice } from '#app/components/notice';
import { listMunicipalitySets } from '#app/models/region-municipalities.server';
import { getDb } from '#app/utils/db.server';
import { handleMunicipalities } from './municipalities.server';
import { MunicipalitiesForm } from './municipalities-form';

function requireRegion(slug: string | undefined) {
  return findRegionBySlug(slug ?? '') ?? notFound();
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUserWithPermission(request, 'manage:region');
  const r = requireRegion(params.region);
  return {
    region: {
      slug: r.slug,
      name: r.name,
      planName: r.planName,
      ownColour: r.ownColour,
      reportingStart: r.reportingStart,
      pilotStart: r.pilotStart ?? r.reportingStart, // as stored, also when outside the window
      active: r.active,
    },
    scopes: listScopeHistory(r.id),
    municipalitySets: listMunicipalitySets(getDb(), r.id),
    history: toChangeRows(listRegionHistory(r.id)),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requireUserWithPermission(request, 'manage:region');
  const region = requireRegion(params.region);
  const lang = await getLang(request);
  const form = await readFormData(request);
  if (form.get('intent') === 'municipalities') return handleMunicipalities(form, region.id, admin.id, lang);
  const submission = parseWithZod(form, { schema: editRegionSchema(lang) });
  if (submission.status !== 'success')
    return data({ result: submission.reply(), notice: null, intent: null }, { status: 400 });
  const v = submission.value;
  if (v.intent === 'scope') {
    addScope(region.id, v, admin.id);
    const notice = translate(regionsText, lang, 'scopeSaved', { period: v.effectiveFrom });
    return { result: submission.reply({ resetForm: true }), notice, intent: v.intent };
  }
  updateRegion(region.id, { ...v, active: v.active === 'on' }, admin.id);
  return { result: submission.reply(), notice: translate(regionsText, lang, 'saved'), intent: v.intent };
}

export default function EditRegionPage() {
  const { region, scopes, municipalitySets, history } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT(regionsText);
  const intent = actionData?.intent ?? (actionData?.result?.initialValue?.intent as string | undefined);
  return (
    <>
      <p>
        <Link to="/beheer/regios">{t('backToList')}</Link>
      </p>
      <h1 id="edit-region-title">{t('editTitle', { name: region.name })}</h1>
      <SuccessNotice text={actionData?.notice} />
      <EditRegionForm region={region} lastResult={intent === 'update' ? actionData?.result : undefined} />
      <ScopeForm lastResult={intent === 'scope' ? actionData?.result : undefined} />
      <ScopeHistory rows={scopes} />
      <MunicipalitiesForm
        sets={municipalitySets}
        errors={actionData && 'municipalityErrors' in actionData ? actionData.municipalityErrors : []}
        lines={actionData && 'lines' in actionData ? actionData.lines : ''}
      />
      <ChangeHistory rows={history} />
    </>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, regionsText, 'adminRegionsTitle');
