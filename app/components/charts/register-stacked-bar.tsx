import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface StackedSeries {
  key: string;
  label: string;
  colour: string;
}

export interface StackedRow {
  key: string;
  label: string;
  /** count per series key */
  values: Record<string, number>;
  total: number;
}

/**
 * A horizontal stacked bar chart of counts with its caption and a table holding exactly the same
 * numbers. It only draws what it is given: the counting happens in the domain. The chart area has
 * a fixed height so the page does not jump when recharts draws after hydration.
 */
export function RegisterStackedBar({
  id,
  title,
  caption,
  rowHeader,
  totalLabel,
  series,
  rows,
  totals,
}: {
  id: string;
  title: string;
  caption: string;
  rowHeader: string;
  totalLabel: string;
  series: StackedSeries[];
  rows: StackedRow[];
  totals: { values: Record<string, number>; total: number };
}) {
  const height = Math.max(200, rows.length * 36 + 90);
  const data = rows.map((r) => ({ name: r.label, ...r.values }));
  return (
    <figure className="chart register-chart" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <figcaption className="chart-caption">{caption}</figcaption>
      <div className="chart-area" style={{ height }} aria-hidden="true">
        <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 720, height }}>
          <BarChart
            accessibilityLayer={false}
            data={data}
            layout="vertical"
            margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="name" width={220} />
            <Tooltip />
            <Legend />
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
      </div>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-title`}>
        <table className="table chart-table" id={`${id}-table`}>
          <thead>
            <tr>
              <th scope="col">{rowHeader}</th>
              {series.map((s) => (
                <th scope="col" className="num" key={s.key}>
                  {s.label}
                </th>
              ))}
              <th scope="col" className="num">
                {totalLabel}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                {series.map((s) => (
                  <td className="num" key={s.key}>
                    {r.values[s.key] ?? 0}
                  </td>
                ))}
                <td className="num">{r.total}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{totalLabel}</th>
              {series.map((s) => (
                <td className="num" key={s.key}>
                  {totals.values[s.key] ?? 0}
                </td>
              ))}
              <td className="num">{totals.total}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </figure>
  );
}
