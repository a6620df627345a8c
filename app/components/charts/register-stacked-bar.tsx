import { useT } from '#app/i18n/use-t';
import { charts } from '#app/i18n/charts';
import { ChartFrame } from './chart-frame';
import { boxLegend } from './legend';
import { StackedBarChart, type StackedSeries } from './lazy';

export type { StackedSeries } from './stacked-bar-chart';

export interface StackedRow {
  key: string;
  label: string;
  /** count per series key */
  values: Record<string, number>;
  total: number;
}

/**
 * A horizontal stacked bar chart of counts with its caption, a legend in the series (status) order
 * and a table holding exactly the same numbers. It only draws what it is given: the counting happens
 * in the domain. The chart area has a fixed height so the page does not jump when recharts draws.
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
  const tc = useT(charts);
  const height = Math.max(200, rows.length * 36 + 90);
  const data = rows.map((r) => ({ name: r.label, ...r.values }));
  return (
    <ChartFrame
      heading={title}
      caption={caption}
      height={height}
      fileName={id}
      legend={boxLegend(series)}
      source={tc('sourceRegisters')}
      table={
        <div className="table-scroll" tabIndex={0} role="region" aria-label={title}>
          <table className="table" id={`${id}-table`}>
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
      }
    >
      <StackedBarChart data={data} series={series} height={height} />
    </ChartFrame>
  );
}
