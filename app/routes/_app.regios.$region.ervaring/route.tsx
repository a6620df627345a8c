import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { CsvImportPlan, CsvUploadForm } from '#app/components/csv-import';
import { EXPERIENCE_COLUMNS } from '#app/domain/experience-csv';
import { userHasPermission } from '#app/domain/permissions';
import { experience as dict } from '#app/i18n/experience';
import { useT } from '#app/i18n/use-t';
import { getMapping, listExperiencePeriods } from '#app/models/experience.server';
import { findRegionBySlug } from '#app/models/regions.server';
import { getLang } from '#app/utils/lang.server';
import { pageTitle } from '#app/utils/meta';
import { notFound, requirePermission, requireUserWithPermission } from '#app/utils/permissions.server';
import { handleExperienceAction } from './action.server';
import { MappingForm } from './mapping-form';
import { PeriodsTable } from './periods-table';
import { PlanPreview } from './plan-preview';

/** The region's experience counts: import (own region's coordinator, manager), approve (manager). */
async function requireExperienceRegion(request: Request, slug: string | undefined) {
  const user = await requireUserWithPermission(request, 'import:experience');
  const region = findRegionBySlug(slug ?? '') ?? notFound();
  requirePermission(user, 'import:experience', { regionId: region.id });
  return { user, region: { id: region.id, slug: region.slug, name: region.name } };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, region } = await requireExperienceRegion(request, params.region);
  return {
    region,
    periods: listExperiencePeriods({ regionId: region.id }),
    mapping: getMapping({ regionId: region.id }),
    mayApprove: userHasPermission(user, 'approve:experience', { regionId: region.id }),
    mayReopen: userHasPermission(user, 'reopen:experience', { regionId: region.id }),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { user, region } = await requireExperienceRegion(request, params.region);
  return handleExperienceAction(
    request,
    await getLang(request),
    user,
    region,
    context?.bodyTooLarge === true,
  );
}

export default function ExperiencePage() {
  const { region, periods, mapping, mayApprove, mayReopen } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const t = useT(dict);
  const busy = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'check';
  return (
    <>
      <h1>{t('title', { region: region.name })}</h1>
      <p>{t('intro')}</p>
      <p>
        <a href="/export/ervaring-sjabloon.csv">{t('template')}</a>
      </p>
      {result?.notice ? (
        <div className="notice notice-success" role="status">
          <p>{result.notice}</p>
        </div>
      ) : null}
      <CsvUploadForm label={t('file')} fileError={result?.fileError} busy={busy} />
      {result?.plan && result.csv ? (
        result.plan.errors.length > 0 ? (
          <CsvImportPlan
            id="import"
            heading="h2"
            errors={result.plan.errors}
            columns={[]}
            changes={[]}
            applyFields={{}}
          />
        ) : (
          <PlanPreview lines={result.plan.lines} csv={result.csv} />
        )
      ) : null}
      <PeriodsTable periods={periods} mayApprove={mayApprove} mayReopen={mayReopen} />
      <MappingForm mapping={mapping} columns={EXPERIENCE_COLUMNS} error={result?.mappingError ?? null} />
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, dict, 'title', { region: data?.region.name ?? '' });
