import { Form, Link } from '@remix-run/react';
import { formatValue } from '#app/components/charts/chart-format';
import type { RegionInfo } from '#app/components/dashboard/figures';
import { ControlChartPanel } from '#app/components/spc/control-chart-panel';
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
  if (!spc)
    return (
      <section aria-labelledby="spc-title">
        <h2 id="spc-title">{t('spcTitle')}</h2>
        <p className="hint">{t('spcNotForReviewers')}</p>
      </section>
    );
  const where = spc.region ? (regions.find((r) => r.slug === spc.region)?.name ?? spc.region) : td('total');
  return (
    <section aria-labelledby="spc-title">
      <h2 id="spc-title">{t('spcTitle')}</h2>
      <Form method="get" className="period-form no-print">
        <input type="hidden" name="period" value={period} />
        <input type="hidden" name="view" value={view} />
        <div className="field">
          <label htmlFor="spc-region">{t('recalcScope')}</label>
          <select id="spc-region" name="spc" defaultValue={spc.region ?? ''}>
            <option value="">{t('recalcProgramme')}</option>
            {regions.map((r) => (
              <option key={r.slug} value={r.slug}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t('spcShow')}
        </button>
      </Form>
      <ControlChartPanel
        id={`${indicator.code}-${spc.region ?? 'programma'}`}
        what={indicator.label[lang]}
        where={where}
        spc={spc.result}
        format={(v) => formatValue(v, indicator.unit, lang)}
        method={spc.baseline ? t('spcMethod', spc.baseline) : t('spcMethodProgramme')}
      />
      {recalcLink ? (
        <p>
          <Link to={recalcLink}>{t('recalcLink')}</Link>
        </p>
      ) : null}
    </section>
  );
}
