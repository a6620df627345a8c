import { ChartFrame } from '#app/components/charts/chart-frame';
import { formatPeriodLabel } from '#app/utils/format';
import { TrendLineChart } from '#app/components/charts/lazy';
import { useLineChartLegend } from '#app/components/charts/legend';
import { charts } from '#app/i18n/charts';
import { dashboards } from '#app/i18n/dashboards';
import { useLang, useT } from '#app/i18n/use-t';
import type { ExperimentMarker } from '#app/domain/experiment-effect';
import { useExperimentMarkers } from './experiment-markers';
import type { RegionInfo } from './figures';
import { useReferenceSeries, useReferenceSources } from './reference-rows';
import { TrendTable, type TrendMarks } from './trend-table';

/** Up to this many region lines each get their 95 % band; the programme total always does. */
export const MAX_REGION_BANDS = 3;

/**
 * A trend over periods, one line per region (in its colour and dash pattern), optionally the
 * programme total, then the reference series; with the same numbers as a table (TrendTable) and
 * the references' sources in the exported image. Used by the indicator page and the compare page.
 */
export function RegionTrendChart({
  caption,
  label,
  fileName,
  height,
  periods,
  regions,
  series,
  total,
  drawTotal,
  target,
  targetLabel,
  format,
  formatDifference,
  tableId,
  tableLabelledBy,
  tableLabel,
  rowHeader,
  period,
  markers = [],
  ...trendMarks
}: TrendMarks & {
  caption: string;
  /** the measure, for the chart's accessible title */
  label: string;
  fileName: string;
  height: number;
  periods: readonly string[];
  regions: readonly Pick<RegionInfo, 'slug' | 'name' | 'colour' | 'pattern'>[];
  series: readonly (readonly (number | null)[])[];
  /** the programme total (a table row); undefined for a single region's chart */
  total?: readonly (number | null)[];
  /** draw the programme total as a line too */
  drawTotal?: boolean;
  target?: number | null;
  targetLabel?: string;
  format: (v: number | null) => string;
  /** a difference from a reference, in the indicator's own unit (percentage points for a share) */
  formatDifference: (v: number | null) => string;
  tableId: string;
  tableLabelledBy?: string;
  /** the table's scroll region named as text (where no heading names it) */
  tableLabel?: string;
  /** the header of the table's first column */
  rowHeader?: string;
  /** the period line of the exported image; default: first – last period */
  period?: string;
  /** experiments' starts and ends, drawn on the chart and named in the legend */
  markers?: readonly ExperimentMarker[];
}) {
  const { references, missing, totalMissing, intervals, totalIntervals } = trendMarks;
  const td = useT(dashboards);
  const tc = useT(charts);
  const lang = useLang();
  const lines = [
    ...regions.map((r, i) => ({
      key: r.slug,
      label: r.name,
      colour: r.colour,
      pattern: r.pattern,
      values: series[i],
      missing: missing?.[i],
      // bands of more than a few regions hide each other: then the table holds the regions' intervals
      intervals: regions.length <= MAX_REGION_BANDS ? intervals?.[i] : undefined,
    })),
    ...(drawTotal && total
      ? [
          {
            key: 'total',
            label: td('total'),
            colour: '#1b1b1b',
            pattern: 0,
            values: total,
            missing: totalMissing,
            intervals: totalIntervals,
          },
        ]
      : []),
    ...useReferenceSeries(references),
  ];
  const legend = useLineChartLegend(lines);
  const sources = useReferenceSources(references);
  const marks = useExperimentMarkers(markers);
  const span =
    period ??
    `${formatPeriodLabel(periods[0]!, lang)} – ${formatPeriodLabel(periods[periods.length - 1]!, lang)}`;
  return (
    <ChartFrame
      caption={caption}
      height={height}
      fileName={fileName}
      legend={[...legend, ...marks.legend]}
      period={span}
      source={[tc('sourceDefault'), ...sources].join('; ')}
      table={
        <TrendTable
          id={tableId}
          labelledBy={tableLabelledBy}
          label={tableLabel}
          rowHeader={rowHeader}
          periods={periods}
          regions={regions}
          series={series}
          total={total}
          {...trendMarks}
          format={format}
          formatDifference={formatDifference}
        />
      }
    >
      <TrendLineChart
        categories={periods}
        series={lines}
        target={target}
        targetLabel={targetLabel}
        format={(v) => format(v)}
        height={height}
        label={label}
        markers={marks.chart}
      />
    </ChartFrame>
  );
}
