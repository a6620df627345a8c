import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { getIndicator } from '#app/domain/indicators';
import { PeriodForm } from '#app/components/dashboard/period-form';
import { SuppressionNote } from '#app/components/dashboard/figures';
import { dashboards } from '#app/i18n/dashboards';
import { useLang, useT } from '#app/i18n/use-t';
import { loadScorecard } from '#app/models/figures.server';
import { loadIndicatorTrend } from '#app/models/indicator-trend.server';
import { loadIndicatorBaselines } from '#app/models/baseline.server';
import { listRegionInfo } from '#app/models/regions.server';
import { viewerForRequest, viewerThresholds } from '#app/models/viewer.server';
import { periodParam } from '#app/utils/period-param.server';
import { notFound, requireUserWithPermission } from '#app/utils/permissions.server';
import { IndicatorDefinition } from './indicator-definition';
import { IndicatorRegions } from './indicator-regions';
import { IndicatorTrend } from './indicator-trend';
import { pageTitle } from '#app/utils/meta';
import { userHasPermission } from '#app/domain/permissions';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, 'read:figures');
  const indicator = getIndicator(params.indicator ?? '') ?? notFound();
  const period = await periodParam(request);
  const viewer = viewerForRequest(user, new URL(request.url));
  const regions = listRegionInfo();
  const card = loadScorecard(
    viewer,
    period,
    regions.map((r) => r.id),
  );
  const pick = (row: typeof card.total) => ({
    ...row.indicators[indicator.code],
    provisional: row.provisional,
  });
  return {
    code: indicator.code,
    period,
    regions,
    rows: card.regions.map(pick),
    total: pick(card.total),
    // what the programme total leaves out, and every region and the total against its baseline
    excluded: card.total.coverage?.excluded[indicator.code] ?? [],
    baselines: loadIndicatorBaselines(
      viewer,
      indicator,
      regions.map((r) => r.id),
      regions.map((r) => card.regions.find((row) => row.regionId === r.id)?.indicators[indicator.code]),
    ),
    trend: loadIndicatorTrend(
      viewer,
      indicator.code,
      period,
      regions.map((r) => r.id),
    ),
    /** the ?approved=1 switch: only for who may read every report, drafts included (viewer.server) */
    approvedSwitch: userHasPermission(user, 'read:report:any'),
    approvedOnly: viewer.approvedOnly,
    thresholds: viewerThresholds(viewer),
  };
}

export default function IndicatorPage() {
  const d = useLoaderData<typeof loader>();
  const t = useT(dashboards);
  const lang = useLang();
  const indicator = getIndicator(d.code)!;
  return (
    <>
      <h1>{indicator.label[lang]}</h1>
      <IndicatorDefinition
        indicator={indicator}
        target={d.total.target}
        floor={d.total.floor}
        period={d.period}
      />
      <PeriodForm period={d.period} showApprovedSwitch={d.approvedSwitch} approvedOnly={d.approvedOnly} />
      <SuppressionNote thresholds={d.thresholds} />
      <IndicatorRegions
        indicator={indicator}
        period={d.period}
        regions={d.regions}
        rows={d.rows}
        total={d.total}
        excluded={d.excluded}
        baselines={d.baselines}
      />
      <IndicatorTrend indicator={indicator} regions={d.regions} trend={d.trend} />
      <p className="hint">{t('scoreExplain')}</p>
    </>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, dashboards, 'indicator');
