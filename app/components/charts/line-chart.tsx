import {
  Area,
  CartesianGrid,
  ComposedChart,
  ErrorBar,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { chartFrameProps, targetLine } from './chart-parts';
import { BAND_OPACITY, crossPath } from './chart-export';
import { DASHES, MARKER_COLOUR, MARKER_DASH } from './legend';
import {
  bandAt,
  bandKey,
  errorKey,
  hiddenMarkers,
  lineChartRows,
  type HiddenMarker,
  type LineSeries,
} from './line-data';
import { charts } from '#app/i18n/charts';
import { useLang, useT } from '#app/i18n/use-t';
import { formatPeriodLabel } from '#app/utils/format';

export type { LineSeries } from './line-data';

const hasBand = (s: LineSeries) => s.values.some((_, i) => bandAt(s, i) !== null);

/** A vertical line at one category with a short label (the legend and table below say it in full). */
export interface ChartMarker {
  category: string;
  label: string;
}

/**
 * One line per series over the categories (periods); values are computed on the server. A point's
 * 95 % interval is a light band in the line's colour (an error bar where the point stands alone); a
 * hidden value is a "×" in the line's colour at the base line (never at a value), an unknown one a
 * plain gap (line-data.ts shapes both).
 */
export function TrendLineChart({
  categories,
  series,
  target,
  targetLabel,
  format,
  height,
  label,
  markers = [],
}: {
  categories: readonly string[];
  series: readonly LineSeries[];
  target?: number | null;
  targetLabel?: string;
  format: (v: number) => string;
  height: number;
  label: string;
  /** vertical lines at categories (an experiment's start or end), labelled in dark text */
  markers?: readonly ChartMarker[];
}) {
  const lang = useLang();
  const t = useT(charts);
  const rows = lineChartRows(categories, series);
  const hidden = hiddenMarkers(categories, series);
  const hiddenAt = categories
    .map((category) => ({ category, marks: hidden.filter((m) => m.category === category) }))
    .filter((c) => c.marks.length > 0);
  const hiddenTitle = (m: HiddenMarker) =>
    t('hiddenPoint', { line: m.label, period: formatPeriodLabel(m.category, lang) });
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 600, height }}>
      <ComposedChart data={rows} {...chartFrameProps(label)}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          dataKey="category"
          tick={{ fontSize: 12 }}
          tickFormatter={(c: string) => formatPeriodLabel(c, lang)}
        />
        <YAxis tickFormatter={(v: number) => format(v)} width={64} />
        <Tooltip
          formatter={(v) => (typeof v === 'number' ? format(v) : String(v))}
          labelFormatter={(c) => formatPeriodLabel(String(c), lang)}
        />
        {/* the bands first, so every line is drawn over them */}
        {series.filter(hasBand).map((s) => (
          <Area
            key={`${s.key}-band`}
            type="linear"
            dataKey={bandKey(s.key)}
            className="chart-interval-band"
            stroke="none"
            fill={s.colour}
            fillOpacity={BAND_OPACITY}
            connectNulls={false}
            activeDot={false}
            legendType="none"
            tooltipType="none"
            isAnimationActive={false}
          />
        ))}
        {series.map((s) => (
          <Line
            key={s.key}
            type="monotone"
            dataKey={s.key}
            name={s.label}
            stroke={s.colour}
            strokeWidth={2}
            strokeDasharray={DASHES[s.pattern % DASHES.length]}
            connectNulls={false}
            isAnimationActive={false}
          >
            <ErrorBar dataKey={errorKey(s.key)} direction="y" width={6} strokeWidth={1.5} stroke={s.colour} />
          </Line>
        ))}
        {hiddenAt.map(({ category, marks }) => (
          <ReferenceLine
            key={`hidden-${category}`}
            x={category}
            shape={(p: { x1: number; y1: number; x2: number; y2: number }) => (
              <g className="chart-hidden-markers">
                {marks.map((m) => {
                  // at the base line (stacked upwards), never at a value: the value is not known here
                  const y = Math.max(p.y1, p.y2) - 8 - m.slot * 14;
                  const d = crossPath(p.x1, y, 5);
                  return (
                    <g
                      key={m.key}
                      className="chart-hidden-marker"
                      data-series={m.key}
                      role="img"
                      aria-label={hiddenTitle(m)}
                    >
                      <title>{hiddenTitle(m)}</title>
                      <path d={d} stroke="#ffffff" strokeWidth={5} fill="none" />
                      <path d={d} stroke={m.colour} strokeWidth={2.5} fill="none" />
                    </g>
                  );
                })}
              </g>
            )}
          />
        ))}
        {markers.map((m, k) => (
          <ReferenceLine
            key={`${m.category}-${k}`}
            x={m.category}
            stroke={MARKER_COLOUR}
            strokeWidth={1.5}
            strokeDasharray={MARKER_DASH}
            label={{
              value: m.label,
              // in the right half the label reads leftwards, so it never runs past the plot
              position:
                categories.indexOf(m.category) > (categories.length - 1) / 2
                  ? 'insideTopRight'
                  : 'insideTopLeft',
              fill: '#1a1a1a',
              fontSize: 12,
              // several markers: their labels stacked, never on top of each other
              dy: (k % 4) * 15,
            }}
          />
        ))}
        {targetLine(target, targetLabel)}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
