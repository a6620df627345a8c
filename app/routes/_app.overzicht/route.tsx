import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { formatPeriodLabel } from '#app/utils/format';
import { Link, useLoaderData, useLocation } from '@remix-run/react';
import { previousBucket } from '#app/domain/aggregation';
import { PeriodForm } from '#app/components/dashboard/period-form';
import { SuppressionNote } from '#app/components/dashboard/figures';
import { dashboardCore } from '#app/i18n/dashboard-core';
import { useLang, useT } from '#app/i18n/use-t';
import { loadScorecards } from '#app/models/figures.server';
import {
  findLatestCompleteQuarter,
  findLatestReportedPeriod,
  queryReportStatus,
} from '#app/models/reports.server';
import { listRegionInfo } from '#app/models/regions.server';
import { viewerForRequest, viewerThresholds } from '#app/models/viewer.server';
import { periodParam } from '#app/utils/period-param.server';
import { loadOutcomeBlock, programmeOutcomes, showAllOutcomes } from '#app/models/outcomes.server';
import { OutcomesBlock } from '#app/components/dashboard/outcomes-block';
import { ExperienceBlock, ExperienceCollapsed, showAllExperience } from '#app/components/experience-block';
import { loadExperienceBlock } from '#app/models/experience.server';
import { requireUserWithPermission } from '#app/utils/permissions.server';
import { RegionCards } from './region-cards';
import { principleCard } from './cards.server';
import { ReportingStatus } from './reporting-status';
import { pageTitle } from '#app/utils/meta';
import { userHasPermission } from '#app/domain/permissions';
import { latestVariation } from '#app/domain/spc';
import { INDICATORS } from '#app/domain/indicators';
import { showWhole } from '#app/domain/page-weight';
import { loadSpc } from '#app/models/spc.server';
import { ProgrammeVariation } from './programme-variation';

/**
 * The programme's variation per indicator: labels from here (the page's JavaScript does not carry
 * the indicator catalogue); unless `whole`, only the indicators whose latest month shows special
 * cause variation (at national scale, the whole table of 37 indicators behind ?variatie=alle).
 */
function programmeVariation(spc: ReturnType<typeof loadSpc> | null, whole: boolean) {
  if (!spc) return { variation: null, variationCount: 0, variationWhole: true };
  const all = INDICATORS.filter((i) => spc[i.code]).map((i) => ({
    code: i.code,
    label: i.label,
    latest: latestVariation(spc[i.code]),
  }));
  return {
    variation: whole ? all : all.filter((i) => i.latest !== null && i.latest.variation !== 'common'),
    variationCount: all.length,
    variationWhole: whole,
  };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, 'read:figures');
  const url = new URL(request.url);
  const period = await periodParam(request, { fallback: findLatestCompleteQuarter });
  const viewer = viewerForRequest(user, url);
  const regions = listRegionInfo();
  const ids = regions.map((r) => r.id);
  const [previous, current] = period ? loadScorecards(viewer, [previousBucket(period), period], ids) : [];
  const statusMonth = findLatestReportedPeriod();
  // the programme's variation per indicator in its latest month (none for reviewers: no months)
  const spc = period ? loadSpc(viewer, { period, regionId: null, regionIds: ids, baseline: null }) : null;
  return {
    period,
    // the period the changes are against (each score's change is in its row of `current`)
    previous: previous ? { bucket: previous.bucket } : null,
    // Only the principle scores the cards draw, not every indicator of every region (8× smaller page).
    current: current && previous ? principleCard(current, previous) : null,
    // at national scale each region's outcomes are on its own page, the table behind ?uitkomsten=alle
    outcomes: period
      ? programmeOutcomes(loadOutcomeBlock(viewer, period, ids), {
          regionRows: showAllOutcomes(url, ids.length),
        })
      : null,
    // at national scale each region's experience is on its own page, the whole table behind ?ervaring=alle
    experience:
      period && showAllExperience(url, ids.length)
        ? loadExperienceBlock(viewer, { regionIds: ids, asOf: period })
        : null,
    regions,
    ...programmeVariation(spc, showWhole(url, 'variatie', ids.length)),
    statusMonth,
    status: statusMonth ? queryReportStatus(statusMonth, statusMonth) : [],
    /** the ?approved=1 switch: only for who may read every report, drafts included (viewer.server) */
    approvedSwitch: userHasPermission(user, 'read:report:any'),
    approvedOnly: viewer.approvedOnly,
    thresholds: viewerThresholds(viewer),
  };
}

export default function OverviewPage() {
  const d = useLoaderData<typeof loader>();
  const t = useT(dashboardCore);
  const lang = useLang();
  const { search } = useLocation();
  return (
    <>
      <h1>{t('overviewTitle')}</h1>
      {d.period && d.current ? (
        <>
          <p>{t('overviewIntro', { period: formatPeriodLabel(d.period, lang) })}</p>
          <PeriodForm period={d.period} showApprovedSwitch={d.approvedSwitch} approvedOnly={d.approvedOnly} />
          <SuppressionNote thresholds={d.thresholds} />
          <RegionCards regions={d.regions} current={d.current} />
          {d.outcomes ? (
            <OutcomesBlock
              data={d.outcomes}
              regionNames={Object.fromEntries(d.regions.map((r) => [r.id, r.name]))}
              regionLinks={d.regions}
            />
          ) : null}
          <ProgrammeVariation
            period={d.period}
            variation={d.variation}
            count={d.variationCount}
            whole={d.variationWhole}
            search={search}
          />
          {d.experience ? (
            <ExperienceBlock
              data={d.experience}
              regionNames={Object.fromEntries(d.regions.map((r) => [r.id, r.name]))}
            />
          ) : (
            <ExperienceCollapsed regions={d.regions} search={search} />
          )}
          <p className="hint">
            {t('scoreExplain')} <Link to="/vergelijken">{t('compareTitle')}</Link>
          </p>
        </>
      ) : (
        <p className="notice">{t('noPeriod')}</p>
      )}
      {d.statusMonth ? <ReportingStatus regions={d.regions} month={d.statusMonth} status={d.status} /> : null}
    </>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, dashboardCore, 'overviewTitle');
