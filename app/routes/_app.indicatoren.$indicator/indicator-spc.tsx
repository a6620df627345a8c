import { formatValue } from '#app/components/charts/chart-format';
import type { RegionInfo } from '#app/components/dashboard/figures';
import { SpcSection } from '#app/components/spc/spc-section';
import type { Indicator } from '#app/domain/indicators';
import type { SpcResult } from '#app/domain/spc';
import { dashboards } from '#app/i18n/dashboards';
import { spcText } from '#app/i18n/spc';
import { useLang, useT } from '#app/i18n/use-t';

/** The indicator's control chart per month, for the programme or one region, and the link to recalculate. */
export function IndicatorSpc({
  indicator,
  period,
  view,
  regions,
  spc,
  recalcLink,
}: {
  indicator: Indicator;
  period: string;
  view: 'funnel' | 'bars';
  regions: readonly RegionInfo[];
  /** null for a viewer who is not shown months (reviewers) */
  spc: { region: string | null; baseline: { from: string; to: string } | null; result: SpcResult } | null;
  recalcLink: string | null;
}) {
  const t = useT(spcText);
  const td = useT(dashboards);
  const lang = useLang();
  const where = spc
    ? spc.region
      ? (regions.find((r) => r.slug === spc.region)?.name ?? spc.region)
      : td('total')
    : '';
  return (
    <SpcSection
      recalcLink={recalcLink}
      chart={
        spc && {
          choice: {
            id: 'spc-region',
            label: t('recalcScope'),
            value: spc.region ?? '',
            options: [
              { value: '', label: t('recalcProgramme') },
              ...regions.map((r) => ({ value: r.slug, label: r.name })),
            ],
            keep: { period, view },
          },
          panel: {
            id: `${indicator.code}-${spc.region ?? 'programma'}`,
            what: indicator.label[lang],
            where,
            spc: spc.result,
            format: (v) => formatValue(v, indicator.unit, lang),
            method: spc.baseline ? t('spcMethod', spc.baseline) : t('spcMethodProgramme'),
          },
        }
      }
    />
  );
}
