/**
 * Small-number suppression for reviewer views and exports: counts 1–4 are shown as "<5" and a value
 * whose denominator (a count) is below 10 is hidden. Thresholds come from the settings table.
 */
export interface SuppressionThresholds {
  /** counts from 1 up to this minus one are shown as "<threshold" (default 5) */
  smallCount: number;
  /** a value with a denominator below this is hidden (default 10) */
  smallDenominator: number;
}

export const DEFAULT_THRESHOLDS: SuppressionThresholds = { smallCount: 5, smallDenominator: 10 };

/** A count as a reviewer may see it: the number, or the string "<5". Zero and unknown stay. */
export type ShownCount = number | string | null;

export function isSmallCount(n: number | null, t: SuppressionThresholds): boolean {
  return n !== null && n > 0 && n < t.smallCount;
}

export function suppressCount(n: number | null, t: SuppressionThresholds): ShownCount {
  return isSmallCount(n, t) ? `<${t.smallCount}` : n;
}

/** true when a ratio's denominator is too small to show the ratio. */
export function isHiddenShare(denominator: number | null, t: SuppressionThresholds): boolean {
  return denominator !== null && denominator < t.smallDenominator;
}

export interface Figure {
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  score: number | null;
}

export interface ShownFigure {
  numerator: ShownCount;
  denominator: ShownCount;
  value: number | null;
  score: number | null;
  /** the value exists but is hidden because its denominator is small */
  hidden: boolean;
}

/**
 * Applies suppression to one figure. `countParts` says which of numerator/denominator are counts
 * (a weighted sum or FTE is not a count and is never shown as "<5"). A value is hidden only when
 * its denominator is a count below the threshold; its score goes with it, since it would reveal it.
 */
export function suppressFigure(
  f: Figure,
  countParts: { numerator: boolean; denominator: boolean },
  t: SuppressionThresholds,
): ShownFigure {
  const hidden = countParts.denominator && f.value !== null && isHiddenShare(f.denominator, t);
  return {
    numerator: countParts.numerator ? suppressCount(f.numerator, t) : f.numerator,
    denominator: countParts.denominator ? suppressCount(f.denominator, t) : f.denominator,
    value: hidden ? null : f.value,
    score: hidden ? null : f.score,
    hidden,
  };
}

/** Exact figures for everyone but reviewers. */
export function exactFigure(f: Figure): ShownFigure {
  return { ...f, hidden: false };
}
