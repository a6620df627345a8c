import { ChartFrame } from '#app/components/charts/chart-frame';
import { TableScroll } from '#app/components/table-scroll';
import { formatPeriodLabel } from '#app/utils/format';
import { formatValue } from '#app/components/charts/chart-format';
import { useLineChartLegend } from '#app/components/charts/legend';
import { TrendLineChart } from '#app/components/charts/lazy';
import { PrincipleHiddenNote, ProvisionalBadge, useFigureText } from '#app/components/dashboard/figures';
import { PRINCIPLE_CODES, PRINCIPLES } from '#app/domain/principles';
import { principleMissing } from '#app/domain/scoring';
import { REGION_PALETTE } from '#app/domain/region-colours';
import type { ScoreRow } from '#app/domain/scorecard';
import { dashboardCore } from '#app/i18n/dashboard-core';
import { useLang, useT } from '#app/i18n/use-t';

/**
 * The four principle scores over periods: a line per principle and the same numbers as a table
 * (region page and progress report). A period with draft figures is marked "voorlopig".
 */
export function PrincipleTrend({
  caption,
  fileName,
  tableId,
  height,
  rows,
}: {
  caption: string;
  fileName: string;
  tableId: string;
  height: number;
  rows: Pick<ScoreRow, 'bucket' | 'provisional' | 'groups'>[];
}) {
  const t = useT(dashboardCore);
  const lang = useLang();
  const f = useFigureText();
  const label = (code: string) => PRINCIPLES.find((p) => p.code === code)!.label[lang];
  const series = PRINCIPLE_CODES.map((p, i) => ({
    key: p,
    label: label(p),
    colour: REGION_PALETTE[i],
    pattern: i % 4,
    values: rows.map((row) => (row.groups[p].sufficient ? row.groups[p].score : null)),
    // a principle kept from a score by hidden indicators is marked on the chart, unknown is a gap
    missing: rows.map((row) => principleMissing(row.groups[p])),
  }));
  const legend = useLineChartLegend(series);
  const period = rows.length
    ? `${formatPeriodLabel(rows[0].bucket, lang)} – ${formatPeriodLabel(rows[rows.length - 1].bucket, lang)}`
    : undefined;
  return (
    <ChartFrame
      caption={caption}
      height={height}
      fileName={fileName}
      legend={legend}
      period={period}
      table={
        // in its own focusable scrolling region: at 390 px its six quarters are wider than the screen
        <TableScroll label={caption}>
          <table className="table" id={tableId}>
            <thead>
              <tr>
                <th scope="col">{t('principle')}</th>
                {rows.map((row) => (
                  <th scope="col" className="num" key={row.bucket}>
                    {formatPeriodLabel(row.bucket, lang)} {row.provisional ? <ProvisionalBadge /> : null}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {PRINCIPLE_CODES.map((p) => (
                <tr key={p}>
                  <th scope="row">{label(p)}</th>
                  {rows.map((row) => (
                    <td className="num" key={row.bucket}>
                      {f.principle(row.groups[p])}
                      <PrincipleHiddenNote p={row.groups[p]} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      }
    >
      <TrendLineChart
        categories={rows.map((row) => row.bucket)}
        series={series}
        format={(v) => formatValue(v, 'score100', lang)}
        height={height}
        label={caption}
      />
    </ChartFrame>
  );
}
