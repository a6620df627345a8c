import type { ReferenceMeta } from '#app/domain/reference';
import { Link } from '@remix-run/react';
import { formatDate, formatPeriodLabel, formatUnit } from '#app/utils/format';
import { getIndicator } from '#app/domain/indicators';
import { getRateOutcome } from '#app/domain/outcomes';
import { references as dict } from '#app/i18n/references';
import { useLang, useT } from '#app/i18n/use-t';
import { TableHead } from '#app/components/table-head';

/** A series as the loader gives it: its description (domain ReferenceMeta), whether it is illustrative, its values. */
interface Series extends Omit<ReferenceMeta, 'unit'> {
  unit: string;
  illustrative: boolean;
  values: { period: string; value: number | null }[];
}

/** Every reference series with where it comes from, and its periods. */
export function ReferenceList({ series }: { series: Series[] }) {
  const t = useT(dict);
  const lang = useLang();
  if (series.length === 0) return <p>{t('none')}</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('title')}>
      <table className="table" id="reference-series-table">
        <TableHead
          columns={[
            t('colSeries'),
            t('colIndicator'),
            t('colSource'),
            t('colTable'),
            t('colRetrieved'),
            t('colUnit'),
            t('colPeriods'),
          ]}
        />
        <tbody>
          {series.map((s) => {
            const indicator = s.indicatorCode ? getIndicator(s.indicatorCode) : undefined;
            // a series can also be the reference of an outcome rate per 10,000 children
            const rate = s.indicatorCode && !indicator ? getRateOutcome(s.indicatorCode) : undefined;
            const periods = s.values.map((v) => v.period);
            return (
              <tr key={s.code}>
                <th scope="row">
                  {s.label} <span className="hint">({s.code})</span>
                  {s.illustrative ? (
                    <>
                      {' '}
                      <strong className="badge">{t('illustrative')}</strong>
                    </>
                  ) : null}
                </th>
                <td>
                  {indicator ? (
                    <Link to={`/indicatoren/${indicator.code}`}>{indicator.label[lang]}</Link>
                  ) : rate ? (
                    rate.label[lang]
                  ) : (
                    t('standalone')
                  )}
                </td>
                <td>{s.source}</td>
                <td>{s.sourceTable}</td>
                <td>{formatDate(s.retrievedOn, lang)}</td>
                <td>{formatUnit(s.unit, lang)}</td>
                <td>
                  {periods.length
                    ? `${formatPeriodLabel(periods[0]!, lang)} – ${formatPeriodLabel(periods[periods.length - 1]!, lang)} (${periods.length})`
                    : '—'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
