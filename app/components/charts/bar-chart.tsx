import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ErrorBar,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

export interface BarDatum {
  label: string;
  value: number | null;
  colour: string;
  /** the value's 95 % interval, drawn as an error bar (issue 23) */
  interval?: { lower: number; upper: number } | null;
}

/**
 * Regions (and the programme total) as bars with an optional target line. Takes values computed on
 * the server; `format` only turns numbers into text.
 */
export function RegionBarChart({
  data,
  target,
  targetLabel,
  format,
  height,
  label,
}: {
  data: readonly BarDatum[];
  target?: number | null;
  targetLabel?: string;
  format: (v: number) => string;
  height: number;
  label: string;
}) {
  const rows = data.map((d) => ({
    label: d.label,
    value: d.value,
    colour: d.colour,
    // recharts draws [below, above] the bar's top
    error:
      d.value !== null && d.interval ? [d.value - d.interval.lower, d.interval.upper - d.value] : undefined,
  }));
  const anyInterval = rows.some((r) => r.error !== undefined);
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 600, height }}>
      <BarChart
        data={rows}
        margin={{ top: 16, right: 24, bottom: 8, left: 8 }}
        accessibilityLayer
        title={label}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" interval={0} tick={{ fontSize: 12 }} />
        <YAxis tickFormatter={(v: number) => format(v)} width={64} />
        <Tooltip formatter={(v) => (typeof v === 'number' ? format(v) : String(v))} />
        <Bar dataKey="value" isAnimationActive={false}>
          {rows.map((r) => (
            <Cell key={r.label} fill={r.colour} />
          ))}
          {anyInterval ? (
            <ErrorBar dataKey="error" direction="y" width={8} strokeWidth={1.5} stroke="#1a1a1a" />
          ) : null}
        </Bar>
        {target != null ? (
          <ReferenceLine
            y={target}
            stroke="#333"
            strokeDasharray="6 3"
            label={targetLabel}
            ifOverflow="extendDomain"
          />
        ) : null}
      </BarChart>
    </ResponsiveContainer>
  );
}
