import { parseWithZod } from '@conform-to/zod/v4';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { data } from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { addMonths } from '#app/domain/periods';
import { fillableLabel, loadReferenceFill, referenceFillAction } from './reference-fill.server';
import { ReferenceFill } from './reference-fill';
import { cbsBaselineAction, loadCbsBaselineSection } from './cbs-baseline.server';
import { CbsBaselineFill } from './cbs-baseline';
import { translate } from '#app/i18n/i18n';
import { regionsText } from '#app/i18n/regions';
import { useLang, useT } from '#app/i18n/use-t';
import { listRegionHistory, setBaseline } from '#app/models/region-admin.server';
import { baselineOf, findRegionBySlug, pilotStartOf } from '#app/models/regions.server';
import { readFormData } from '#app/utils/form-data.server';
import { getLang } from '#app/utils/lang.server';
import { notFound, requireUserWithPermission } from '#app/utils/permissions.server';
import { baselineSchema } from '#app/forms/region-schema';
import { ChangeHistory, toChangeRows } from '#app/components/region/region-history';
import { BaselineForm } from './baseline-form';
import { pageTitle } from '#app/utils/meta';
import { SuccessNotice } from '#app/components/notice';

async function requireManagerAndRegion(request: Request, slug: string | undefined) {
  const user = await requireUserWithPermission(request, 'manage:baseline');
  const region = findRegionBySlug(slug ?? '');
  if (!region || !region.active) notFound();
  return { user, region };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { region } = await requireManagerAndRegion(request, params.region);
  const lang = await getLang(request);
  const start = pilotStartOf(region);
  const baseline = baselineOf(region);
  const fill = loadReferenceFill(region.id, baseline);
  return {
    region: { slug: region.slug, name: region.name },
    baseline,
    fill,
    // outcome rates from CBS's pre-pilot years 2019–2022 (issue 24)
    cbs: loadCbsBaselineSection(region.id, baseline, new URL(request.url), lang),
    defaultBaseline: { from: addMonths(start, -12), to: addMonths(start, -1) },
    // each indicator's name in both languages: the page's JavaScript need not carry the catalogue
    labels: Object.fromEntries(
      fill.rows.map((r) => [r.code, fillableLabel(r.code) ?? { nl: r.code, en: r.code }]),
    ),
    history: toChangeRows(listRegionHistory(region.id).filter((e) => e.action === 'region.baseline')),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, region } = await requireManagerAndRegion(request, params.region);
  const lang = await getLang(request);
  const formData = await readFormData(request);
  const intent = formData.get('intent');
  if (intent === 'cbs-fill')
    return cbsBaselineAction({
      formData,
      lang,
      regionId: region.id,
      baseline: baselineOf(region),
      userId: user.id,
    });
  if (intent === 'fill' || intent === 'clear')
    return referenceFillAction({
      formData,
      lang,
      regionId: region.id,
      baseline: baselineOf(region),
      userId: user.id,
    });
  const submission = parseWithZod(formData, { schema: baselineSchema(lang) });
  if (submission.status !== 'success')
    return data({ result: submission.reply(), notice: null, error: null }, { status: 400 });
  const v = submission.value;
  const baseline = v.intent === 'set' ? { from: v.baselineFrom, to: v.baselineTo } : { from: null, to: null };
  setBaseline(region.id, baseline, v.reason, user.id);
  return {
    result: submission.reply({ resetForm: true }),
    notice: translate(regionsText, lang, 'baselineSaved'),
    error: null,
  };
}

export default function BaselinePage() {
  const lang = useLang();
  const { region, baseline, defaultBaseline, history, fill, labels, cbs } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT(regionsText);
  return (
    <>
      <p>
        <Link to={`/regios/${region.slug}`}>{region.name}</Link>
      </p>
      <h1>{t('baselineTitle', { name: region.name })}</h1>
      <p>{t('baselineIntro', defaultBaseline)}</p>
      <p>
        <strong>{t('baselineCurrent', { from: baseline.from, to: baseline.to })}</strong>{' '}
        {baseline.custom ? '' : t('baselineDefault')}
      </p>
      <SuccessNotice text={actionData?.notice} />
      {actionData?.error ? (
        <p className="error-message" role="alert">
          {actionData.error}
        </p>
      ) : null}
      <BaselineForm
        key={`${baseline.from}-${baseline.to}`}
        baseline={baseline}
        lastResult={actionData?.result ?? undefined}
      />
      <ReferenceFill
        data={fill}
        labels={Object.fromEntries(Object.entries(labels).map(([c, l]) => [c, l[lang]]))}
      />
      <CbsBaselineFill data={cbs} filled={fill.filled} />
      <ChangeHistory rows={history} />
    </>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, regionsText, 'colBaseline');
