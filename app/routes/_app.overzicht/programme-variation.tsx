import { Link } from '@remix-run/react';
import { TableScroll } from '#app/components/table-scroll';
import { VariationCell, type LatestVariation } from '#app/components/spc/variation-table-cell';
import { spcText } from '#app/i18n/spc';
import { useLang, useT } from '#app/i18n/use-t';
import { bucketRange } from '#app/domain/aggregation';
import { formatPeriodLabel } from '#app/utils/format';

/**
 * Per indicator Making Data Count's variation icon for the programme's latest month. Not `whole`
 * (national scale): the indicators with special cause variation, how many others there are and a
 * link to the whole table (`?variatie=alle`); each indicator's control chart is on its own page.
 */
export function ProgrammeVariation({
  period,
  variation,
  count,
  whole,
  search,
}: {
  period: string;
  /** null for a viewer who is not shown months (reviewers) */
  variation: { code: string; label: { nl: string; en: string }; latest: LatestVariation }[] | null;
  /** the number of indicators with a control chart */
  count: number;
  whole: boolean;
  /** the page's query, kept in the link to the whole table */
  search: string;
}) {
  const t = useT(spcText);
  const lang = useLang();
  const month = formatPeriodLabel(bucketRange(period).to, lang);
  const showAll = new URLSearchParams(search);
  showAll.set('variatie', 'alle');
  return (
    <section aria-labelledby="programme-variation">
      <h2 id="programme-variation">{t('spcOverviewTitle')}</h2>
      {!variation ? (
        <p className="hint">{t('spcNotForReviewers')}</p>
      ) : variation.length === 0 ? (
        <p>{t('spcOverviewNoSpecial', { month })}</p>
      ) : (
        <TableScroll labelledBy="programme-variation">
          <table className="table" id="programme-variation-table">
            <caption>
              {whole ? t('spcOverviewCaption', { month }) : t('spcOverviewSpecialCaption', { month })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('colIndicator')}</th>
                <th scope="col">{t('colVariation')}</th>
              </tr>
            </thead>
            <tbody>
              {variation.map((i) => (
                <tr key={i.code}>
                  <th scope="row">
                    <Link to={`/indicatoren/${i.code}?period=${period}`}>{i.label[lang]}</Link>
                  </th>
                  <VariationCell latest={i.latest} />
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {variation && !whole ? (
        <>
          <p className="hint">{t('spcOverviewOthers', { n: count - variation.length, count })}</p>
          <p>
            <a href={`?${showAll}#programme-variation`}>{t('spcOverviewShowAll', { count })}</a>
          </p>
        </>
      ) : null}
    </section>
  );
}
