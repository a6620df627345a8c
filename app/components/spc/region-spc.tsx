import { formatValue } from '#app/components/charts/chart-format';
import { SpcSection } from './spc-section';
import { getIndicator, INDICATORS } from '#app/domain/indicators';
import { getRateOutcome, RATE_OUTCOMES } from '#app/domain/outcomes';
import type { SpcResult } from '#app/domain/spc';
import { spcText } from '#app/i18n/spc';
import { useLang, useT } from '#app/i18n/use-t';

/**
 * The control chart of one of a region's indicators or outcome rates per month, chosen in a GET
 * form: on the region page and in the region's report history (the list of its monthly reports).
 */
export function RegionSpc({
  region,
  keep,
  baseline,
  spc,
  recalc,
}: {
  region: { slug: string; name: string };
  /** the page's other query values, kept when the choice changes */
  keep: Record<string, string>;
  baseline: { from: string; to: string };
  /** null for a viewer who is not shown months (reviewers) */
  spc: { code: string; result: SpcResult } | null;
  recalc: boolean;
}) {
  const t = useT(spcText);
  const lang = useLang();
  // an indicator, or an outcome rate per 10,000 children (a u-chart of the month's count over its child-years)
  const indicator = spc ? getIndicator(spc.code) : undefined;
  const rate = spc && !indicator ? getRateOutcome(spc.code) : undefined;
  const what = spc ? (indicator?.label[lang] ?? rate?.label[lang] ?? spc.code) : '';
  return (
    <SpcSection
      recalcLink={spc && recalc ? `/indicatoren/${spc.code}/grenzen` : null}
      chart={
        spc
          ? {
              choice: {
                id: 'spc-indicator',
                label: t('spcChooseIndicator'),
                value: spc.code,
                options: [
                  {
                    group: t('spcIndicators'),
                    options: INDICATORS.filter((i) => i.formula.kind !== 'register').map((i) => ({
                      value: i.code,
                      label: i.label[lang],
                    })),
                  },
                  {
                    group: t('spcOutcomeRates'),
                    options: RATE_OUTCOMES.map((o) => ({ value: o.code, label: o.label[lang] })),
                  },
                ],
                keep,
              },
              panel: {
                id: `${region.slug}-${spc.code}`,
                what: rate ? t('spcRateWhat', { label: what }) : what,
                where: region.name,
                spc: spc.result,
                format: (v) => formatValue(v, indicator?.unit ?? 'number', lang),
                method: t('spcMethod', baseline),
              },
            }
          : null
      }
    />
  );
}
