import { ChartFrame } from '#app/components/charts/chart-frame';
import { formatPeriodLabel } from '#app/utils/format';
import { RegionBarChart } from '#app/components/charts/lazy';
import { formatValue } from '#app/components/charts/chart-format';
import { PrincipleHiddenNote, useFigureText, type RegionInfo } from '#app/components/dashboard/figures';
import { indicatorsOf } from '#app/domain/indicators';
import { PRINCIPLES, type PrincipleCode } from '#app/domain/principles';
import type { ProgressRow } from '#app/domain/scorecard';
import { dashboards } from '#app/i18n/dashboards';
import { useLang, useT } from '#app/i18n/use-t';
import { IndicatorValuesTable, regionColumns } from './indicator-values-table';
import { TableHead, num } from '#app/components/table-head';
import { INLINE_REGIONS } from '#app/domain/page-weight';

/**
 * One principle: its scores per region as a chart and table, and its indicators per region. With
 * more than INLINE_REGIONS regions the indicators table shows the programme total: each region's
 * values are on the indicator's page the row links to (and the region's page), not 42 columns here.
 */
export function PrincipleSection({
  principle,
  period,
  regions,
  card,
}: {
  principle: PrincipleCode;
  period: string;
  regions: RegionInfo[];
  card: { regions: ProgressRow[]; total: ProgressRow };
}) {
  const t = useT(dashboards);
  const lang = useLang();
  const f = useFigureText();
  const name = PRINCIPLES.find((p) => p.code === principle)!.label[lang];
  const rows = regionColumns(regions, card, t('total'));
  const inline = regions.length <= INLINE_REGIONS;
  const caption = t('progressScoresCaption', { principle: name, period: formatPeriodLabel(period, lang) });
  return (
    <section className="progress-section" aria-labelledby={`p-${principle}`}>
      <h2 id={`p-${principle}`}>{name}</h2>
      <ChartFrame
        caption={caption}
        height={260}
        fileName={`voortgang-${principle}-${period}`}
        period={period}
        table={
          <table className="table" id={`progress-${principle}-table`}>
            <TableHead columns={[t('region'), num(t('score')), num(t('coverage'))]} />
            <tbody>
              {rows.map(({ key, name: n, row }) => (
                <tr key={key}>
                  <th scope="row">{n}</th>
                  <td className="num">
                    {f.principle(row.groups[principle])}
                    <PrincipleHiddenNote p={row.groups[principle]} />
                  </td>
                  <td className="num">
                    {formatValue(row.groups[principle].coverage * 100, 'percent', lang)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      >
        <RegionBarChart
          data={rows.map((r) => ({
            label: r.name,
            value: r.row.groups[principle].sufficient ? r.row.groups[principle].score : null,
            colour: r.colour,
          }))}
          format={(v) => formatValue(v, 'score100', lang)}
          height={260}
          label={caption}
        />
      </ChartFrame>
      <IndicatorValuesTable
        id={`progress-${principle}-indicators`}
        labelledBy={`progress-${principle}-indicators-caption`}
        caption={t('keyIndicators')}
        indicators={indicatorsOf(principle)}
        columns={inline ? rows : rows.filter((r) => r.key === 'total')}
        href={(code) => `/indicatoren/${code}?period=${period}&approved=1`}
      />
      {inline ? null : (
        <p className="hint">{t('indicatorsPerRegionElsewhere', { count: String(regions.length) })}</p>
      )}
    </section>
  );
}
