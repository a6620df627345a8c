import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { pageTitle } from '#app/utils/meta';
import { NarrativeLinks } from '#app/components/narrative-links';
import { regionNarrativeLinks } from '#app/models/narratives.server';
import { Link, useLoaderData } from '@remix-run/react';
import { previousBucket } from '#app/domain/aggregation';
import { PeriodForm } from '#app/components/dashboard/period-form';
import { SuppressionNote } from '#app/components/dashboard/figures';
import { common } from '#app/i18n/common';
import { dashboards } from '#app/i18n/dashboards';
import { useT } from '#app/i18n/use-t';
import { loadElementBaselines } from '#app/models/baseline.server';
import type { Coverage } from '#app/domain/baseline-coverage';
import type { IndicatorFigure } from '#app/domain/scorecard';
import { baselineOf, findRegionBySlug, listRegionInfo, scopesInForce } from '#app/models/regions.server';
import { bucketRange, rangeBucket } from '#app/domain/aggregation';
import { getIndicator, INDICATORS } from '#app/domain/indicators';
import { addMonths, isWholeQuarterRange } from '#app/domain/periods';
import { loadElementValues, loadScorecards } from '#app/models/figures.server';
import { viewerForRequest, viewerThresholds } from '#app/models/viewer.server';
import { periodParam } from '#app/utils/period-param.server';
import { loadOutcomeBlock } from '#app/models/outcomes.server';
import { loadOwnCountChecks } from '#app/models/own-count-check.server';
import { OutcomesBlock } from '#app/components/dashboard/outcomes-block';
import { ExperienceBlock } from '#app/components/experience-block';
import { loadExperienceBlock } from '#app/models/experience.server';
import { experienceBlock } from '#app/i18n/experience-block';
import { RegionScope } from '#app/components/dashboard/region-scope';
import { notFound, requireUserWithPermission } from '#app/utils/permissions.server';
import { listRegionRegisters, loadRegionIndicatorCharts } from './queries.server';
import { RegionIndicatorCharts } from './region-indicator-charts';
import { CASE_FLOW, CaseFlow } from './case-flow';
import { RegionIndicators } from './region-indicators';
import { RegionRegisters } from './region-registers';
import { userHasPermission } from '#app/domain/permissions';
import { useUser } from '#app/utils/user';
import { latestVariation } from '#app/domain/spc';
import { loadOutcomeSpc, loadSpc, pickRegionSpc } from '#app/models/spc.server';
import { RegionSpc } from '#app/components/spc/region-spc';
import { comparisonText } from '#app/i18n/comparison-groups';

const QUARTERS = 6;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, 'read:figures');
  const region = findRegionBySlug(params.region ?? '') ?? notFound();
  const period = await periodParam(request, { grains: ['quarter'] });
  const viewer = viewerForRequest(user, new URL(request.url));
  const quarters = [period];
  while (quarters.length < QUARTERS) quarters.unshift(previousBucket(quarters[0]));
  const cards = loadScorecards(viewer, quarters, [region.id]).map((c) => c.regions[0]);
  // Every indicator against the region's own baseline (the year before its pilot, or as set).
  const base = baselineOf(region);
  // A suppressed viewer is shown whole quarters only: a baseline that cuts a quarter (a pilot that
  // started mid-quarter) is not shown to them, as on the overview (models/baseline.server.ts).
  const baselineShown = !viewer.suppress || isWholeQuarterRange(base.from, base.to);
  const ownCard = baselineShown
    ? loadScorecards(viewer, [rangeBucket(base.from, base.to)], [region.id])[0].regions[0]
    : { ...cards[cards.length - 1]!, indicators: {} };
  // An indicator that follows a cohort (recurrence after closure) is measured in the months after
  // the baseline: the families closed during the baseline, followed for its follow-up (ADR 011).
  const followUps = [...new Set(INDICATORS.flatMap((i) => (i.followUpMonths ? [i.followUpMonths] : [])))];
  const baselineCard = {
    ...ownCard,
    indicators: { ...ownCard.indicators },
  };
  for (const months of baselineShown ? followUps : []) {
    const later = loadScorecards(
      viewer,
      [rangeBucket(addMonths(base.from, months), addMonths(base.to, months))],
      [region.id],
    )[0].regions[0];
    for (const i of INDICATORS)
      if (i.followUpMonths === months) baselineCard.indicators[i.code] = later.indicators[i.code];
  }
  // Indicators over data elements use the months of the baseline the region has (at least the
  // minimum coverage; a reviewer's whole quarters inside it), so one unknown month voids nothing.
  const covered = loadElementBaselines(
    viewer,
    INDICATORS.filter((i) => i.formula.kind !== 'register'),
    [region.id],
  );
  const baselineCoverage: Record<string, Coverage | null> = {};
  const baselineReference: Record<string, { label: string; source: string } | null> = {};
  for (const [code, [b]] of covered) {
    const prior: IndicatorFigure | undefined = baselineCard.indicators[code];
    baselineCard.indicators[code] = {
      ...(prior ?? {
        code,
        score: null,
        target: null,
        floor: null,
        approximate: getIndicator(code)?.formula.kind === 'weighted',
      }),
      value: b.value,
      hidden: b.hidden,
      numerator: b.numerator,
      denominator: b.denominator,
      state: b.hidden ? 'hidden' : b.value === null ? 'unknown' : (prior?.state ?? 'shown'),
      reason: b.hidden ? 'small-denominator' : null,
    };
    baselineCoverage[code] = b.coverage;
    baselineReference[code] = b.reference ? { label: b.reference.label, source: b.reference.source } : null;
  }
  // The case flow's element values are decided with the quarter's figures (one suppression).
  const values = loadElementValues(viewer, period).get(region.id);
  const flow = CASE_FLOW.map((code) => ({ code, value: values?.[code] ?? null }));
  const info = listRegionInfo().find((r) => r.id === region.id);
  // every indicator per month against the region's own baseline: the icon of its latest month, and
  // the control chart of one (?spc=code); none for a viewer who is not shown months (reviewers)
  const spc = loadSpc(viewer, { period, regionId: region.id, regionIds: [region.id], baseline: base });
  // the outcome rates per 10,000 children per month have control charts too (?spc=measures_rate)
  const outcomeSpc = loadOutcomeSpc(viewer, { period, regionId: region.id, baseline: base });
  const chosen = pickRegionSpc(new URL(request.url).searchParams.get('spc') ?? '', spc, outcomeSpc);
  return {
    region: { ...region, colour: info?.colour ?? '#444' },
    // what the figures count: the scope in force at the end of the quarter
    scope: scopesInForce([region.id], bucketRange(period).to).get(region.id) ?? null,
    period,
    quarters,
    cards,
    baseline: {
      from: base.from,
      to: base.to,
      card: baselineCard,
      shown: true,
      coverage: baselineCoverage,
      reference: baselineReference,
    },
    flow,
    indicatorCharts: loadRegionIndicatorCharts(region.id, quarters, cards),
    outcomes: {
      ...loadOutcomeBlock(viewer, period, [region.id]),
      // the check of the region's own counts against CBS for its own municipalities (issue 24)
      ownChecks: loadOwnCountChecks(viewer, period, region.id),
    },
    experience: loadExperienceBlock(viewer, { regionIds: [region.id], asOf: period }),
    canImportExperience: userHasPermission(user, 'import:experience', { regionId: region.id }),
    registers: listRegionRegisters(region.id),
    variation: spc
      ? Object.fromEntries(Object.entries(spc).map(([code, r]) => [code, latestVariation(r)]))
      : null,
    spc: chosen,
    /** per outcome rate the variation of its latest month, beside it in the outcomes table */
    outcomeVariation: outcomeSpc
      ? Object.fromEntries(Object.entries(outcomeSpc).map(([code, r]) => [code, latestVariation(r)]))
      : null,
    canSeeReports: userHasPermission(user, 'read:report', { regionId: region.id }),
    narratives: regionNarrativeLinks(user, viewer, region.id, period),
    /** the ?approved=1 switch: only for who may read every report, drafts included (viewer.server) */
    approvedSwitch: userHasPermission(user, 'read:report:any'),
    approvedOnly: viewer.approvedOnly,
    thresholds: viewerThresholds(viewer),
  };
}

export default function RegionPage() {
  const d = useLoaderData<typeof loader>();
  const user = useUser();
  const t = useT(dashboards);
  const tc = useT(common);
  const tg = useT(comparisonText);
  const te = useT(experienceBlock);
  return (
    <>
      <h1>
        <span className="region-swatch" style={{ background: d.region.colour }} aria-hidden="true" />{' '}
        {d.region.name}
      </h1>
      <p>{t('regionIntro', { plan: d.region.planName })}</p>
      <RegionScope scope={d.scope} population={d.outcomes.populations[0] ?? null} />
      {d.canSeeReports ? (
        <p>
          <Link to={`/regios/${d.region.slug}/rapportages`}>
            {tc('reportsTitle', { region: d.region.name })}
          </Link>
        </p>
      ) : null}
      {d.canImportExperience ? (
        <p>
          <Link to={`/regios/${d.region.slug}/ervaring`}>{te('importLink')}</Link>
        </p>
      ) : null}
      <NarrativeLinks slug={d.region.slug} items={d.narratives} />
      <PeriodForm period={d.period} showApprovedSwitch={d.approvedSwitch} approvedOnly={d.approvedOnly} />
      <SuppressionNote thresholds={d.thresholds} />
      <RegionIndicators
        regionName={d.region.name}
        quarters={d.quarters}
        cards={d.cards}
        baseline={d.baseline}
        baselineEdit={
          userHasPermission(user, 'manage:baseline') ? `/regios/${d.region.slug}/basisperiode` : null
        }
        variation={d.variation}
      />
      <RegionSpc
        region={d.region}
        keep={{ period: d.period }}
        baseline={d.baseline}
        spc={d.spc}
        recalc={userHasPermission(user, 'manage:limits')}
      />
      <RegionIndicatorCharts region={d.region} quarters={d.quarters} charts={d.indicatorCharts} />
      <OutcomesBlock data={d.outcomes} variation={d.outcomeVariation} />
      {userHasPermission(user, 'manage:comparison') ? (
        <p>
          <Link to={`/regios/${d.region.slug}/vergelijkingsgroep`}>{tg('refTitle')}</Link>
        </p>
      ) : null}
      <ExperienceBlock data={d.experience} regionNames={{ [d.region.id]: d.region.name }} />
      <CaseFlow period={d.period} flow={d.flow} />
      <RegionRegisters experiments={d.registers.experiments} bottlenecks={d.registers.bottlenecks} />
    </>
  );
}

// A region's name is its title in both languages; without data the page is named in the interface language.
export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data ? [{ title: `${data.region.name} · Proeftuinmonitor` }] : pageTitle(matches, dashboards, 'region');
