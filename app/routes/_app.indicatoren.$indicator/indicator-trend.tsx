import { Link } from '@remix-run/react';
import { ChartFrame } from '~/components/charts/chart-frame';
import { formatValue } from '~/components/charts/chart-format';
import { lineLegend } from '~/components/charts/legend';
import { TrendLineChart } from '~/components/charts/lazy';
import type { RegionInfo } from '~/components/dashboard/figures';
import {
  ReferenceRows,
  useReferenceSeries,
  useReferenceSources,
  type ReferenceTrendLine,
} from '~/components/dashboard/reference-rows';
import type { Indicator } from '~/domain/indicators';
import type { ExperimentMarker } from '~/domain/experiment-effect';
import { ExperimentMarkerList, useExperimentMarkers } from '~/components/dashboard/experiment-markers';
import { charts } from '~/i18n/charts';
import { dashboards } from '~/i18n/dashboards';
import { references as dict } from '~/i18n/references';
import { useLang, useT } from '~/i18n/use-t';

/** The indicator per quarter: regions, programme total and reference lines, with the same table. */
export function IndicatorTrend({
  indicator,
  regions,
  trend,
}: {
  indicator: Indicator;
  regions: RegionInfo[];
  trend: {
    quarters: string[];
    regions: (number | null)[][];
    total: (number | null)[];
    references: ReferenceTrendLine[];
    markers: ExperimentMarker[];
  };
}) {
  const t = useT(dict);
  const td = useT(dashboards);
  const tc = useT(charts);
  const lang = useLang();
  const fmt = (v: number | null) => formatValue(v, indicator.unit, lang);
  const label = indicator.label[lang];
  const from = trend.quarters[0];
  const to = trend.quarters[trend.quarters.length - 1];
  const series = [
    ...regions.map((r, i) => ({
      key: r.slug,
      label: r.name,
      colour: r.colour,
      pattern: r.pattern,
      values: trend.regions[i],
    })),
    { key: 'total', label: td('total'), colour: '#1b1b1b', pattern: 0, values: trend.total },
    ...useReferenceSeries(trend.references),
  ];
  const sources = useReferenceSources(trend.references);
  const markers = useExperimentMarkers(trend.markers);
  return (
    <section aria-labelledby="indicator-trend-title">
      <h2 id="indicator-trend-title">{t('trendTitle')}</h2>
      <ChartFrame
        caption={t('trendCaption', { indicator: label, from, to })}
        height={320}
        fileName={`${indicator.code}-verloop-${from}-${to}`}
        legend={[...lineLegend(series), ...markers.legend]}
        period={`${from} – ${to}`}
        source={[tc('sourceDefault'), ...sources].join('; ')}
        table={
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="indicator-trend-title">
            <table className="table" id="indicator-trend-table">
              <thead>
                <tr>
                  <th scope="col">{td('region')}</th>
                  {trend.quarters.map((q) => (
                    <th scope="col" className="num" key={q}>
                      {q}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {regions.map((r, i) => (
                  <tr key={r.slug}>
                    <th scope="row">{r.name}</th>
                    {trend.regions[i].map((v, k) => (
                      <td className="num" key={k}>
                        {fmt(v)}
                      </td>
                    ))}
                  </tr>
                ))}
                <tr>
                  <th scope="row">{td('total')}</th>
                  {trend.total.map((v, k) => (
                    <td className="num" key={k}>
                      {fmt(v)}
                    </td>
                  ))}
                </tr>
                <ReferenceRows refs={trend.references} format={fmt} />
              </tbody>
            </table>
          </div>
        }
      >
        <TrendLineChart
          categories={trend.quarters}
          series={series}
          format={(v) => fmt(v)}
          height={320}
          label={label}
          markers={markers.chart}
        />
      </ChartFrame>
      <ExperimentMarkerList markers={trend.markers} />
      {sources.length ? (
        <ul className="hint reference-sources">
          {sources.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      ) : null}
      <p className="hint">
        {t('caveat')} <Link to="/referenties">{t('aboutLink')}</Link>
      </p>
    </section>
  );
}
