import { ChartFrame } from '~/components/charts/chart-frame';
import { TrendLineChart } from '~/components/charts/line-chart';
import { formatValue } from '~/components/charts/chart-format';
import { useFigureText } from '~/components/dashboard/figures';
import { PRINCIPLE_CODES, PRINCIPLES } from '~/domain/principles';
import { REGION_PALETTE } from '~/domain/region-colours';
import type { ScoreRow } from '~/domain/scorecard';
import { dashboards } from '~/i18n/dashboards';
import { useLang, useT } from '~/i18n/use-t';

/** The programme's principle scores over the last periods. */
export function ProgressTrend({ buckets, totals }: { buckets: string[]; totals: ScoreRow[] }) {
  const t = useT(dashboards);
  const lang = useLang();
  const f = useFigureText();
  const label = (code: string) => PRINCIPLES.find((p) => p.code === code)!.label[lang];
  const caption = t('progressTrendCaption', { principle: t('principles') });
  return (
    <ChartFrame
      caption={caption}
      height={280}
      fileName="voortgang-trend"
      table={
        <table className="table" id="progress-trend-table">
          <thead>
            <tr>
              <th scope="col">{t('principle')}</th>
              {buckets.map((b) => (
                <th scope="col" className="num" key={b}>
                  {b}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {PRINCIPLE_CODES.map((p) => (
              <tr key={p}>
                <th scope="row">{label(p)}</th>
                {totals.map((row) => (
                  <td className="num" key={row.bucket}>
                    {f.principle(row.groups[p])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <TrendLineChart
        categories={buckets}
        series={PRINCIPLE_CODES.map((p, i) => ({
          key: p,
          label: label(p),
          colour: REGION_PALETTE[i],
          pattern: i % 4,
          values: totals.map((row) => (row.groups[p].sufficient ? row.groups[p].score : null)),
        }))}
        format={(v) => formatValue(v, 'score100', lang)}
        height={280}
        label={caption}
      />
    </ChartFrame>
  );
}
