import { Link } from '@remix-run/react';
import { useFigureText, type RegionInfo } from '#app/components/dashboard/figures';
import { TableScroll } from '#app/components/table-scroll';
import type { Indicator } from '#app/domain/indicators';
import type { ProgressRow } from '#app/domain/scorecard';
import { useLang, useT } from '#app/i18n/use-t';
import { dashboards } from '#app/i18n/dashboards';

export interface RegionColumn {
  key: string;
  name: string;
  colour: string;
  row: ProgressRow;
}

/** The scorecard's regions in order, then the programme total: the columns of the progress report. */
export function regionColumns(
  regions: RegionInfo[],
  card: { regions: ProgressRow[]; total: ProgressRow },
  totalName: string,
): RegionColumn[] {
  return [
    ...regions.map((r, i) => ({ key: r.slug, name: r.name, colour: r.colour, row: card.regions[i] })),
    { key: 'total', name: totalName, colour: '#444444', row: card.total },
  ];
}

/** Indicators down, regions (and the total) across, each cell the indicator's value as the viewer may see it. */
export function IndicatorValuesTable({
  id,
  labelledBy,
  caption,
  indicators,
  columns,
  href,
}: {
  id: string;
  labelledBy: string;
  /** a caption of its own (its id is `labelledBy`); without one the table is labelled by the section */
  caption?: string;
  indicators: readonly Indicator[];
  columns: RegionColumn[];
  /** the indicator's page, when the row links to it */
  href?: (code: string) => string;
}) {
  const t = useT(dashboards);
  const lang = useLang();
  const f = useFigureText();
  return (
    <TableScroll labelledBy={labelledBy}>
      <table className="table" id={id}>
        {caption ? <caption id={labelledBy}>{caption}</caption> : null}
        <thead>
          <tr>
            <th scope="col">{t('indicator')}</th>
            {columns.map((c) => (
              <th scope="col" className="num" key={c.key}>
                {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {indicators.map((ind) => (
            <tr key={ind.code}>
              <th scope="row">
                {href ? <Link to={href(ind.code)}>{ind.label[lang]}</Link> : ind.label[lang]}
              </th>
              {columns.map((c) => (
                <td className="num" key={c.key}>
                  {f.ranged(ind, c.row.indicators[ind.code])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
