import { Link } from '@remix-run/react';
import { formatPeriodLabel } from '#app/utils/format';
import { DataTable } from '#app/components/data-table';
import { num } from '#app/components/table-head';
import { PrincipleTrend } from '#app/components/dashboard/principle-trend';
import { formatDifference, formatValue } from '#app/components/charts/chart-format';
import { useFigureText } from '#app/components/dashboard/figures';
import { INDICATORS, type IndicatorUnit } from '#app/domain/indicators';
import { INDICATOR_GROUPS, PRINCIPLES } from '#app/domain/principles';
import type { ScoreRow } from '#app/domain/scorecard';
import type { Coverage } from '#app/domain/baseline-coverage';
import { dashboards } from '#app/i18n/dashboards';
import { useLang, useT } from '#app/i18n/use-t';
import { regionsText } from '#app/i18n/regions';
import { outcomesText } from '#app/i18n/outcomes';
import { changeAgainst } from '#app/domain/population';
import { spcText } from '#app/i18n/spc';
import { VariationCell, type LatestVariation } from '#app/components/spc/variation-table-cell';

/** The region's principle scores over time, and every indicator with its trend, target and score. */
export function RegionIndicators({
  regionName,
  quarters,
  cards,
  baseline,
  baselineEdit,
  variation,
}: {
  regionName: string;
  quarters: string[];
  cards: ScoreRow[];
  /** the region's baseline months and its figures over them */
  baseline: {
    from: string;
    to: string;
    card: ScoreRow;
    shown: boolean;
    /** per indicator the months of the baseline it uses (null: a register indicator) */
    coverage: Record<string, Coverage | null>;
    /** per indicator the reference series its baseline is filled from (null: from the months) */
    reference: Record<string, { label: string; source: string } | null>;
  };
  /** where a manager changes the baseline (null for others) */
  baselineEdit: string | null;
  /** per indicator the variation of its latest month (null: not shown to this viewer) */
  variation: Record<string, LatestVariation> | null;
}) {
  const ts = useT(spcText);
  const tr = useT(regionsText);
  const to = useT(outcomesText);
  const t = useT(dashboards);
  const lang = useLang();
  const f = useFigureText();
  const last = cards[cards.length - 1];
  const label = (code: string) => PRINCIPLES.find((p) => p.code === code)!.label[lang];
  // value − reference, in the indicator's own unit (percentage points for a share)
  const diff = (value: number | null, reference: number | null, unit: IndicatorUnit) =>
    formatDifference(changeAgainst(value, reference).difference, unit, lang);
  return (
    <>
      <p className="hint">
        {to('baselineOfRegion', { from: baseline.from, to: baseline.to })}{' '}
        {baseline.shown ? null : <>{to('baselineNotWholeQuarters')} </>}
        {baselineEdit ? <Link to={baselineEdit}>{tr('baselineEditLink')}</Link> : null}
      </p>
      <PrincipleTrend
        caption={t('regionTrendCaption', { region: regionName })}
        fileName={`principes-${regionName}`}
        tableId="region-trend-table"
        height={300}
        rows={cards}
      />
      {INDICATOR_GROUPS.map((g) => (
        <section key={g} aria-labelledby={`group-${g}`}>
          <h2 id={`group-${g}`}>{g === 'workforce' ? t('workforce') : label(g)}</h2>
          <DataTable
            labelledBy={`group-${g}`}
            id={`region-indicators-${g}`}
            caption={
              g === 'workforce'
                ? t('workforceCaption', { region: regionName, period: last.bucket })
                : t('regionIndicatorsCaption', { region: regionName })
            }
            columns={[
              t('indicator'),
              ...quarters.map((q) => num(formatPeriodLabel(q, lang))),
              num(t('target')),
              num(t('floor')),
              num(t('score')),
              num(t('trend')),
              num(to('colChangePrevious')),
              num(
                <>
                  {to('colBaselineValue')} {baseline.from}–{baseline.to}
                </>,
              ),
              num(to('colChangeBaseline')),
              ...(variation ? [ts('spcRegionColumn')] : []),
            ]}
          >
            {INDICATORS.filter((i) => i.group === g).map((ind) => {
              const now = last.indicators[ind.code];
              const before = cards[cards.length - 2]?.indicators[ind.code];
              return (
                <tr key={ind.code}>
                  <th scope="row">
                    <Link to={`/indicatoren/${ind.code}?period=${last.bucket}`}>{ind.label[lang]}</Link>
                  </th>
                  {cards.map((c) => (
                    <td className="num" key={c.bucket}>
                      {f.value(ind, c.indicators[ind.code])}
                    </td>
                  ))}
                  <td className="num">{formatValue(now.target, ind.unit, lang)}</td>
                  <td className="num">{formatValue(now.floor, ind.unit, lang)}</td>
                  <td className="num">{f.score(now.score)}</td>
                  <td className="num">{f.change(now.score, before?.score ?? null) ?? t('none')}</td>
                  <td className="num">{diff(now.value, before?.value ?? null, ind.unit)}</td>
                  <td className="num">
                    <BaselineValue
                      text={f.value(ind, baseline.card.indicators[ind.code])}
                      known={baseline.card.indicators[ind.code]?.value !== null}
                      coverage={baseline.coverage[ind.code] ?? null}
                      reference={baseline.reference[ind.code] ?? null}
                    />
                  </td>
                  <td className="num">
                    {diff(now.value, baseline.card.indicators[ind.code]?.value ?? null, ind.unit)}
                  </td>
                  {variation ? <VariationCell latest={variation[ind.code]} /> : null}
                </tr>
              );
            })}
          </DataTable>
        </section>
      ))}
    </>
  );
}

/** A baseline value with the months it uses when not all are known, or why it is unknown. */
function BaselineValue({
  text,
  known,
  coverage,
  reference,
}: {
  text: string;
  known: boolean;
  coverage: Coverage | null;
  reference: { label: string; source: string } | null;
}) {
  const to = useT(outcomesText);
  if (reference)
    return (
      <>
        {text} <span className="cell-note">{to('baselineFromReference', reference)}</span>
      </>
    );
  if (!known && coverage && coverage.known < coverage.minimum)
    return <>{to('baselineTooFew', { ...coverage })}</>;
  return (
    <>
      {text}
      {known && coverage && coverage.known < coverage.total ? (
        <span className="cell-note">
          {' '}
          ({to('baselineMonthsKnown', { known: coverage.known, total: coverage.total })})
        </span>
      ) : null}
    </>
  );
}
