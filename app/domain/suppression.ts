/**
 * Small-number suppression (AVG): what a viewer may be shown of a set of figures. Every page, JSON
 * endpoint and CSV export passes its figures through `showFigureSet`, the one home of the rule:
 * counts 1–4 are shown as "<5" and a value whose denominator (a count) is below 10 is hidden, with
 * its score. Thresholds come from the settings table. The function sees the whole set a response
 * shows (every region's figures, the programme total and the counts beside them), so rules that
 * look across cells (complementary suppression) belong here too.
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

export interface Figure {
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  score: number | null;
}

/** A figure with which of its parts are counts (a weighted sum or FTE is never shown as "<5"). */
export interface FigureCell extends Figure {
  countParts: { numerator: boolean; denominator: boolean };
  /**
   * A rate over a population (per 10,000 children): its denominator is large, but the count could
   * be recovered from the rate × the published population, so the rate is hidden with a count 1–4.
   */
  rate?: true;
}

export interface ShownFigure {
  numerator: ShownCount;
  denominator: ShownCount;
  value: number | null;
  score: number | null;
  /** the value exists but is hidden because its denominator is small */
  hidden: boolean;
}

/** A plain element value shown beside the figures (case flow, exported values). */
export interface CountCell {
  value: number | null;
  /** false for a value that is not a count of people (days, FTE, a percentage): never suppressed */
  isCount: boolean;
}

/** Everything one response shows, keyed as its caller likes (indicator code, element code). */
export interface FigureSet {
  /** indicator figures per region, in the caller's region order */
  regions: readonly Readonly<Record<string, FigureCell>>[];
  /** the programme total of the same indicators, when shown */
  total: Readonly<Record<string, FigureCell>> | null;
  /** element values shown beside them */
  counts: readonly CountCell[];
}

export interface ShownFigureSet {
  regions: Record<string, ShownFigure>[];
  total: Record<string, ShownFigure> | null;
  counts: ShownCount[];
}

function isSmallCount(n: number | null, t: SuppressionThresholds): boolean {
  return n !== null && n > 0 && n < t.smallCount;
}

function suppressCount(n: number | null, t: SuppressionThresholds): ShownCount {
  return isSmallCount(n, t) ? `<${t.smallCount}` : n;
}

/** A value is hidden only when its denominator is a count below the threshold; its score goes with it. */
function suppressFigure(f: FigureCell, t: SuppressionThresholds): ShownFigure {
  const hidden =
    f.value !== null &&
    (f.rate
      ? isSmallCount(f.numerator, t)
      : f.countParts.denominator && f.denominator !== null && f.denominator < t.smallDenominator);
  return {
    numerator: f.countParts.numerator ? suppressCount(f.numerator, t) : f.numerator,
    denominator: f.countParts.denominator ? suppressCount(f.denominator, t) : f.denominator,
    value: hidden ? null : f.value,
    score: hidden ? null : f.score,
    hidden,
  };
}

function exactFigure(f: FigureCell): ShownFigure {
  return {
    numerator: f.numerator,
    denominator: f.denominator,
    value: f.value,
    score: f.score,
    hidden: false,
  };
}

function mapRecord<A, B>(r: Readonly<Record<string, A>>, fn: (a: A) => B): Record<string, B> {
  const out: Record<string, B> = {};
  for (const [k, v] of Object.entries(r)) out[k] = fn(v);
  return out;
}

/**
 * What may be shown of a figure set: exactly everything when `thresholds` is null (managers,
 * coordinators), otherwise with small numbers suppressed (reviewers, the publication).
 */
export function showFigureSet(set: FigureSet, thresholds: SuppressionThresholds | null): ShownFigureSet {
  const t = thresholds;
  const figure = t ? (f: FigureCell) => suppressFigure(f, t) : exactFigure;
  return {
    regions: set.regions.map((r) => mapRecord(r, figure)),
    total: set.total ? mapRecord(set.total, figure) : null,
    counts: set.counts.map((c) => (t && c.isCount ? suppressCount(c.value, t) : c.value)),
  };
}
