import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useLang } from '#app/i18n/use-t';
import { formatPeriodLabel } from '#app/utils/format';
import { VARIATION_STYLE } from './variation-style';

export interface ControlChartPoint {
  period: string;
  value: number | null;
  centre: number | null;
  lower: number | null;
  upper: number | null;
  variation: 'common' | 'improving' | 'concerning' | 'neither' | null;
}

/**
 * A control chart: the monthly values as a line with a marker per month (its shape and colour say
 * its variation, as Making Data Count's charts do), the centre line and the 3σ limits as steps.
 */
export function ControlChart({
  points,
  phaseStarts,
  format,
  height,
  label,
  names,
}: {
  /** the series' names in the tooltip (the interface language) */
  names: { value: string; centre: string; lower: string; upper: string };
  points: readonly ControlChartPoint[];
  /** months where limits were recalculated */
  phaseStarts: readonly { period: string; label: string }[];
  format: (v: number) => string;
  height: number;
  label: string;
}) {
  const lang = useLang();
  const data = points.map((p) => ({ ...p }));
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 600, height }}>
      <ComposedChart
        data={data}
        margin={{ top: 16, right: 24, bottom: 8, left: 8 }}
        accessibilityLayer
        title={label}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          dataKey="period"
          tick={{ fontSize: 12 }}
          tickFormatter={(c: string) => formatPeriodLabel(c, lang)}
        />
        <YAxis tickFormatter={(v: number) => format(v)} width={72} domain={['auto', 'auto']} />
        <Tooltip
          formatter={(v) => (typeof v === 'number' ? format(v) : String(v))}
          labelFormatter={(c) => formatPeriodLabel(String(c), lang)}
        />
        <Line
          dataKey="upper"
          name={names.upper}
          type="stepAfter"
          stroke="#1a1a1a"
          strokeDasharray="6 3"
          dot={false}
          isAnimationActive={false}
          connectNulls={false}
        />
        <Line
          dataKey="lower"
          name={names.lower}
          type="stepAfter"
          stroke="#1a1a1a"
          strokeDasharray="6 3"
          dot={false}
          isAnimationActive={false}
          connectNulls={false}
        />
        <Line
          dataKey="centre"
          name={names.centre}
          type="stepAfter"
          stroke="#1a1a1a"
          strokeWidth={1.5}
          dot={false}
          isAnimationActive={false}
          connectNulls={false}
        />
        <Line
          dataKey="value"
          name={names.value}
          stroke="#5a5a5a"
          strokeWidth={1.5}
          isAnimationActive={false}
          connectNulls={false}
          dot={(props: { cx?: number; cy?: number; payload?: ControlChartPoint; index?: number }) => {
            const { cx, cy, payload, index } = props;
            if (cx == null || cy == null || !payload || payload.value === null) return <g key={index} />;
            const s = VARIATION_STYLE[payload.variation ?? 'common'];
            return s.shape === 'diamond' ? (
              <path
                key={index}
                d={`M${cx},${cy - 6}L${cx + 6},${cy}L${cx},${cy + 6}L${cx - 6},${cy}Z`}
                fill={s.colour}
                stroke="#1a1a1a"
              />
            ) : s.shape === 'square' ? (
              <rect
                key={index}
                x={cx - 5}
                y={cy - 5}
                width={10}
                height={10}
                fill={s.colour}
                stroke="#1a1a1a"
              />
            ) : (
              <circle key={index} cx={cx} cy={cy} r={3.5} fill={s.colour} stroke="#1a1a1a" />
            );
          }}
        />
        {phaseStarts.map((p) => (
          <ReferenceLine
            key={p.period}
            x={p.period}
            stroke="#1a1a1a"
            strokeDasharray="2 2"
            label={{ value: p.label, position: 'insideTopLeft', fill: '#1a1a1a', fontSize: 12 }}
          />
        ))}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
