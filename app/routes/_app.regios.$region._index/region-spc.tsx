import { Form, Link } from '@remix-run/react';
import { formatValue } from '#app/components/charts/chart-format';
import { ControlChartPanel } from '#app/components/spc/control-chart-panel';
import { getIndicator, INDICATORS } from '#app/domain/indicators';
import { getRateOutcome, RATE_OUTCOMES } from '#app/domain/outcomes';
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
  if (!spc)
    return (
      <section aria-labelledby="spc-title">
        <h2 id="spc-title">{t('spcTitle')}</h2>
        <p className="hint">{t('spcNotForReviewers')}</p>
      </section>
    );
  // an indicator, or an outcome rate per 10,000 children (a u-chart of the month's count over its child-years)
  const indicator = getIndicator(spc.code);
  const rate = indicator ? undefined : getRateOutcome(spc.code);
  const what = indicator?.label[lang] ?? rate?.label[lang] ?? spc.code;
  return (
    <section aria-labelledby="spc-title">
      <h2 id="spc-title">{t('spcTitle')}</h2>
      <Form method="get" className="period-form no-print">
        <input type="hidden" name="period" value={period} />
        <div className="field">
          <label htmlFor="spc-indicator">{t('spcChooseIndicator')}</label>
          <select id="spc-indicator" name="spc" defaultValue={spc.code}>
            <optgroup label={t('spcIndicators')}>
              {INDICATORS.filter((i) => i.formula.kind !== 'register').map((i) => (
                <option key={i.code} value={i.code}>
                  {i.label[lang]}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('spcOutcomeRates')}>
              {RATE_OUTCOMES.map((o) => (
                <option key={o.code} value={o.code}>
                  {o.label[lang]}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        <button type="submit" className="button">
          {t('spcShow')}
        </button>
      </Form>
      <ControlChartPanel
        id={`${region.slug}-${spc.code}`}
        what={rate ? t('spcRateWhat', { label: what }) : what}
        where={region.name}
        spc={spc.result}
        format={(v) => formatValue(v, indicator?.unit ?? 'number', lang)}
        method={t('spcMethod', baseline)}
      />
      {recalc && indicator ? (
        <p>
          <Link to={`/indicatoren/${spc.code}/grenzen`}>{t('recalcLink')}</Link>
        </p>
      ) : null}
    </section>
  );
}
