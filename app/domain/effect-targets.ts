/**
 * What an experiment can name as the figures it aims to move: an indicator over data elements (not
 * the registers' own counts: an experiment cannot be its own effect), or an outcome rate per 10,000
 * children (outcomes.ts; the outcome shares are indicators already).
 * Pure: no database, Remix or React.
 */
import type { EffectTarget } from './experiment-effect';
import { getIndicator, INDICATORS } from './indicators';
import type { Lang } from './lang';
import { getRateOutcome, RATE_OUTCOMES } from './outcomes';

export const LINKABLE_TARGET_CODES = [
  ...INDICATORS.filter((i) => i.formula.kind !== 'register').map((i) => i.code),
  ...RATE_OUTCOMES.map((o) => o.code),
] as [string, ...string[]];

export function effectTarget(code: string): EffectTarget | undefined {
  const indicator = getIndicator(code);
  if (indicator)
    return indicator.formula.kind === 'register' ? undefined : { code, kind: 'indicator', indicator };
  const rate = getRateOutcome(code);
  return rate ? { code, kind: 'rate', element: rate.element, label: rate.label } : undefined;
}

/** A target's name (an indicator's or an outcome's label); an unknown code as itself. */
export function targetLabel(code: string, lang: Lang): string {
  const t = effectTarget(code);
  if (!t) return getIndicator(code)?.label[lang] ?? code;
  return t.kind === 'indicator' ? t.indicator.label[lang] : t.label[lang];
}

/** The unit a target's value is shown in: a rate per 10,000 is a number, an indicator its own. */
export function targetUnit(code: string): 'percent' | 'days' | 'number' | 'score' | 'per100' | 'rate' {
  const t = effectTarget(code);
  return !t || t.kind === 'rate' ? 'number' : t.indicator.unit;
}
