import { useEffect } from 'react';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { formatPeriodLabel } from '#app/utils/format';
import { useLoaderData, useLocation } from '@remix-run/react';
import { PRINCIPLE_CODES } from '#app/domain/principles';
import { PeriodForm } from '#app/components/dashboard/period-form';
import { SuppressionNote } from '#app/components/dashboard/figures';
import { dashboards } from '#app/i18n/dashboards';
import { useLang, useT } from '#app/i18n/use-t';
import { periodParam } from '#app/utils/period-param.server';
import { requireUserWithPermission } from '#app/utils/permissions.server';
import { loadProgressReport, progressCard, progressRegionTrends } from '#app/models/progress-report.server';
import { PrincipleSection } from './principle-section';
import { ProgressTrend } from './progress-trend';
import { RegionTrends } from './region-trends';
import { LessonsAndPipeline } from './lessons-pipeline';
import { OutcomesBlock } from '#app/components/dashboard/outcomes-block';
import { ExperienceBlock, ExperienceCollapsed, showAllExperience } from '#app/components/experience-block';
import { loadExperienceBlock } from '#app/models/experience.server';
import { programmeOutcomes, showAllOutcomes } from '#app/models/outcomes.server';
import { PUBLICATION_VIEWER } from '#app/models/viewer.server';
import { pageTitle } from '#app/utils/meta';
import { common } from '#app/i18n/common';
import { NarrativesSection } from './narratives-section';
import { WorkforceSection } from './workforce-section';
import { listApprovedNarratives } from '#app/models/narratives.server';
import { scopesInForce } from '#app/models/regions.server';
import { bucketRange } from '#app/domain/aggregation';
import { ScopeTable } from '#app/components/dashboard/region-scope';
import { SummaryBlock } from '#app/components/dashboard/summary-block';
import { intervalsText } from '#app/i18n/intervals';
import { summaryForPage } from '#app/domain/summary';

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithPermission(request, 'read:figures');
  const period = await periodParam(request, { grains: ['quarter', 'year'] });
  const { cards, ...rest } = loadProgressReport(period);
  // The trend draws the totals of every period, the sections the last period's regions.
  // Narratives are per quarter; only approved ones exist for this query (a publication).
  const narratives = /-Q[1-4]$/.test(period) ? listApprovedNarratives({ quarter: period }) : [];
  // What each region's figures count, at the end of the period.
  const scopeMonth = bucketRange(period).to;
  const scopes = scopesInForce(
    rest.regions.map((r) => r.id),
    scopeMonth,
  );
  return {
    period,
    ...rest,
    // each list of left-out regions once, referenced by the lines (26 lines × 36 regions nationally)
    summary: summaryForPage(rest.summary),
    // at national scale each region's outcomes are on its own page, the table behind ?uitkomsten=alle
    outcomes: programmeOutcomes(rest.outcomes, {
      regionRows: showAllOutcomes(new URL(request.url), rest.regions.length),
    }),
    // the trend draws each period's principle scores of the programme
    totals: cards.map(({ total: { bucket, provisional, groups } }) => ({ bucket, provisional, groups })),
    current: progressCard(cards[cards.length - 1]),
    // at national scale each region's trend in whole points, as its table writes them
    regionTrends: progressRegionTrends(rest.regionTrends),
    narratives,
    // the publication's experience: approved periods only, counts rounded (as every figure here);
    // at national scale each region's is on its own page, the whole table behind ?ervaring=alle
    experience: showAllExperience(new URL(request.url), rest.regions.length)
      ? loadExperienceBlock(PUBLICATION_VIEWER, {
          regionIds: rest.regions.map((r) => r.id),
          asOf: period,
        })
      : null,
    scopeMonth,
    scopes: rest.regions.map((r) => ({ id: r.id, name: r.name, scope: scopes.get(r.id) ?? null })),
  };
}

/** Opens the collapsed detail for printing (and closes it again after), so the paper report is whole. */
function useOpenDetailsForPrint() {
  useEffect(() => {
    const open = () =>
      document.querySelectorAll<HTMLDetailsElement>('details.principle-details:not([open])').forEach((d) => {
        d.dataset.printOpened = '1';
        d.open = true;
      });
    const close = () =>
      document.querySelectorAll<HTMLDetailsElement>('details[data-print-opened]').forEach((d) => {
        d.open = false;
        delete d.dataset.printOpened;
      });
    window.addEventListener('beforeprint', open);
    window.addEventListener('afterprint', close);
    return () => {
      window.removeEventListener('beforeprint', open);
      window.removeEventListener('afterprint', close);
    };
  }, []);
}

export default function ProgressPage() {
  useOpenDetailsForPrint();
  const d = useLoaderData<typeof loader>();
  const t = useT(dashboards);
  const lang = useLang();
  const ti = useT(intervalsText);
  const { search } = useLocation();
  return (
    <article className="progress-report">
      <h1>{t('progressTitle', { period: formatPeriodLabel(d.period, lang) })}</h1>
      <SummaryBlock data={d.summary} />
      <p>{t('progressIntro', { period: formatPeriodLabel(d.period, lang) })}</p>
      <PeriodForm period={d.period} label={t('progressPeriod')} showApprovedSwitch={false} approvedOnly />
      <p className="actions no-print">
        <a className="button-secondary" href={`/voortgang.csv?period=${d.period}`} download>
          {t('downloadCsv')}
        </a>
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            // a printed report holds every table, the collapsed ones too
            document.querySelectorAll('details').forEach((el) => el.setAttribute('open', ''));
            window.print();
          }}
        >
          {t('print')}
        </button>
      </p>
      <SuppressionNote thresholds={d.thresholds} />
      <ScopeTable regions={d.scopes} month={d.scopeMonth} />
      <OutcomesBlock
        data={d.outcomes}
        regionNames={Object.fromEntries(d.regions.map((r) => [r.id, r.name]))}
        regionLinks={d.regions}
      />
      {d.experience ? (
        <ExperienceBlock
          data={d.experience}
          regionNames={Object.fromEntries(d.regions.map((r) => [r.id, r.name]))}
        />
      ) : (
        <ExperienceCollapsed regions={d.regions} search={search} />
      )}
      <details className="principle-details">
        <summary>{ti('detailsSummary')}</summary>
        <ProgressTrend totals={d.totals} />
        {PRINCIPLE_CODES.map((p) => (
          <PrincipleSection key={p} principle={p} period={d.period} regions={d.regions} card={d.current} />
        ))}
        <RegionTrends buckets={d.buckets} regions={d.regions} trends={d.regionTrends} />
      </details>
      <WorkforceSection regions={d.regions} card={d.current} />
      {/-Q[1-4]$/.test(d.period) ? <NarrativesSection quarter={d.period} items={d.narratives} /> : null}
      <LessonsAndPipeline period={d.period} lessons={d.lessons} pipeline={d.pipeline} />
    </article>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, common, 'navProgress');
