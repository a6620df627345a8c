import { Link } from '@remix-run/react';
import { formatDifference, formatInterval, formatValue } from '#app/components/charts/chart-format';
import { ExperimentMarkerList } from '#app/components/dashboard/experiment-markers';
import type { ReferenceTrendLine } from '#app/components/dashboard/reference-rows';
import { RegionTrendChart } from '#app/components/dashboard/trend-chart';
import type { PointInterval } from '#app/components/charts/line-data';
import type { ExperimentMarker } from '#app/domain/experiment-effect';
import type { MissingReason } from '#app/domain/disclosure';
import { getIndicator } from '#app/domain/indicators';
import { references as dict } from '#app/i18n/references';
import { useLang, useT } from '#app/i18n/use-t';

export interface RegionIndicatorChart {
  code: string;
  values: (number | null)[];
  /** why a value is absent (hidden or unknown), per quarter */
  missing: (MissingReason | null)[];
  /** each value's 95 % interval, where it has one */
  intervals?: (PointInterval | null)[];
  references: ReferenceTrendLine[];
  markers: ExperimentMarker[];
}

/** The region's indicators that have a reference or an experiment: a line chart each, with its table. */
export function RegionIndicatorCharts({
  region,
  quarters,
  charts: items,
}: {
  region: { name: string; slug: string; colour: string };
  quarters: string[];
  charts: RegionIndicatorChart[];
}) {
  const t = useT(dict);
  return (
    <section aria-labelledby="region-charts-title">
      <h2 id="region-charts-title">{t('regionChartsTitle')}</h2>
      <p>{t('regionChartsIntro', { region: region.name })}</p>
      {items.length === 0 ? <p>{t('regionChartsNone')}</p> : null}
      {items.map((c) => (
        <RegionIndicatorChartView key={c.code} region={region} quarters={quarters} chart={c} />
      ))}
      {items.length > 0 ? (
        <p className="hint">
          {t('caveat')} <Link to="/referenties">{t('aboutLink')}</Link>
        </p>
      ) : null}
    </section>
  );
}

function RegionIndicatorChartView({
  region,
  quarters,
  chart,
}: {
  region: { name: string; slug: string; colour: string };
  quarters: string[];
  chart: RegionIndicatorChart;
}) {
  const t = useT(dict);
  const lang = useLang();
  const indicator = getIndicator(chart.code)!;
  const label = indicator.label[lang];
  const fmt = (v: number | null) => formatValue(v, indicator.unit, lang);
  const from = quarters[0];
  const to = quarters[quarters.length - 1];
  return (
    <>
      <RegionTrendChart
        caption={t('regionChartCaption', { indicator: label, from, to, region: region.name })}
        label={label}
        height={280}
        fileName={`${region.slug}-${chart.code}-${from}-${to}`}
        periods={quarters}
        regions={[{ slug: region.slug, name: region.name, colour: region.colour, pattern: 0 }]}
        series={[chart.values]}
        missing={[chart.missing]}
        intervals={chart.intervals ? [chart.intervals] : undefined}
        references={chart.references}
        markers={chart.markers}
        format={fmt}
        formatDifference={(d) => formatDifference(d, indicator.unit, lang)}
        formatInterval={(i) => formatInterval(i, indicator.unit, lang)}
        tableId={`region-chart-${chart.code}`}
        tableLabel={label}
        rowHeader={label}
      />
      <ExperimentMarkerList markers={chart.markers} />
    </>
  );
}
