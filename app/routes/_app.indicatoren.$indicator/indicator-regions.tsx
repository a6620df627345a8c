import { ChartFrame } from '#app/components/charts/chart-frame';
import { leftOutReasonKey, type LeftOutReason } from '#app/domain/baseline-coverage';
import { formatPeriodLabel } from '#app/utils/format';
import { RegionBarChart } from '#app/components/charts/lazy';
import { formatDifference, formatValue } from '#app/components/charts/chart-format';
import { ProvisionalBadge, useFigureText, type RegionInfo } from '#app/components/dashboard/figures';
import type { Indicator } from '#app/domain/indicators';
import type { IndicatorFigure } from '#app/domain/scorecard';
import { dashboards } from '#app/i18n/dashboards';
import { useLang, useT } from '#app/i18n/use-t';
import { outcomesText } from '#app/i18n/outcomes';
import { TotalCoverage } from '#app/components/dashboard/total-coverage';
import { changeAgainstBaseline } from '#app/domain/baseline';
import type { ExclusionReason } from '#app/domain/outcomes';
import type { IndicatorBaselines } from '#app/models/baseline.server';
import { DataTable } from '#app/components/data-table';
import { num } from '#app/components/table-head';

type Row = IndicatorFigure & { provisional: boolean };

/** Numerator, denominator, value and score per region and in total: where every number comes from. */
export function IndicatorRegions({
  indicator,
  period,
  regions,
  rows,
  total,
  excluded,
  baselines,
  bars = true,
}: {
  indicator: Indicator;
  period: string;
  regions: RegionInfo[];
  rows: Row[];
  total: Row;
  excluded: { regionId: number; reason: ExclusionReason }[];
  baselines: IndicatorBaselines;
  /** draw the bar chart (the funnel plot is the default view: then the table stands alone) */
  bars?: boolean;
}) {
  const t = useT(dashboards);
  const tr = useT(outcomesText);
  const nameOf = (id: number) => regions.find((r) => r.id === id)?.name ?? String(id);
  // value − baseline in the indicator's unit (percentage points for a share)
  const signed = (d: number | null) => formatDifference(d, indicator.unit, lang);
  // the total against its baseline over the same regions (like with like); a region over the
  // months of its baseline it has
  const matched = baselines.matched;
  const baseOf = (i: number | null) =>
    i === null
      ? {
          span: tr('baselinePerRegion'),
          value: matched ? matched.baseline : baselines.total.value,
          hidden: false,
          coverage: null,
          reference: null,
          change: matched ? matched.difference : changeAgainstBaseline(total.value, baselines.total),
        }
      : {
          span: `${baselines.regions[i].from} – ${baselines.regions[i].to}`,
          value: baselines.regions[i].value,
          hidden: baselines.regions[i].hidden,
          coverage: baselines.regions[i].coverage,
          reference: baselines.regions[i].reference,
          change: changeAgainstBaseline(rows[i].value, { value: baselines.regions[i].value }),
        };
  const lang = useLang();
  const f = useFigureText();
  const all = [
    ...regions.map((r, i) => ({
      key: r.slug,
      name: r.name,
      colour: r.colour,
      row: rows[i],
      base: baseOf(i),
    })),
    { key: 'total', name: t('total'), colour: '#444444', row: total, base: baseOf(null) },
  ];
  const label = indicator.label[lang];
  const reason = (r: LeftOutReason) => tr(leftOutReasonKey(r));
  const baseLeftOut = matched
    ? matched.leftOut
        .map(
          (e) =>
            `${nameOf(e.regionId)} (${tr(e.side === 'now' ? 'sideNow' : 'sideBaseline')}: ${reason(e.reason)})`,
        )
        .join(', ')
    : baselines.total.excluded.map((e) => `${nameOf(e.regionId)} (${reason(e.reason)})`).join(', ');
  const table = (
    <DataTable
      id="indicator-table"
      caption={{
        id: 'indicator-table-caption',
        text: t('perRegionCaption', { period: formatPeriodLabel(period, lang) }),
      }}
      columns={[
        t('region'),
        num(t('numerator')),
        num(t('denominator')),
        num(t('value')),
        num(t('target')),
        num(t('floor')),
        num(t('score')),
        tr('colBaselinePeriod'),
        num(tr('colBaselineValue')),
        num(tr('colChangeBaseline')),
      ]}
    >
      {all.map(({ key, name, row, base }) => (
        <tr key={key} data-region={key}>
          <th scope="row">
            {name} {row.provisional ? <ProvisionalBadge /> : null}
          </th>
          <td className="num">{f.count(row.numerator)}</td>
          <td className="num">{f.count(row.denominator)}</td>
          <td className="num">
            {f.ranged(indicator, row)} {row.approximate && row.value !== null ? t('approximate') : null}
          </td>
          <td className="num">{formatValue(row.target, indicator.unit, lang)}</td>
          <td className="num">{formatValue(row.floor, indicator.unit, lang)}</td>
          <td className="num">{f.score(row.score)}</td>
          <td>{base.span}</td>
          <td className="num">
            {base.hidden
              ? tr('hiddenSmall')
              : base.value === null && base.coverage && base.coverage.known < base.coverage.minimum
                ? tr('baselineTooFew', { ...base.coverage })
                : base.value === null
                  ? tr('unknown')
                  : formatValue(base.value, indicator.unit, lang)}
            {base.reference ? (
              <span className="cell-note">
                {' '}
                {tr('baselineFromReference', {
                  label: base.reference.label,
                  source: base.reference.source,
                })}
              </span>
            ) : base.value !== null && base.coverage && base.coverage.known < base.coverage.total ? (
              <span className="cell-note">
                {' '}
                (
                {tr('baselineMonthsKnown', {
                  known: base.coverage.known,
                  total: base.coverage.total,
                })}
                )
              </span>
            ) : null}
          </td>
          <td className="num">{signed(base.change)}</td>
        </tr>
      ))}
    </DataTable>
  );
  return (
    <>
      {bars ? (
        <ChartFrame
          caption={t('barCaption', { indicator: label, period: formatPeriodLabel(period, lang) })}
          height={300}
          fileName={`${indicator.code}-${period}`}
          period={formatPeriodLabel(period, lang)}
          table={table}
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
      ) : (
        table
      )}
      <TotalCoverage excluded={excluded} regionCount={regions.length} nameOf={nameOf} />
      <p className="hint">
        {tr('baselineTotalNote')} {tr('matchedRule')}{' '}
        {baseLeftOut ? tr('baselineLeavesOut', { list: baseLeftOut }) : null} {tr('baselineCoverageRule')}
      </p>
    </>
  );
}
