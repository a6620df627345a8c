/**
 * The plausibility warnings of a month (soft rules plus the outlier rule against the region's own
 * previous 12 months), and which of them still lack an explanation. Pure.
 */
import { DATA_ELEMENTS } from './catalogue';
import { evaluateOutlier, evaluateSoftRules, type RuleViolation, type Values } from './rules';

export function evaluateWarnings(
  values: Values,
  history: Readonly<Record<string, readonly (number | null)[]>>,
): RuleViolation[] {
  const out = evaluateSoftRules(values);
  for (const e of DATA_ELEMENTS) {
    const v = values[e.code];
    const found = evaluateOutlier(e.code, typeof v === 'number' ? v : null, history[e.code] ?? []);
    if (found) out.push(found);
  }
  return out;
}

export interface WarningKey {
  ruleCode: string;
  elementCode: string;
}

export function warningKey(w: WarningKey): string {
  return `${w.ruleCode}|${w.elementCode}`;
}

/** Warnings with neither a new explanation nor one stored earlier. */
export function unexplainedWarnings(
  warnings: readonly RuleViolation[],
  explanations: ReadonlyMap<string, string>,
  stored: readonly WarningKey[],
): RuleViolation[] {
  const have = new Set(stored.map(warningKey));
  return warnings.filter((w) => {
    const k = warningKey(w);
    return !have.has(k) && (explanations.get(k) ?? '').trim() === '';
  });
}
