/**
 * What a manager needs to judge a submitted month at a glance: the warnings with the coordinator's
 * explanations, the fields left empty (unknown), and the largest changes against last month and
 * the same month last year. Pure.
 */
import { DATA_ELEMENTS } from './catalogue';
import { evaluateWarnings } from './report-warnings';
import type { RuleViolation } from './rules';

type Values = Readonly<Record<string, number | null | undefined>>;

export interface ReviewChange {
  elementCode: string;
  value: number;
  previous: number | null;
  lastYear: number | null;
  /** relative change against last month (0.25 = +25 %); null when last month is unknown or 0 */
  change: number | null;
}

export interface ReviewSummary {
  warnings: (RuleViolation & { explanation: string | null })[];
  empty: string[];
  changes: ReviewChange[];
}

const known = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

export function summarizeForReview(input: {
  values: Values;
  previous: Values;
  lastYear: Values;
  history: Readonly<Record<string, readonly (number | null)[]>>;
  explanations: readonly { ruleCode: string | null; elementCode: string | null; body: string }[];
  /** how many changes to list */
  top?: number;
}): ReviewSummary {
  const warnings = evaluateWarnings(input.values, input.history).map((w) => ({
    ...w,
    explanation:
      [...input.explanations]
        .reverse()
        .find((e) => e.ruleCode === w.ruleCode && e.elementCode === w.elementCode)?.body ?? null,
  }));
  const empty = DATA_ELEMENTS.filter((e) => !known(input.values[e.code])).map((e) => e.code);
  const changes: ReviewChange[] = [];
  for (const e of DATA_ELEMENTS) {
    const value = input.values[e.code];
    if (!known(value)) continue;
    const previous = known(input.previous[e.code]) ? (input.previous[e.code] as number) : null;
    const lastYear = known(input.lastYear[e.code]) ? (input.lastYear[e.code] as number) : null;
    const change = previous !== null && previous !== 0 ? (value - previous) / Math.abs(previous) : null;
    if (change !== null && change !== 0)
      changes.push({ elementCode: e.code, value, previous, lastYear, change });
  }
  changes.sort(
    (a, b) => Math.abs(b.change!) - Math.abs(a.change!) || a.elementCode.localeCompare(b.elementCode),
  );
  return { warnings, empty, changes: changes.slice(0, input.top ?? 5) };
}
