import { ChartFrame } from '#app/components/charts/chart-frame';
import { RegionBarChart } from '#app/components/charts/lazy';
import {
  formatDifference,
  formatInterval,
  formatValue,
  formatWithInterval,
} from '#app/components/charts/chart-format';
import { formatPeriodLabel } from '#app/utils/format';
import { ProvisionalBadge, type RegionInfo } from '#app/components/dashboard/figures';
import type { ReferenceTrendLine } from '#app/components/dashboard/reference-rows';
import { getIndicator } from '#app/domain/indicators';
import type { ExperimentMarker } from '#app/domain/experiment-effect';
import type { MissingReason } from '#app/domain/disclosure';
import { ExperimentMarkerList } from '#app/components/dashboard/experiment-markers';
import { getRateOutcome, type ExclusionReason } from '#app/domain/outcomes';
import { TotalCoverage } from '#app/components/dashboard/total-coverage';
import { RegionTrendChart } from '#app/components/dashboard/trend-chart';
import { PRINCIPLES } from '#app/domain/principles';
import { dashboards } from '#app/i18n/dashboards';
import { useLang, useT } from '#app/i18n/use-t';
import { TableHead, num } from '#app/components/table-head';
import { FunnelPanel } from '#app/components/spc/funnel-panel';
import type { FunnelData } from '#app/domain/funnel';
import { spcText } from '#app/i18n/spc';
import { cbsRatesText } from '#app/i18n/cbs-rates';
import { usePopulationOrigin, type ShownPopulation } from '#app/components/dashboard/population-note';

/** a value's 95 % interval (issue 23), null where it has none */
type Interval = { lower: number; upper: number } | null;

interface Result {
  range: string;
  periods: string[];
  bars: {
    regions: { value: number | null; interval: Interval; hidden: boolean; provisional: boolean }[];
    total: { value: number | null; interval: Interval; hidden: boolean; provisional: boolean };
  };
  target: number | null;
  series: (number | null)[][];
  totalSeries: (number | null)[];
  missing: (MissingReason | null)[][] | null;
  totalMissing: (MissingReason | null)[] | null;
  intervals: (Interval | null)[][] | null;
  totalIntervals: (Interval | null)[] | null;
  references: ReferenceTrendLine[];
  markers: ExperimentMarker[];
  provisional: boolean[][];
  coverage: { code: string; excluded: { regionId: number; reason: ExclusionReason }[] }[];
  funnel: FunnelData | null;
  /** a rate's children in scope per region (CBS or typed), null for the others */
  populations: ShownPopulation[] | null;
}

export function CompareCharts({
  q,
  regions,
  result,
  view,
}: {
  q: { what: string };
  regions: RegionInfo[];
  result: Result;
  view: 'funnel' | 'bars';
}) {
  const t = useT(dashboards);
  const ts = useT(spcText);
  const tr = useT(cbsRatesText);
  const originOf = usePopulationOrigin();
  const populations = result.populations;
  const lang = useLang();
  const indicator = getIndicator(q.what);
  const rate = getRateOutcome(q.what);
  const what = indicator
    ? indicator.label[lang]
    : rate
      ? t('compareRateLabel', { what: rate.label[lang] })
      : PRINCIPLES.find((p) => p.code === q.what)!.label[lang];
  const unit = indicator ? indicator.unit : rate ? 'rate' : 'score100';
  const fmt = (v: number | null) => formatValue(v, unit, lang);
  const bars = [
    ...regions.map((r, i) => ({
      label: r.name,
      value: result.bars.regions[i].value,
      interval: result.bars.regions[i].interval,
      hidden: result.bars.regions[i].hidden,
      colour: r.colour,
      provisional: result.bars.regions[i].provisional,
    })),
    {
      label: t('total'),
      value: result.bars.total.value,
      interval: result.bars.total.interval,
      hidden: result.bars.total.hidden,
      colour: '#444444',
      provisional: result.bars.total.provisional,
    },
  ];
  const span = result.periods.length
    ? `${result.periods[0]} – ${result.periods[result.periods.length - 1]}`
    : result.range;
  const funnel = view === 'funnel' && result.funnel;
  return (
    <>
      {view === 'funnel' && !result.funnel ? <p className="hint">{ts('funnelNotApplicable')}</p> : null}
      {funnel ? (
        <FunnelPanel
          id={q.what}
          what={what}
          period={result.range}
          periodLabel={formatPeriodLabel(result.range, lang)}
          regions={regions}
          data={funnel}
        />
      ) : (
        <ChartFrame
          caption={t('compareBarCaption', { what, range: formatPeriodLabel(result.range, lang) })}
          height={320}
          fileName={`vergelijken-${q.what}-${result.range}`}
          period={result.range}
          table={
            <table className="table" id="compare-bar-table">
              <TableHead
                columns={[
                  t('region'),
                  num(indicator || rate ? t('value') : t('score')),
                  ...(populations ? [tr('colPopulation')] : []),
                ]}
              />
              <tbody>
                {bars.map((b, i) => (
                  <tr key={b.label}>
                    <th scope="row">
                      {b.label} {b.provisional ? <ProvisionalBadge /> : null}
                    </th>
                    <td className="num">
                      {b.hidden
                        ? t('compareHidden')
                        : b.value === null
                          ? t('compareUnknown')
                          : formatWithInterval(b.value, b.interval, unit, lang)}
                    </td>
                    {populations ? (
                      <td>
                        {i < populations.length
                          ? originOf(populations[i]!.origin)
                          : populations.map((p) => originOf(p.origin)).every((o, _, all) => o === all[0])
                            ? originOf(populations[0]?.origin ?? null)
                            : tr('originMixed')}
                      </td>
                    ) : null}
                  </tr>
                ))}
                {result.target !== null ? (
                  <tr>
                    <th scope="row">{t('target')}</th>
                    <td className="num">{fmt(result.target)}</td>
                    {populations ? <td /> : null}
                  </tr>
                ) : null}
              </tbody>
            </table>
          }
        >
          <RegionBarChart
            data={bars}
            target={result.target}
            targetLabel={t('targetLine')}
            format={(v) => fmt(v)}
            height={320}
            label={what}
          />
        </ChartFrame>
      )}
      {result.coverage.map((c) => (
        <TotalCoverage
          key={c.code}
          label={`${t('total')} · ${getIndicator(c.code)!.label[lang]}`}
          excluded={c.excluded}
          regionCount={regions.length}
          nameOf={(id) => regions.find((r) => r.id === id)?.name ?? String(id)}
        />
      ))}
      <RegionTrendChart
        caption={t('compareLineCaption', { what })}
        label={what}
        height={340}
        fileName={`ontwikkeling-${q.what}`}
        period={span}
        periods={result.periods}
        regions={regions}
        series={result.series}
        total={result.totalSeries}
        drawTotal={false}
        references={result.references}
        provisional={result.provisional}
        missing={result.missing ?? undefined}
        totalMissing={result.totalMissing ?? undefined}
        intervals={result.intervals ?? undefined}
        totalIntervals={result.totalIntervals ?? undefined}
        target={result.target}
        targetLabel={t('targetLine')}
        format={fmt}
        formatDifference={(d) => formatDifference(d, unit, lang)}
        formatInterval={(i) => formatInterval(i, unit, lang)}
        tableId="compare-line-table"
        markers={result.markers}
      />
      <ExperimentMarkerList markers={result.markers} />
    </>
  );
}
