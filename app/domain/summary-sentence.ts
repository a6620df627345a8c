/**
 * The plain sentence of a summary line (app/domain/summary.ts), apart from the interval arithmetic
 * so a page's JavaScript can write it without carrying the distributions.
 */
import type { Lang } from './lang';
import { formatNumber } from './number-format';
import type { Verdict } from './intervals';
import type { SummaryLine } from './summary';
import { translate } from '#app/i18n/i18n';
import { intervalsText, type IntervalsKey } from '#app/i18n/intervals';

const DIGITS = (unit: SummaryLine['unit']) => (unit === 'per100' ? 2 : 1);

/** The size of a change in words: "4,8 per 10.000 minder", "3,2 procentpunt hoger"; null: none at the shown precision. */
export function changeWords(difference: number, unit: SummaryLine['unit'], lang: Lang): string | null {
  const t = (key: IntervalsKey, params?: Record<string, string>) =>
    translate(intervalsText, lang, key, params);
  const n = formatNumber(Math.abs(difference), lang, DIGITS(unit));
  if (Number(n.replace(/[^0-9]/g, '')) === 0) return null;
  const up = difference > 0;
  if (unit === 'rate') return t(up ? 'changeRateMore' : 'changeRateLess', { n });
  if (unit === 'percent') return t(up ? 'changePointsHigher' : 'changePointsLower', { n });
  return t(up ? 'changeHigher' : 'changeLower', { n });
}

const VERDICT_KEY: Record<Verdict, IntervalsKey> = {
  increase: 'verdictIncrease',
  decrease: 'verdictDecrease',
  'within-chance': 'verdictWithin',
  'not-computable': 'verdictNoInterval',
};

/**
 * The plain sentence of a summary line: the change since the baseline, and a claim only where its
 * interval excludes no change ("… binnen toevalsvariatie" otherwise). A hidden or unknown figure
 * says so and compares nothing.
 */
export function summarySentence(line: Omit<SummaryLine, 'baselineLeftOut'>, lang: Lang): string {
  const t = (key: IntervalsKey, params?: Record<string, string>) =>
    translate(intervalsText, lang, key, params);
  const label = line.label[lang];
  if (line.hidden) return t('sentenceHidden', { label });
  if (line.value === null) return t('sentenceUnknown', { label });
  if (line.baseline.difference === null) return t('sentenceNoBaseline', { label });
  const words = changeWords(line.baseline.difference, line.unit, lang);
  const verdict = t(VERDICT_KEY[line.baseline.verdict]);
  let sentence =
    words === null
      ? t('sentenceSame', { label, verdict })
      : t('sentenceChange', { label, change: words, verdict });
  const c = line.comparison?.corrected;
  if (c && (line.baseline.verdict === 'increase' || line.baseline.verdict === 'decrease')) {
    const reference = line.comparison!.label;
    sentence += t(c.verdict === line.baseline.verdict ? 'correctedHolds' : 'correctedWithin', { reference });
  }
  return sentence;
}
