import { TableScroll } from '#app/components/table-scroll';
import { formatNumber } from '#app/domain/number-format';
import { dashboards } from '#app/i18n/dashboards';
import { useLang, useT } from '#app/i18n/use-t';
import { formatMonth } from '#app/utils/format';
import { TableHead, num } from '#app/components/table-head';
import { cbsRatesText } from '#app/i18n/cbs-rates';
import { usePopulationOrigin, type ShownPopulation } from './population-note';

/** A region's scope in force as the page shows it (null: none recorded yet). */
export interface ShownScope {
  effectiveFrom: string;
  children: number;
  municipalities: readonly string[];
  source?: string;
}

/**
 * What a region's figures count: its municipalities, the children 0–17 there and where that comes
 * from. The rates per 10,000 children are made from exactly this (the admin records it), so the
 * page shows it instead of a free description that could say otherwise.
 */
export function RegionScope({
  scope,
  population,
}: {
  scope: ShownScope | null;
  /** the children the rates use at the period's end: CBS where it covers the scope (issue 24) */
  population?: ShownPopulation | null;
}) {
  const t = useT(dashboards);
  const tr = useT(cbsRatesText);
  const originOf = usePopulationOrigin();
  const lang = useLang();
  if (!scope) return <p className="notice">{t('scopeNone')}</p>;
  return (
    <dl className="definition-list region-scope" aria-label={t('scopeTitle')}>
      <div>
        <dt>{t('scopeMunicipalities', { n: scope.municipalities.length })}</dt>
        <dd>{scope.municipalities.join(', ')}</dd>
      </div>
      <div>
        <dt>{t('scopeChildren')}</dt>
        <dd>
          {t('scopeChildrenSince', {
            n: formatNumber(scope.children, lang, 0),
            month: formatMonth(scope.effectiveFrom, lang),
          })}
        </dd>
      </div>
      <div>
        <dt>{t('scopeSource')}</dt>
        <dd>{scope.source || t('scopeSourceNone')}</dd>
      </div>
      {population ? (
        <div>
          <dt>{tr('scopePopulation')}</dt>
          <dd data-testid="scope-population">
            {population.children === null
              ? originOf(null)
              : tr('scopePopulationValue', {
                  n: formatNumber(population.children, lang, 0),
                  origin: originOf(population.origin),
                  source: population.source ?? '',
                })}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

/** The scope of every region of a report, one row each (the progress report). */
export function ScopeTable({
  regions,
  month,
}: {
  regions: { id: number; name: string; scope: ShownScope | null }[];
  month: string;
}) {
  const t = useT(dashboards);
  const lang = useLang();
  return (
    <section aria-labelledby="scope-table-title">
      <h2 id="scope-table-title">{t('scopeTableTitle')}</h2>
      <p>{t('scopeTableIntro', { month: formatMonth(month, lang) })}</p>
      <TableScroll labelledBy="scope-table-title">
        <table className="table" id="scope-table" aria-labelledby="scope-table-title">
          <TableHead
            columns={[
              t('region'),
              t('scopeMunicipalitiesColumn'),
              num(t('scopeChildren')),
              t('scopeSince'),
              t('scopeSource'),
            ]}
          />
          <tbody>
            {regions.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.name}</th>
                {r.scope ? (
                  <>
                    <td>{r.scope.municipalities.join(', ')}</td>
                    <td className="num">{formatNumber(r.scope.children, lang, 0)}</td>
                    <td>{formatMonth(r.scope.effectiveFrom, lang)}</td>
                    <td>{r.scope.source || t('scopeSourceNone')}</td>
                  </>
                ) : (
                  <td colSpan={4}>{t('scopeNone')}</td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
