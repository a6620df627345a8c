import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/**
 * One bar per region in the region's own colour (regionStyle), with the caption; the numbers are
 * in the table the caller renders beside it. Draws only what it is given.
 */
export function RegisterRegionBar({
  id,
  caption,
  valueLabel,
  bars,
}: {
  id: string;
  caption: string;
  valueLabel: string;
  bars: { key: string; label: string; value: number; colour: string }[];
}) {
  const height = 260;
  return (
    <figure className="chart register-chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="chart-caption">
        {caption}
      </figcaption>
      <div className="chart-area" style={{ height }} aria-hidden="true">
        <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 720, height }}>
          <BarChart accessibilityLayer={false} data={bars} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" interval={0} tick={{ fontSize: 12 }} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Bar dataKey="value" name={valueLabel} isAnimationActive={false}>
              {bars.map((b) => (
                <Cell key={b.key} fill={b.colour} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
