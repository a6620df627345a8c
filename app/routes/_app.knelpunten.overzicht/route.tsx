import type { LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { RegisterStackedBar } from '#app/components/charts/register-stacked-bar';
import { registerMeta } from '#app/components/registers/meta';
import {
  BOTTLENECK_STATUS_COLOURS,
  EXPERIMENT_STATUS_COLOURS,
} from '#app/components/registers/status-colours';
import { crossTab, medianOpenAgeDays, openAgeByGroup } from '#app/domain/register-stats';
import { todayIso } from '#app/domain/registers';
import { registers } from '#app/i18n/registers';
import { useLang, useT } from '#app/i18n/use-t';
import { countBottlenecks, listBottleneckAges } from '#app/models/bottlenecks.server';
import { countExperiments } from '#app/models/experiments.server';
import { listRegions } from '#app/models/regions.server';
import { requireRegisterReader } from '#app/utils/register-access.server';
import { RegionSection } from './region-section';
import { toRows } from './to-rows';
import {
  labelOf,
  BOTTLENECK_STATUS_LABELS,
  BOTTLENECK_STATUSES,
  EXPERIMENT_STATUS_LABELS,
  EXPERIMENT_STATUSES,
  LEGAL_FRAMEWORK_LABELS,
  LEGAL_FRAMEWORKS,
  PRINCIPLE_LABELS,
  PRINCIPLES,
} from '#app/domain/register-codes';

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRegisterReader(request, 'bottlenecks');
  const today = todayIso();
  const regions = listRegions().map((r) => ({ id: r.id, name: r.name, colour: r.colour }));
  const regionIds = regions.map((r) => r.id);
  const [bn, exp, ages] = await Promise.all([countBottlenecks(), countExperiments(), listBottleneckAges()]);
  return {
    today,
    regions,
    byFramework: crossTab(bn.byFramework, LEGAL_FRAMEWORKS, BOTTLENECK_STATUSES),
    byRegion: crossTab(bn.byRegion, regionIds, BOTTLENECK_STATUSES),
    openAges: openAgeByGroup(ages, regionIds, today),
    medianOpenAge: medianOpenAgeDays(ages, today),
    experimentsByRegion: crossTab(exp.byRegion, regionIds, EXPERIMENT_STATUSES),
    experimentsByPrinciple: crossTab(exp.byPrinciple, PRINCIPLES, EXPERIMENT_STATUSES),
  };
}

export default function RegisterOverviewPage() {
  const d = useLoaderData<typeof loader>();
  const t = useT(registers);
  const lang = useLang();
  const regionName = (id: number) => d.regions.find((r) => r.id === id)?.name ?? String(id);
  const bnSeries = BOTTLENECK_STATUSES.map((s) => ({
    key: s,
    label: BOTTLENECK_STATUS_LABELS[s][lang],
    colour: BOTTLENECK_STATUS_COLOURS[s],
  }));
  const expSeries = EXPERIMENT_STATUSES.map((s) => ({
    key: s,
    label: EXPERIMENT_STATUS_LABELS[s][lang],
    colour: EXPERIMENT_STATUS_COLOURS[s],
  }));
  return (
    <>
      <h1>{t('overviewTitle')}</h1>
      <p>{t('overviewIntro')}</p>
      <ul className="link-list register-links">
        <li>
          <Link to="/knelpunten">{t('bnTitle')}</Link>
        </li>
        <li>
          <Link to="/experimenten">{t('expTitle')}</Link>
        </li>
        <li>
          <Link to="/experimenten/lessen">{t('lessonsLink')}</Link>
        </li>
      </ul>
      <RegisterStackedBar
        id="by-framework"
        title={t('chartFrameworkTitle')}
        caption={t('chartFrameworkCaption')}
        rowHeader={t('fieldFramework')}
        totalLabel={t('total')}
        series={bnSeries}
        {...toRows(d.byFramework, (k) => labelOf(LEGAL_FRAMEWORK_LABELS, k, lang))}
      />
      <RegionSection
        regions={d.regions}
        byRegion={d.byRegion}
        openAges={d.openAges}
        medianOpenAge={d.medianOpenAge}
        series={bnSeries}
      />
      <RegisterStackedBar
        id="experiments-by-region"
        title={t('expByRegionTitle')}
        caption={t('expByRegionCaption')}
        rowHeader={t('fieldRegion')}
        totalLabel={t('total')}
        series={expSeries}
        {...toRows(d.experimentsByRegion, regionName)}
      />
      <RegisterStackedBar
        id="experiments-by-principle"
        title={t('expByPrincipleTitle')}
        caption={t('expByPrincipleCaption')}
        rowHeader={t('fieldPrinciples')}
        totalLabel={t('total')}
        series={expSeries}
        {...toRows(d.experimentsByPrinciple, (k) => labelOf(PRINCIPLE_LABELS, k, lang))}
      />
    </>
  );
}

export const meta = registerMeta('overviewTitle');
