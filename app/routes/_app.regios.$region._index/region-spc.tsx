import { formatValue } from '#app/components/charts/chart-format';
import { SpcSection } from '#app/components/spc/spc-section';
import { getIndicator, INDICATORS } from '#app/domain/indicators';
import type { SpcResult } from '#app/domain/spc';
import { spcText } from '#app/i18n/spc';
import { useLang, useT } from '#app/i18n/use-t';

/** The control chart of one of the region's indicators per month, chosen in a GET form. */
export function RegionSpc({
  region,
  period,
  baseline,
  spc,
  recalc,
}: {
  region: { slug: string; name: string };
  period: string;
  baseline: { from: string; to: string };
  /** null for a viewer who is not shown months (reviewers) */
  spc: { code: string; result: SpcResult } | null;
  recalc: boolean;
}) {
  const t = useT(spcText);
  const lang = useLang();
  const indicator = spc ? getIndicator(spc.code)! : null;
  return (
    <SpcSection
      recalcLink={spc && recalc ? `/indicatoren/${spc.code}/grenzen` : null}
      chart={
        spc && indicator
          ? {
              choice: {
                id: 'spc-indicator',
                label: t('spcChooseIndicator'),
                value: spc.code,
                options: INDICATORS.filter((i) => i.formula.kind !== 'register').map((i) => ({
                  value: i.code,
                  label: i.label[lang],
                })),
                keep: { period },
              },
              panel: {
                id: `${region.slug}-${spc.code}`,
                what: indicator.label[lang],
                where: region.name,
                spc: spc.result,
                format: (v) => formatValue(v, indicator.unit, lang),
                method: t('spcMethod', baseline),
              },
            }
          : null
      }
    />
  );
}
