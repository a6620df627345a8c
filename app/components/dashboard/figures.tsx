import type { IndicatorFigure, ProgressIndicator } from '#app/domain/scorecard';
import type { PrincipleScore } from '#app/domain/scoring';
import { scoreChange } from '#app/domain/score-change';
import type { Indicator } from '#app/domain/indicators';
import { missingReason, type MissingReason } from '#app/domain/disclosure';
import { formatCount, formatValue, formatWithInterval } from '#app/components/charts/chart-format';
import { dashboardCore } from '#app/i18n/dashboard-core';
import { useLang, useT } from '#app/i18n/use-t';

/** A region as the dashboards pass it to the browser: its colour follows the region order. */
export interface RegionInfo {
  id: number;
  slug: string;
  name: string;
  colour: string;
  pattern: number;
}

export function ProvisionalBadge() {
  const t = useT(dashboardCore);
  return <span className="badge badge-provisional">{t('provisional')}</span>;
}

/** The text of a cell without a value: hidden ("verborgen (kleine noemer)") is never shown as unknown. */
export function useMissingText() {
  const t = useT(dashboardCore);
  return (reason: MissingReason) =>
    reason === 'hidden' ? t('hiddenValue') : reason === 'partial' ? t('unknownPartial') : t('unknownValue');
}

/** An indicator value as text: the number, "verborgen" when suppressed, or "onbekend" when unknown. */
export function useFigureText() {
  const lang = useLang();
  const t = useT(dashboardCore);
  const missing = useMissingText();
  const changeText = (d: number | null) =>
    d === null
      ? null
      : d === 0
        ? t('changeSame')
        : d > 0
          ? t('changeUp', { n: d })
          : t('changeDown', { n: d });
  return {
    value: (ind: Indicator, f: IndicatorFigure | undefined) => {
      const reason = missingReason(f);
      return reason ? missing(reason) : formatValue(f!.value, ind.unit, lang);
    },
    /** the value with its 95 % interval where it has one: "73,1 % (71,0–75,1)" */
    ranged: (ind: Indicator, f: ProgressIndicator | undefined) => {
      const reason = missingReason(f);
      return reason ? missing(reason) : formatWithInterval(f!.value, f!.interval, ind.unit, lang);
    },
    score: (s: number | null) => formatValue(s, 'score100', lang),
    count: (c: number | string | null) => formatCount(c, lang),
    principle: (p: Pick<PrincipleScore, 'score' | 'sufficient'>) =>
      p.sufficient ? formatValue(p.score, 'score100', lang) : t('insufficient'),
    change: (now: number | null, before: number | null) => changeText(scoreChange(now, before)),
    /** a change in whole points already computed (scoreChange), as text; null when unknown */
    changeText,
  };
}

/** Beside a reviewer's principle score: how many of its indicators are hidden and left out. */
export function PrincipleHiddenNote({ p }: { p: Pick<PrincipleScore, 'hiddenIndicators'> }) {
  const t = useT(dashboardCore);
  const n = p.hiddenIndicators ?? 0;
  if (n === 0) return null;
  return (
    <span className="hint principle-hidden">
      {' '}
      ({n === 1 ? t('principleHiddenOne') : t('principleHiddenMany', { n })})
    </span>
  );
}

export function SuppressionNote({
  thresholds,
}: {
  thresholds: { smallCount: number; smallDenominator: number } | null;
}) {
  const t = useT(dashboardCore);
  if (!thresholds) return null;
  return (
    <p className="notice">
      {t('suppressionNote', {
        count: thresholds.smallCount - 1,
        smallCount: thresholds.smallCount,
        den: thresholds.smallDenominator,
      })}
    </p>
  );
}
