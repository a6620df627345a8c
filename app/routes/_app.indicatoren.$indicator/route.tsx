import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { getIndicator } from '#app/domain/indicators';
import { indicatorTexts } from '#app/domain/indicator-texts.server';
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
import { loadFunnel } from '#app/models/funnel.server';
import { loadSpc } from '#app/models/spc.server';
import { baselineOf, findRegionBySlug } from '#app/models/regions.server';
import { FunnelPanel } from '#app/components/spc/funnel-panel';
import { spcText } from '#app/i18n/spc';
import { formatPeriodLabel } from '#app/utils/format';
import { getLang } from '#app/utils/lang.server';
import { IndicatorSpc } from './indicator-spc';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, 'read:figures');
  const indicator = getIndicator(params.indicator ?? '') ?? notFound();
  const period = await periodParam(request);
  const url = new URL(request.url);
  const viewer = viewerForRequest(user, url);
  const regions = listRegionInfo();
  // the control chart: the programme total, or one region (?spc=slug) against its own baseline
  const spcRegion = findRegionBySlug(url.searchParams.get('spc') ?? '') ?? null;
  const spcBaseline = spcRegion ? baselineOf(spcRegion) : null;
  const spc = loadSpc(viewer, {
    period,
    regionId: spcRegion?.id ?? null,
    regionIds: regions.map((r) => r.id),
    baseline: spcBaseline,
    indicators: [indicator],
  })?.[indicator.code];
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
    /** its explanation and the source of its target, in the user's language (not in the JavaScript) */
    texts: indicatorTexts(indicator.code, await getLang(request)),
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
    /** the regions compared as a funnel plot (the default) or as bars */
    view: url.searchParams.get('view') === 'bars' ? ('bars' as const) : ('funnel' as const),
    funnel: loadFunnel(
      viewer,
      indicator.code,
      period,
      regions.map((r) => r.id),
    ),
    spc: spc
      ? {
          region: spcRegion?.slug ?? null,
          baseline: spcBaseline ? { from: spcBaseline.from, to: spcBaseline.to } : null,
          result: spc,
        }
      : null,
    canRecalculate: userHasPermission(user, 'manage:limits'),
    /** the ?approved=1 switch: only for who may read every report, drafts included (viewer.server) */
    approvedSwitch: userHasPermission(user, 'read:report:any'),
    approvedOnly: viewer.approvedOnly,
    thresholds: viewerThresholds(viewer),
  };
}

export default function IndicatorPage() {
  const d = useLoaderData<typeof loader>();
  const t = useT(dashboards);
  const ts = useT(spcText);
  const lang = useLang();
  const indicator = getIndicator(d.code)!;
  const funnel = d.view === 'funnel' ? d.funnel : null;
  return (
    <>
      <h1>{indicator.label[lang]}</h1>
      <IndicatorDefinition
        indicator={indicator}
        texts={d.texts}
        target={d.total.target}
        floor={d.total.floor}
        period={d.period}
      />
      <PeriodForm period={d.period} showApprovedSwitch={d.approvedSwitch} approvedOnly={d.approvedOnly}>
        {d.funnel ? (
          <div className="field">
            <label htmlFor="view">{ts('viewChoice')}</label>
            <select id="view" name="view" defaultValue={d.view}>
              <option value="funnel">{ts('viewFunnel')}</option>
              <option value="bars">{ts('viewBars')}</option>
            </select>
          </div>
        ) : null}
      </PeriodForm>
      <SuppressionNote thresholds={d.thresholds} />
      {funnel ? (
        <FunnelPanel
          id={indicator.code}
          what={indicator.label[lang]}
          period={d.period}
          periodLabel={formatPeriodLabel(d.period, lang)}
          regions={d.regions}
          data={funnel}
        />
      ) : null}
      <IndicatorRegions
        bars={!funnel}
        indicator={indicator}
        period={d.period}
        regions={d.regions}
        rows={d.rows}
        total={d.total}
        excluded={d.excluded}
        baselines={d.baselines}
      />
      <IndicatorTrend indicator={indicator} regions={d.regions} trend={d.trend} />
      {indicator.formula.kind !== 'register' ? (
        <IndicatorSpc
          indicator={indicator}
          period={d.period}
          view={d.view}
          regions={d.regions}
          spc={d.spc}
          recalcLink={d.canRecalculate ? `/indicatoren/${indicator.code}/grenzen` : null}
        />
      ) : null}
      <p className="hint">{t('scoreExplain')}</p>
    </>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, dashboards, 'indicator');
