import { Link } from '@remix-run/react';
import { TableScroll } from '#app/components/table-scroll';
import { VariationCell, type LatestVariation } from '#app/components/spc/variation-table-cell';
import { spcText } from '#app/i18n/spc';
import { useLang, useT } from '#app/i18n/use-t';
import { bucketRange } from '#app/domain/aggregation';
import { formatPeriodLabel } from '#app/utils/format';

/** Per indicator Making Data Count's variation icon for the programme's latest month. */
export function ProgrammeVariation({
  period,
  variation,
}: {
  period: string;
  /** null for a viewer who is not shown months (reviewers) */
  variation: { code: string; label: { nl: string; en: string }; latest: LatestVariation }[] | null;
}) {
  const t = useT(spcText);
  const lang = useLang();
  return (
    <section aria-labelledby="programme-variation">
      <h2 id="programme-variation">{t('spcOverviewTitle')}</h2>
      {variation ? (
        <TableScroll labelledBy="programme-variation">
          <table className="table" id="programme-variation-table">
            <caption>
              {t('spcOverviewCaption', { month: formatPeriodLabel(bucketRange(period).to, lang) })}
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
      ) : (
        <p className="hint">{t('spcNotForReviewers')}</p>
      )}
    </section>
  );
}
