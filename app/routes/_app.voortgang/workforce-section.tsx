import { useFigureText, type RegionInfo } from '~/components/dashboard/figures';
import { TableScroll } from '~/components/table-scroll';
import { indicatorsOf } from '~/domain/indicators';
import type { ScoreRow } from '~/domain/scorecard';
import { dashboards } from '~/i18n/dashboards';
import { narratives as dict } from '~/i18n/narratives';
import { useLang, useT } from '~/i18n/use-t';

/**
 * The workforce is a condition for the way of working, not a principle: its indicators are shown
 * per region as values only, never as a score (and voortgang.csv carries principle scores only).
 */
export function WorkforceSection({
  regions,
  card,
}: {
  regions: RegionInfo[];
  card: { regions: ScoreRow[]; total: ScoreRow };
}) {
  const t = useT(dashboards);
  const tn = useT(dict);
  const lang = useLang();
  const f = useFigureText();
  const rows = [
    ...regions.map((r, i) => ({ key: r.slug, name: r.name, row: card.regions[i] })),
    { key: 'total', name: t('total'), row: card.total },
  ];
  return (
    <section className="progress-section" aria-labelledby="progress-workforce">
      <h2 id="progress-workforce">{tn('workforceTitle')}</h2>
      <p>{tn('workforceIntro')}</p>
      <TableScroll labelledBy="progress-workforce">
        <table className="table" id="progress-workforce-table">
          <thead>
            <tr>
              <th scope="col">{t('indicator')}</th>
              {rows.map((r) => (
                <th scope="col" className="num" key={r.key}>
                  {r.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {indicatorsOf('workforce').map((ind) => (
              <tr key={ind.code}>
                <th scope="row">{ind.label[lang]}</th>
                {rows.map((r) => (
                  <td className="num" key={r.key}>
                    {f.value(ind, r.row.indicators[ind.code])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
