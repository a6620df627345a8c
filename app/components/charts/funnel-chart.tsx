import {
  CartesianGrid,
  ComposedChart,
  LabelList,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

export interface FunnelChartPoint {
  label: string;
  size: number;
  value: number;
  colour: string;
  /** outside a (possibly adjusted) limit: drawn as a diamond, not only in another colour */
  outside: boolean;
}

export interface FunnelChartLimit {
  size: number;
  lower95: number;
  upper95: number;
  lower998: number;
  upper998: number;
  adjLower95?: number;
  adjUpper95?: number;
  adjLower998?: number;
  adjUpper998?: number;
}

/** Regions as points at their size, with the funnel's limits as lines; computed on the server. */
export function FunnelChart({
  points,
  curve,
  centre,
  centreLabel,
  adjusted,
  format,
  formatSize,
  sizeLabel,
  height,
  label,
}: {
  points: readonly FunnelChartPoint[];
  curve: readonly FunnelChartLimit[];
  centre: number;
  centreLabel: string;
  adjusted: boolean;
  format: (v: number) => string;
  formatSize: (v: number) => string;
  sizeLabel: string;
  height: number;
  label: string;
}) {
  const lines: { key: keyof FunnelChartLimit; dash: string; width: number; colour: string }[] = [
    { key: 'lower95', dash: '6 3', width: 1.5, colour: '#1a1a1a' },
    { key: 'upper95', dash: '6 3', width: 1.5, colour: '#1a1a1a' },
    { key: 'lower998', dash: '', width: 1.5, colour: '#1a1a1a' },
    { key: 'upper998', dash: '', width: 1.5, colour: '#1a1a1a' },
    ...(adjusted
      ? ([
          { key: 'adjLower95', dash: '2 3', width: 2, colour: '#8a4b00' },
          { key: 'adjUpper95', dash: '2 3', width: 2, colour: '#8a4b00' },
          { key: 'adjLower998', dash: '10 4', width: 2, colour: '#8a4b00' },
          { key: 'adjUpper998', dash: '10 4', width: 2, colour: '#8a4b00' },
        ] as const)
      : []),
  ];
  const data = points.map((p) => ({ ...p }));
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 600, height }}>
      <ComposedChart margin={{ top: 16, right: 32, bottom: 24, left: 8 }} accessibilityLayer title={label}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="size"
          domain={[curve[0]?.size ?? 0, curve[curve.length - 1]?.size ?? 1]}
          tickFormatter={(v: number) => formatSize(v)}
          tick={{ fontSize: 12 }}
          label={{ value: sizeLabel, position: 'insideBottom', offset: -12, fill: '#1a1a1a', fontSize: 12 }}
          allowDataOverflow
        />
        <YAxis type="number" tickFormatter={(v: number) => format(v)} width={72} domain={['auto', 'auto']} />
        <Tooltip formatter={(v) => (typeof v === 'number' ? format(v) : String(v))} />
        {lines.map((l) => (
          <Line
            key={l.key}
            data={curve as FunnelChartLimit[]}
            dataKey={l.key}
            type="monotone"
            dot={false}
            activeDot={false}
            stroke={l.colour}
            strokeWidth={l.width}
            strokeDasharray={l.dash || undefined}
            isAnimationActive={false}
            legendType="none"
            tooltipType="none"
          />
        ))}
        <ReferenceLine
          y={centre}
          stroke="#1a1a1a"
          strokeWidth={2}
          label={{ value: centreLabel, position: 'insideTopRight', fill: '#1a1a1a', fontSize: 12 }}
        />
        <Scatter
          data={data}
          dataKey="value"
          isAnimationActive={false}
          shape={(props: { cx?: number; cy?: number; payload?: FunnelChartPoint }) => {
            const { cx = 0, cy = 0, payload } = props;
            const fill = payload?.colour ?? '#444';
            return payload?.outside ? (
              <path
                d={`M${cx},${cy - 8}L${cx + 8},${cy}L${cx},${cy + 8}L${cx - 8},${cy}Z`}
                fill={fill}
                stroke="#1a1a1a"
                strokeWidth={1.5}
              />
            ) : (
              <circle cx={cx} cy={cy} r={6} fill={fill} stroke="#1a1a1a" strokeWidth={1} />
            );
          }}
        >
          <LabelList dataKey="label" position="right" fill="#1a1a1a" fontSize={12} />
        </Scatter>
      </ComposedChart>
    </ResponsiveContainer>
  );
}
