import { ChartFrame, type LegendItem } from '#app/components/charts/chart-frame';
import { ControlChart } from '#app/components/charts/lazy';
import { VARIATION_STYLE } from '#app/components/charts/variation-style';
import { DataTable } from '#app/components/data-table';
import { num } from '#app/components/table-head';
import type { SpcResult, SpcRule } from '#app/domain/spc';
import { spcText, type SpcKey } from '#app/i18n/spc';
import { useLang, useT } from '#app/i18n/use-t';
import { formatPeriodLabel } from '#app/utils/format';
import { VariationIcon } from './variation-icon';

const RULE_KEY: Record<SpcRule, SpcKey> = {
  outside: 'ruleOutside',
  shift: 'ruleShift',
  trend: 'ruleTrend',
  twoOfThree: 'ruleTwoOfThree',
};
const CHART_KEY: Record<SpcResult['kind'], SpcKey> = { xmr: 'chartXmr', p: 'chartP', u: 'chartU' };

/** A control chart with its table (the same numbers, the signals and the variation per month). */
export function ControlChartPanel({
  id,
  what,
  where,
  spc,
  format,
  method,
}: {
  id: string;
  what: string;
  where: string;
  spc: SpcResult;
  format: (v: number | null) => string;
  method: string;
}) {
  const t = useT(spcText);
  const lang = useLang();
  const first = spc.points[0]?.period ?? '';
  const last = spc.points[spc.points.length - 1]?.period ?? '';
  const legend: LegendItem[] = [
    { label: t('colCentre'), colour: '#1a1a1a', kind: 'line' },
    { label: `${t('colLower')} / ${t('colUpper')}`, colour: '#1a1a1a', kind: 'line', dash: '6 3' },
    { label: t('variationCommon'), colour: VARIATION_STYLE.common.colour, kind: 'box' },
    { label: t('variationImproving'), colour: VARIATION_STYLE.improving.colour, kind: 'box' },
    { label: t('variationConcerning'), colour: VARIATION_STYLE.concerning.colour, kind: 'box' },
    ...(spc.points.some((p) => p.variation === 'neither')
      ? [{ label: t('variationNeither'), colour: VARIATION_STYLE.neither.colour, kind: 'box' as const }]
      : []),
  ];
  const phases = spc.phases.slice(1).map((p) => ({ period: p, label: t('spcPhase', { month: p }) }));
  const caption = t('spcCaption', { what, region: where, chart: t(CHART_KEY[spc.kind]) });
  return (
    <>
      <ChartFrame
        caption={caption}
        height={300}
        fileName={`controlekaart-${id}-${first}-${last}`}
        period={`${formatPeriodLabel(first, lang)} – ${formatPeriodLabel(last, lang)}`}
        legend={legend}
        table={
          <DataTable
            id={`spc-table-${id}`}
            caption={{ id: `spc-${id}-caption`, text: caption }}
            columns={[
              t('colMonth'),
              num(t('colValue')),
              num(t('colCentre')),
              num(t('colLower')),
              num(t('colUpper')),
              t('colRules'),
              t('colVariation'),
            ]}
          >
            {spc.points.map((p) => (
              <tr key={p.period}>
                <th scope="row">
                  {formatPeriodLabel(p.period, lang)} {p.baseline ? `(${t('spcBaselineMonth')})` : null}
                  {phases.some((x) => x.period === p.period)
                    ? ` · ${t('spcPhase', { month: p.period })}`
                    : null}
                </th>
                <td className="num">{format(p.value)}</td>
                <td className="num">{format(p.centre)}</td>
                <td className="num">{format(p.lower)}</td>
                <td className="num">{format(p.upper)}</td>
                <td>{p.rules.map((r) => t(RULE_KEY[r])).join('; ')}</td>
                <td>{p.value === null ? '—' : <VariationIcon variation={p.variation} side={p.side} />}</td>
              </tr>
            ))}
          </DataTable>
        }
      >
        <ControlChart
          points={spc.points.map((p) => ({
            period: p.period,
            value: p.value,
            centre: p.centre,
            lower: p.lower,
            upper: p.upper,
            variation: p.variation,
          }))}
          phaseStarts={phases}
          names={{ value: t('colValue'), centre: t('colCentre'), lower: t('colLower'), upper: t('colUpper') }}
          format={(v) => format(v)}
          height={300}
          label={what}
        />
      </ChartFrame>
      <p className="hint">{method}</p>
    </>
  );
}
