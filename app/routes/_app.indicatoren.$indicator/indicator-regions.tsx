import { ChartFrame } from '~/components/charts/chart-frame';
import { RegionBarChart } from '~/components/charts/lazy';
import { formatValue } from '~/components/charts/chart-format';
import { ProvisionalBadge, useFigureText, type RegionInfo } from '~/components/dashboard/figures';
import type { Indicator } from '~/domain/indicators';
import type { IndicatorFigure } from '~/domain/scorecard';
import { dashboards } from '~/i18n/dashboards';
import { useLang, useT } from '~/i18n/use-t';

type Row = IndicatorFigure & { provisional: boolean };

/** Numerator, denominator, value and score per region and in total: where every number comes from. */
export function IndicatorRegions({
  indicator,
  period,
  regions,
  rows,
  total,
}: {
  indicator: Indicator;
  period: string;
  regions: RegionInfo[];
  rows: Row[];
  total: Row;
}) {
  const t = useT(dashboards);
  const lang = useLang();
  const f = useFigureText();
  const all = [
    ...regions.map((r, i) => ({ key: r.slug, name: r.name, colour: r.colour, row: rows[i] })),
    { key: 'total', name: t('total'), colour: '#444444', row: total },
  ];
  const label = indicator.label[lang];
  return (
    <ChartFrame
      caption={t('barCaption', { indicator: label, period })}
      height={300}
      fileName={`${indicator.code}-${period}`}
      period={period}
      table={
        <table className="table" id="indicator-table">
          <caption>{t('perRegionCaption', { period })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('region')}</th>
              <th scope="col" className="num">
                {t('numerator')}
              </th>
              <th scope="col" className="num">
                {t('denominator')}
              </th>
              <th scope="col" className="num">
                {t('value')}
              </th>
              <th scope="col" className="num">
                {t('target')}
              </th>
              <th scope="col" className="num">
                {t('floor')}
              </th>
              <th scope="col" className="num">
                {t('score')}
              </th>
            </tr>
          </thead>
          <tbody>
            {all.map(({ key, name, row }) => (
              <tr key={key} data-region={key}>
                <th scope="row">
                  {name} {row.provisional ? <ProvisionalBadge /> : null}
                </th>
                <td className="num">{f.count(row.numerator)}</td>
                <td className="num">{f.count(row.denominator)}</td>
                <td className="num">
                  {f.value(indicator, row)} {row.approximate && row.value !== null ? t('approximate') : null}
                </td>
                <td className="num">{formatValue(row.target, indicator.unit, lang)}</td>
                <td className="num">{formatValue(row.floor, indicator.unit, lang)}</td>
                <td className="num">{f.score(row.score)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <RegionBarChart
        data={all.map((a) => ({ label: a.name, value: a.row.value, colour: a.colour }))}
        target={total.target}
        targetLabel={t('targetLine')}
        format={(v) => formatValue(v, indicator.unit, lang)}
        height={300}
        label={label}
      />
    </ChartFrame>
  );
}
