import { Link } from '@remix-run/react';
import { ChartFrame } from '~/components/charts/chart-frame';
import { formatValue } from '~/components/charts/chart-format';
import { lineLegend } from '~/components/charts/legend';
import { TrendLineChart } from '~/components/charts/lazy';
import { ExperimentMarkerList, useExperimentMarkers } from '~/components/dashboard/experiment-markers';
import {
  ReferenceRows,
  useReferenceSeries,
  useReferenceSources,
  type ReferenceTrendLine,
} from '~/components/dashboard/reference-rows';
import type { ExperimentMarker } from '~/domain/experiment-effect';
import { getIndicator } from '~/domain/indicators';
import { charts } from '~/i18n/charts';
import { references as dict } from '~/i18n/references';
import { useLang, useT } from '~/i18n/use-t';

export interface RegionIndicatorChart {
  code: string;
  values: (number | null)[];
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
  const tc = useT(charts);
  const lang = useLang();
  const indicator = getIndicator(chart.code)!;
  const label = indicator.label[lang];
  const fmt = (v: number | null) => formatValue(v, indicator.unit, lang);
  const from = quarters[0];
  const to = quarters[quarters.length - 1];
  const series = [
    { key: region.slug, label: region.name, colour: region.colour, pattern: 0, values: chart.values },
    ...useReferenceSeries(chart.references),
  ];
  const sources = useReferenceSources(chart.references);
  const markers = useExperimentMarkers(chart.markers);
  const tableId = `region-chart-${chart.code}`;
  return (
    <>
      <ChartFrame
        caption={t('regionChartCaption', { indicator: label, from, to, region: region.name })}
        height={280}
        fileName={`${region.slug}-${chart.code}-${from}-${to}`}
        legend={[...lineLegend(series), ...markers.legend]}
        period={`${from} – ${to}`}
        source={[tc('sourceDefault'), ...sources].join('; ')}
        table={
          <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
            <table className="table" id={tableId}>
              <thead>
                <tr>
                  <th scope="col">{label}</th>
                  {quarters.map((q) => (
                    <th scope="col" className="num" key={q}>
                      {q}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">{region.name}</th>
                  {chart.values.map((v, k) => (
                    <td className="num" key={quarters[k]}>
                      {fmt(v)}
                    </td>
                  ))}
                </tr>
                <ReferenceRows refs={chart.references} format={fmt} subject={region.name} />
              </tbody>
            </table>
          </div>
        }
      >
        <TrendLineChart
          categories={quarters}
          series={series}
          format={(v) => fmt(v)}
          height={280}
          label={label}
          markers={markers.chart}
        />
      </ChartFrame>
      <ExperimentMarkerList markers={chart.markers} />
    </>
  );
}
