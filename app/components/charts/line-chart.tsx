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
import { DASHES } from './legend';

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
}: {
  categories: readonly string[];
  series: readonly LineSeries[];
  target?: number | null;
  targetLabel?: string;
  format: (v: number) => string;
  height: number;
  label: string;
}) {
  const rows = categories.map((c, i) => {
    const row: Record<string, string | number | null> = { category: c };
    for (const s of series) row[s.key] = s.values[i];
    return row;
  });
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 600, height }}>
      <LineChart
        data={rows}
        margin={{ top: 16, right: 24, bottom: 8, left: 8 }}
        accessibilityLayer
        title={label}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="category" tick={{ fontSize: 12 }} />
        <YAxis tickFormatter={(v: number) => format(v)} width={64} />
        <Tooltip formatter={(v) => (typeof v === 'number' ? format(v) : String(v))} />
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
        {target != null ? (
          <ReferenceLine
            y={target}
            stroke="#333"
            strokeDasharray="6 3"
            label={targetLabel}
            ifOverflow="extendDomain"
          />
        ) : null}
      </LineChart>
    </ResponsiveContainer>
  );
}
