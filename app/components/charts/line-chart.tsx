import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { chartFrameProps, targetLine } from './chart-parts';
import { DASHES, MARKER_COLOUR, MARKER_DASH } from './legend';
import { useLang } from '#app/i18n/use-t';
import { formatPeriodLabel } from '#app/utils/format';

/** A vertical line at one category with a short label (the legend and table below say it in full). */
export interface ChartMarker {
  category: string;
  label: string;
}

export interface LineSeries {
  key: string;
  label: string;
  colour: string;
  /** 0 = solid; once the palette repeats, dashes tell lines apart */
  pattern: number;
  values: readonly (number | null)[];
}

/** One line per series over the categories (periods); values are computed on the server. */
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
  const rows = categories.map((c, i) => {
    const row: Record<string, string | number | null> = { category: c };
    for (const s of series) row[s.key] = s.values[i];
    return row;
  });
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 600, height }}>
      <LineChart data={rows} {...chartFrameProps(label)}>
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
      </LineChart>
    </ResponsiveContainer>
  );
}
