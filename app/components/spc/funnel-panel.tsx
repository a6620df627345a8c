import { ChartFrame, type LegendItem } from '#app/components/charts/chart-frame';
import { FunnelChart } from '#app/components/charts/lazy';
import { formatValue } from '#app/components/charts/chart-format';
import type { RegionInfo } from '#app/components/dashboard/figures';
import { DataTable } from '#app/components/data-table';
import { num } from '#app/components/table-head';
import type { FunnelPosition } from '#app/domain/funnel';
import { formatNumber } from '#app/domain/number-format';
import type { FunnelData } from '#app/domain/funnel';
import { spcText, type SpcKey } from '#app/i18n/spc';
import { useLang, useT } from '#app/i18n/use-t';

const POSITION_KEY: Record<FunnelPosition, SpcKey> = {
  inside: 'posInside',
  above95: 'posAbove95',
  above998: 'posAbove998',
  below95: 'posBelow95',
  below998: 'posBelow998',
};

/**
 * The funnel plot with a table beside it holding the same numbers: each region's value, size, its
 * limits, and where it lies (against the adjusted limits too when there is over-dispersion).
 */
export function FunnelPanel({
  id,
  what,
  period,
  periodLabel,
  regions,
  data,
}: {
  id: string;
  what: string;
  period: string;
  periodLabel: string;
  regions: readonly RegionInfo[];
  data: FunnelData;
}) {
  const t = useT(spcText);
  const lang = useLang();
  const fmt = (v: number) => formatValue(v, data.unit, lang);
  const fmtSize = (v: number) => formatNumber(v, lang, 0);
  const nameOf = (rid: number) => regions.find((r) => r.id === rid)?.name ?? String(rid);
  const colourOf = (rid: number) => regions.find((r) => r.id === rid)?.colour ?? '#444';
  const f = data.funnel;
  const notes = (
    <>
      {data.hidden.length ? (
        <p className="hint">{t('funnelHidden', { list: data.hidden.map(nameOf).join(', ') })}</p>
      ) : null}
      {data.unknown.length ? (
        <p className="hint">{t('funnelUnknown', { list: data.unknown.map(nameOf).join(', ') })}</p>
      ) : null}
    </>
  );
  if (!f)
    return (
      <>
        <p className="notice">{t('funnelNone')}</p>
        {notes}
      </>
    );
  const judged = (p: (typeof f.points)[number]) => (f.overdispersed ? p.adjustedPosition : p.position);
  const outside = f.points.filter((p) => judged(p) !== 'inside');
  const df = f.points.length - 1;
  const legend: LegendItem[] = [
    { label: t('funnelCentre', { value: fmt(f.centre) }), colour: '#1a1a1a', kind: 'line' },
    { label: t('funnel95'), colour: '#1a1a1a', kind: 'line', dash: '6 3' },
    { label: t('funnel998'), colour: '#1a1a1a', kind: 'line' },
    ...(f.overdispersed
      ? ([
          { label: t('funnelAdjusted95'), colour: '#8a4b00', kind: 'line', dash: '2 3' },
          { label: t('funnelAdjusted998'), colour: '#8a4b00', kind: 'line', dash: '10 4' },
        ] as const)
      : []),
    ...f.points.map((p) => ({ label: nameOf(p.id), colour: colourOf(p.id), kind: 'box' as const })),
  ];
  const limits = (lo: number, hi: number) => `${fmt(lo)} – ${fmt(hi)}`;
  const caption = t('funnelCaption', { what, period: periodLabel });
  const sizeLabel = data.kind === 'rate' ? t('funnelSizeRate') : t('funnelSizeShare');
  return (
    <section aria-label={caption} className="funnel-panel">
      <ChartFrame
        caption={caption}
        height={340}
        fileName={`trechter-${id}-${period}`}
        period={periodLabel}
        legend={legend}
        table={
          <DataTable
            id={`funnel-table-${id}`}
            caption={{ id: `funnel-${id}-caption`, text: caption }}
            columns={[
              t('colRegion'),
              num(t('colValue')),
              num(sizeLabel),
              num(t('colLimits95')),
              num(t('colLimits998')),
              t('colPosition'),
              ...(f.overdispersed ? [t('colAdjusted')] : []),
            ]}
          >
            {f.points.map((p) => (
              <tr key={p.id} data-region-id={p.id}>
                <th scope="row">{nameOf(p.id)}</th>
                <td className="num">{fmt(p.value)}</td>
                <td className="num">{fmtSize(p.size)}</td>
                <td className="num">{limits(p.limits.lower95, p.limits.upper95)}</td>
                <td className="num">{limits(p.limits.lower998, p.limits.upper998)}</td>
                <td>{t(POSITION_KEY[p.position])}</td>
                {f.overdispersed && p.limits.adjusted ? (
                  <td>
                    {t(POSITION_KEY[p.adjustedPosition])} (
                    {limits(p.limits.adjusted.lower95, p.limits.adjusted.upper95)};{' '}
                    {limits(p.limits.adjusted.lower998, p.limits.adjusted.upper998)})
                  </td>
                ) : null}
              </tr>
            ))}
          </DataTable>
        }
      >
        <FunnelChart
          points={f.points.map((p) => ({
            label: nameOf(p.id),
            size: p.size,
            value: p.value,
            colour: colourOf(p.id),
            outside: judged(p) !== 'inside',
          }))}
          curve={f.curve.map((c) => ({
            size: c.size,
            lower95: c.lower95,
            upper95: c.upper95,
            lower998: c.lower998,
            upper998: c.upper998,
            adjLower95: c.adjusted?.lower95,
            adjUpper95: c.adjusted?.upper95,
            adjLower998: c.adjusted?.lower998,
            adjUpper998: c.adjusted?.upper998,
          }))}
          centre={f.centre}
          centreLabel={t('funnelCentre', { value: fmt(f.centre) })}
          adjusted={f.overdispersed}
          format={fmt}
          formatSize={fmtSize}
          sizeLabel={sizeLabel}
          height={340}
          label={caption}
        />
      </ChartFrame>
      <p className="funnel-summary">
        {outside.length
          ? t('funnelOutsideSummary', {
              list: outside.map((p) => `${nameOf(p.id)} (${t(POSITION_KEY[judged(p)])})`).join(', '),
            })
          : t('funnelOutsideNone')}
      </p>
      <p className="hint">
        {t(f.overdispersed ? 'funnelOverdispersed' : 'funnelNotOverdispersed', {
          phi: formatNumber(f.phi, lang, 2),
          stat: formatNumber(f.phi * f.points.length, lang, 2),
          critical: formatNumber(f.critical, lang, 2),
          df,
          tau: fmt(Math.sqrt(f.tau2) * f.scale),
        })}{' '}
        {t('funnelMethod')}
      </p>
      {notes}
    </section>
  );
}
