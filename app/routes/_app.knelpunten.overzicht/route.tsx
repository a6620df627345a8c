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
import { registers, type RegistersKey } from '#app/i18n/registers';
import type { Text } from '#app/domain/lang';
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
  const seriesOf = <S extends string>(
    statuses: readonly S[],
    labels: Record<S, Text>,
    colours: Record<S, string>,
  ) => statuses.map((s) => ({ key: s, label: labels[s][lang], colour: colours[s] }));
  const bnSeries = seriesOf(BOTTLENECK_STATUSES, BOTTLENECK_STATUS_LABELS, BOTTLENECK_STATUS_COLOURS);
  const expSeries = seriesOf(EXPERIMENT_STATUSES, EXPERIMENT_STATUS_LABELS, EXPERIMENT_STATUS_COLOURS);
  /** One stacked bar of counts per status: its id, title, caption and row header's texts, its series and rows. */
  const bar = (
    id: string,
    [title, caption, rowHeader]: [RegistersKey, RegistersKey, RegistersKey],
    series: { key: string; label: string; colour: string }[],
    rows: ReturnType<typeof toRows>,
  ) => (
    <RegisterStackedBar
      id={id}
      title={t(title)}
      caption={t(caption)}
      rowHeader={t(rowHeader)}
      totalLabel={t('total')}
      series={series}
      {...rows}
    />
  );
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
      {bar(
        'by-framework',
        ['chartFrameworkTitle', 'chartFrameworkCaption', 'fieldFramework'],
        bnSeries,
        toRows(d.byFramework, (k) => labelOf(LEGAL_FRAMEWORK_LABELS, k, lang)),
      )}
      <RegionSection
        regions={d.regions}
        byRegion={d.byRegion}
        openAges={d.openAges}
        medianOpenAge={d.medianOpenAge}
        series={bnSeries}
      />
      {bar(
        'experiments-by-region',
        ['expByRegionTitle', 'expByRegionCaption', 'fieldRegion'],
        expSeries,
        toRows(d.experimentsByRegion, regionName),
      )}
      {bar(
        'experiments-by-principle',
        ['expByPrincipleTitle', 'expByPrincipleCaption', 'fieldPrinciples'],
        expSeries,
        toRows(d.experimentsByPrinciple, (k) => labelOf(PRINCIPLE_LABELS, k, lang)),
      )}
    </>
  );
}

export const meta = registerMeta('overviewTitle');
