/**
 * Statistical process control on monthly series: which months are special cause variation and
 * which are the ordinary month-to-month noise of the process (common cause).
 *
 * Anchors: NHS England / NHS Improvement, "Making Data Count" (2018) and "Making Data Count:
 * strengthening your decisions" (2019, #plotthedots), and the NHS-R community's implementation of
 * its rules, NHSRplotthedots (R/ptd_calculate_point_type.R, R/ptd_spc_standard.R). Charts after
 * D.C. Montgomery, Introduction to Statistical Quality Control, ch. 6–7.
 *
 * - Chart per kind of measure: XmR (individuals and moving range) for measurements (days, scores,
 *   means, counts per unit that are not events); a p-chart for shares (events of a denominator); a
 *   u-chart for rates (events per exposure). XmR: centre x̄, limits x̄ ± 2.66·mR̄ (σ̂ = mR̄/1.128),
 *   moving ranges above 3.267·mR̄ screened out of mR̄ first as NHSRplotthedots does; p: p̄ = Σy/Σn,
 *   limits p̄ ± 3·√(p̄(1 − p̄)/nᵢ) per month; u: ū = Σy/Σn, limits ū ± 3·√(ū/nᵢ); both widened by
 *   Laney's σz when the months vary more than the model allows (laneyFactor).
 * - Limits from the baseline: the months of the baseline period given (at least MIN_BASELINE_POINTS
 *   with a value), otherwise the first MIN_BASELINE_POINTS months with a value. A recorded
 *   recalculation (a deliberate change, e.g. an experiment's start) starts a new phase from its
 *   month, with limits from that phase's first MIN_BASELINE_POINTS months.
 * - The four rules of Making Data Count, with the run lengths of its guide and of NHSRplotthedots:
 *   1. a point outside the 3σ limits;
 *   2. a run of SHIFT_RUN (7) or more points on one side of the centre line (a point on the line
 *      breaks the run);
 *   3. a run of TREND_RUN (7) or more points each rising or each falling (an equal value breaks it);
 *   4. two of three consecutive points beyond 2σ on the same side of the centre line.
 *   A month without a value breaks every run (no run is made across a gap); runs and windows never
 *   cross a phase boundary.
 * - The variation icon reads the latest month, as Making Data Count's icons do: special cause high
 *   or low, improving or concerning by the indicator's direction (neither when it has none), or
 *   common cause.
 *
 * What it does not prove: a signal says the process changed, not why, and not that a programme
 * caused it; common cause is not "good"; limits from a short baseline are uncertain themselves.
 *
 * Pure: no database, Remix or React.
 */

export type SpcChartKind = 'xmr' | 'p' | 'u';
export type SpcDirection = 'higher' | 'lower' | null;

export const SHIFT_RUN = 7;
export const TREND_RUN = 7;
export const MIN_BASELINE_POINTS = 12;
/** d₂ for moving ranges of two: σ̂ = mR̄ / 1.128, so 3σ̂ = 2.66·mR̄ */
const D2 = 1.128;
/** D₄ for moving ranges of two: the upper limit of the moving range chart */
const D4 = 3.267;

export interface SpcInput {
  period: string;
  /** the measured value (XmR) */
  value?: number | null;
  /** events (p, u) */
  numerator?: number | null;
  /** denominator (p) or exposure (u) */
  denominator?: number | null;
}

export type SpcRule = 'outside' | 'shift' | 'trend' | 'twoOfThree';
export type SpcSide = 'high' | 'low';
export type SpcVariation = 'common' | 'improving' | 'concerning' | 'neither';

export interface SpcPoint {
  period: string;
  /** in the display scale; null for a month without a value */
  value: number | null;
  centre: number | null;
  lower: number | null;
  upper: number | null;
  /** ±2σ, for the two-of-three rule */
  lower2: number | null;
  upper2: number | null;
  phase: number;
  /** in the baseline the phase's limits come from */
  baseline: boolean;
  rules: SpcRule[];
  /** the side of the special cause (of the first rule that fires) */
  side: SpcSide | null;
  variation: SpcVariation | null;
}

export interface SpcResult {
  kind: SpcChartKind;
  points: SpcPoint[];
  /** the phases' first months */
  phases: string[];
  /** the icon: the latest month with a value; null when there are no limits */
  variation: SpcVariation | null;
}

interface Options {
  kind: SpcChartKind;
  /** display scale of p and u (100 for a percentage, 10,000 per 10,000); XmR values are as given */
  scale?: number;
  direction: SpcDirection;
  /** the months limits come from (inclusive), e.g. a region's baseline year */
  baseline?: { from: string; to: string } | null;
  /** months from which limits are recalculated (recorded deliberate changes) */
  recalculations?: readonly string[];
}

function rawValue(kind: SpcChartKind, p: SpcInput): number | null {
  if (kind === 'xmr') return typeof p.value === 'number' && Number.isFinite(p.value) ? p.value : null;
  const y = p.numerator;
  const n = p.denominator;
  if (typeof y !== 'number' || typeof n !== 'number' || !(n > 0) || y < 0) return null;
  if (kind === 'p' && y > n) return null;
  return y / n;
}

/** Centre and 1σ per point of a phase, from the phase's baseline points. */
function phaseLimits(kind: SpcChartKind, inputs: readonly SpcInput[], base: readonly number[]) {
  if (kind === 'xmr') {
    const xs = base.map((i) => inputs[i].value as number);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    // moving ranges between consecutive baseline months only
    const mrs: number[] = [];
    for (let k = 1; k < base.length; k++)
      if (base[k] === base[k - 1] + 1) mrs.push(Math.abs(xs[k] - xs[k - 1]));
    if (!mrs.length) return null;
    let mr = mrs.reduce((s, x) => s + x, 0) / mrs.length;
    const screened = mrs.filter((m) => m <= D4 * mr);
    if (screened.length) mr = screened.reduce((s, x) => s + x, 0) / screened.length;
    return { centre: mean, sigma: () => mr / D2 };
  }
  const y = base.reduce((s, i) => s + (inputs[i].numerator as number), 0);
  const n = base.reduce((s, i) => s + (inputs[i].denominator as number), 0);
  const bar = y / n;
  const v = kind === 'p' ? bar * (1 - bar) : bar;
  const sd = (i: number) => Math.sqrt(v / (inputs[i].denominator as number));
  const factor = laneyFactor(
    base.map((i) => ((inputs[i].numerator as number) / (inputs[i].denominator as number) - bar) / sd(i)),
    base,
  );
  return { centre: bar, sigma: (i: number) => sd(i) * factor };
}

/**
 * Laney's correction (p′ and u′ charts; D.B. Laney, "Improved control charts for attributes",
 * Quality Engineering 2002;14:531–537): with large denominators (a programme total of thousands)
 * the months vary more than the binomial or Poisson model says, and plain p- and u-limits flag
 * almost every month. σz is the spread of the baseline months' z-scores from their moving ranges
 * (mR̄/1.128); the limits are widened by it when it exceeds 1, never narrowed.
 */
export function laneyFactor(z: readonly number[], index: readonly number[]): number {
  const mrs: number[] = [];
  for (let k = 1; k < z.length; k++) if (index[k] === index[k - 1] + 1) mrs.push(Math.abs(z[k] - z[k - 1]));
  if (!mrs.length || !mrs.every(Number.isFinite)) return 1;
  return Math.max(1, mrs.reduce((s, x) => s + x, 0) / mrs.length / D2);
}

/**
 * The months from which limits are recalculated, of the recorded recalculations: a withdrawn one
 * (a manager's recorded correction) no longer starts a phase, so the chart goes back to the limits
 * before it; its row stays in the history.
 */
export function recalculationsInForce(
  recorded: readonly { fromMonth: string; withdrawnAt: string | null }[],
): string[] {
  return recorded.filter((r) => r.withdrawnAt === null).map((r) => r.fromMonth);
}

/** Control limits, the four rules and the icon for one monthly series (oldest first). */
export function computeSpc(inputs: readonly SpcInput[], opts: Options): SpcResult {
  const scale = opts.kind === 'xmr' ? 1 : (opts.scale ?? 1);
  const raw = inputs.map((p) => rawValue(opts.kind, p));
  const starts = [
    0,
    ...(opts.recalculations ?? [])
      .map((m) => inputs.findIndex((p) => p.period >= m))
      .filter((i) => i > 0)
      .sort((a, b) => a - b),
  ].filter((v, i, a) => a.indexOf(v) === i);
  const points: SpcPoint[] = inputs.map((p, i) => ({
    period: p.period,
    value: raw[i] === null ? null : raw[i]! * scale,
    centre: null,
    lower: null,
    upper: null,
    lower2: null,
    upper2: null,
    phase: 0,
    baseline: false,
    rules: [],
    side: null,
    variation: null,
  }));
  starts.forEach((start, phase) => {
    const end = phase + 1 < starts.length ? starts[phase + 1] : inputs.length;
    const idx = Array.from({ length: end - start }, (_, k) => start + k);
    const known = idx.filter((i) => raw[i] !== null);
    const inBase =
      phase === 0 && opts.baseline
        ? known.filter(
            (i) => inputs[i].period >= opts.baseline!.from && inputs[i].period <= opts.baseline!.to,
          )
        : [];
    const base = inBase.length >= MIN_BASELINE_POINTS ? inBase : known.slice(0, MIN_BASELINE_POINTS);
    for (const i of idx) points[i].phase = phase;
    if (base.length < MIN_BASELINE_POINTS) return;
    const lim = phaseLimits(opts.kind, inputs, base);
    if (!lim) return;
    for (const i of base) points[i].baseline = true;
    for (const i of idx) {
      const s = lim.sigma(i);
      if (opts.kind !== 'xmr' && !(typeof inputs[i].denominator === 'number' && inputs[i].denominator! > 0))
        continue;
      const lo = (k: number) => (opts.kind === 'xmr' ? lim.centre - k * s : Math.max(0, lim.centre - k * s));
      const hi = (k: number) => (opts.kind === 'p' ? Math.min(1, lim.centre + k * s) : lim.centre + k * s);
      Object.assign(points[i], {
        centre: lim.centre * scale,
        lower: lo(3) * scale,
        upper: hi(3) * scale,
        lower2: lo(2) * scale,
        upper2: hi(2) * scale,
      });
    }
  });
  applyRules(points);
  for (const p of points)
    p.variation = p.value === null || p.centre === null ? null : variationOf(p.side, opts.direction);
  const last = [...points].reverse().find((p) => p.value !== null && p.centre !== null);
  return {
    kind: opts.kind,
    points,
    phases: starts.map((i) => inputs[i]?.period).filter(Boolean),
    variation: last?.variation ?? null,
  };
}

export function variationOf(side: SpcSide | null, direction: SpcDirection): SpcVariation {
  if (side === null) return 'common';
  if (direction === null) return 'neither';
  return (side === 'high') === (direction === 'higher') ? 'improving' : 'concerning';
}

function flag(p: SpcPoint, rule: SpcRule, side: SpcSide) {
  if (!p.rules.includes(rule)) p.rules.push(rule);
  p.side ??= side;
}

/** The four rules over runs of consecutive months with a value and limits, within one phase. */
export function applyRules(points: SpcPoint[]): void {
  const ok = (p: SpcPoint | undefined): p is SpcPoint & { value: number; centre: number } =>
    !!p && p.value !== null && p.centre !== null;
  // 1. outside the limits
  for (const p of points)
    if (ok(p)) {
      if (p.value > p.upper!) flag(p, 'outside', 'high');
      else if (p.value < p.lower!) flag(p, 'outside', 'low');
    }
  // segments: consecutive months with a value and limits, in one phase
  const segments: SpcPoint[][] = [];
  let cur: SpcPoint[] = [];
  points.forEach((p, i) => {
    if (ok(p) && (cur.length === 0 || (cur[cur.length - 1].phase === p.phase && ok(points[i - 1]))))
      cur.push(p);
    else {
      if (cur.length) segments.push(cur);
      cur = ok(p) ? [p] : [];
    }
  });
  if (cur.length) segments.push(cur);
  for (const seg of segments) {
    // 2. shift: SHIFT_RUN or more on one side of the centre line
    runs(
      seg,
      (a) => Math.sign(a.value! - a.centre!),
      SHIFT_RUN,
      (run, s) => run.forEach((p) => flag(p, 'shift', s > 0 ? 'high' : 'low')),
    );
    // 3. trend: TREND_RUN or more points each rising or each falling (TREND_RUN − 1 steps)
    const steps = seg.map((p, k) => (k === 0 ? 0 : Math.sign(p.value! - seg[k - 1].value!)));
    let k = 1;
    while (k < seg.length) {
      const s = steps[k];
      let j = k;
      while (s !== 0 && j + 1 < seg.length && steps[j + 1] === s) j++;
      if (s !== 0 && j - k + 2 >= TREND_RUN)
        for (let m = k - 1; m <= j; m++) flag(seg[m], 'trend', s > 0 ? 'high' : 'low');
      k = j + 1;
    }
    // 4. two of three consecutive points beyond 2σ on the same side
    for (let w = 0; w + 2 < seg.length; w++) {
      const win = seg.slice(w, w + 3);
      for (const side of ['high', 'low'] as const) {
        const beyond = win.filter((p) => (side === 'high' ? p.value! > p.upper2! : p.value! < p.lower2!));
        if (beyond.length >= 2) beyond.forEach((p) => flag(p, 'twoOfThree', side));
      }
    }
  }
}

function runs<T>(seg: T[], key: (t: T) => number, min: number, hit: (run: T[], sign: number) => void) {
  let start = 0;
  for (let i = 1; i <= seg.length; i++) {
    if (i === seg.length || key(seg[i]) !== key(seg[start])) {
      const s = key(seg[start]);
      if (s !== 0 && i - start >= min) hit(seg.slice(start, i), s);
      start = i;
    }
  }
}

/** The icon's reading: the latest month with a value and limits, its variation and side. */
export function latestVariation(r: SpcResult): {
  period: string;
  variation: SpcVariation;
  side: SpcSide | null;
} | null {
  const last = [...r.points].reverse().find((p) => p.value !== null && p.centre !== null);
  return last && last.variation ? { period: last.period, variation: last.variation, side: last.side } : null;
}
