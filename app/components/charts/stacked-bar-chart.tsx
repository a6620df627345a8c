import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface StackedSeries {
  key: string;
  label: string;
  colour: string;
}

/** Horizontal bars stacked per series (statuses), in the order given. Draws only what it is given. */
export function StackedBarChart({
  data,
  series,
  height,
}: {
  data: readonly ({ name: string } & Record<string, string | number>)[];
  series: readonly StackedSeries[];
  height: number;
}) {
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 720, height }}>
      <BarChart
        accessibilityLayer={false}
        data={data as ({ name: string } & Record<string, string | number>)[]}
        layout="vertical"
        margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="name" width={220} />
        <Tooltip />
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stackId="a"
            fill={s.colour}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
