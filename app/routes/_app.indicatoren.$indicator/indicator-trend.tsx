import { Link } from '@remix-run/react';
import { formatPeriodLabel } from '#app/utils/format';
import { formatDifference, formatInterval, formatValue } from '#app/components/charts/chart-format';
import type { RegionInfo } from '#app/components/dashboard/figures';
import { useReferenceSources, type ReferenceTrendLine } from '#app/components/dashboard/reference-rows';
import { RegionTrendChart } from '#app/components/dashboard/trend-chart';
import type { PointInterval } from '#app/components/charts/line-data';
import type { Indicator } from '#app/domain/indicators';
import type { ExperimentMarker } from '#app/domain/experiment-effect';
import type { MissingReason } from '#app/domain/disclosure';
import { ExperimentMarkerList } from '#app/components/dashboard/experiment-markers';
import { references as dict } from '#app/i18n/references';
import { useLang, useT } from '#app/i18n/use-t';

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
    missing: (MissingReason | null)[][];
    totalMissing: (MissingReason | null)[];
    intervals?: (PointInterval | null)[][];
    totalIntervals?: (PointInterval | null)[];
    references: ReferenceTrendLine[];
    markers: ExperimentMarker[];
  };
}) {
  const t = useT(dict);
  const lang = useLang();
  const fmt = (v: number | null) => formatValue(v, indicator.unit, lang);
  const label = indicator.label[lang];
  const from = trend.quarters[0];
  const to = trend.quarters[trend.quarters.length - 1];
  const sources = useReferenceSources(trend.references);
  return (
    <section aria-labelledby="indicator-trend-title">
      <h2 id="indicator-trend-title">{t('trendTitle')}</h2>
      <RegionTrendChart
        caption={t('trendCaption', {
          indicator: label,
          from: formatPeriodLabel(from, lang),
          to: formatPeriodLabel(to, lang),
        })}
        label={label}
        height={320}
        fileName={`${indicator.code}-ontwikkeling-${from}-${to}`}
        periods={trend.quarters}
        regions={regions}
        series={trend.regions}
        total={trend.total}
        missing={trend.missing}
        totalMissing={trend.totalMissing}
        intervals={trend.intervals}
        totalIntervals={trend.totalIntervals}
        drawTotal
        references={trend.references}
        format={fmt}
        formatDifference={(d) => formatDifference(d, indicator.unit, lang)}
        formatInterval={(i) => formatInterval(i, indicator.unit, lang)}
        tableId="indicator-trend-table"
        tableLabelledBy="indicator-trend-title"
        markers={trend.markers}
      />
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
