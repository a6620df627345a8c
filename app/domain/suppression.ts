/**
 * Small-number suppression (AVG): what a viewer may be shown of a set of figures. Every page, JSON
 * endpoint and CSV export passes its figures through `showFigureSet`, the one home of the rule.
 * Thresholds come from the settings table (defaults 5 and 10). The function sees the whole set a
 * response shows — every region's figures, the programme total and the element values beside
 * them — and suppresses in two steps:
 *
 * 1. Primary: a count from 1 to 4 is shown as "<5". A value is hidden (with its score) when its
 *    denominator is a count below 10, or when its numerator or denominator is hidden: a "<5"
 *    numerator beside its value and denominator would give it away (7.2 % × 55.6 = 4).
 *    A hidden value is never shown beside both its exact counts: its numerator is hidden too
 *    ("x"; complaints 9 of 9 would otherwise say 100 %).
 * 2. Complementary: every sum the reader can check — the programme total over the regions, a
 *    figure's numerator or denominator over the element values it is made of — is written as a
 *    linear equation over the cells. As long as some hidden cell can still be computed from the
 *    shown ones (by linear algebra over all equations together, or because "<5" bounds it to
 *    1–4 and the sum leaves one possibility, e.g. 4 + 4 = 8), one more cell of such an equation
 *    is hidden: the smallest shown region cell (not the programme total), shown as "x".
 *
 * Counts that are not about families (the registers' experiments and bottlenecks) are never
 * suppressed: their cells have no count parts.
 */
export interface SuppressionThresholds {
  /** counts from 1 up to this minus one are shown as "<threshold" (default 5) */
  smallCount: number;
  /** a value with a denominator below this is hidden (default 10) */
  smallDenominator: number;
}

export const DEFAULT_THRESHOLDS: SuppressionThresholds = { smallCount: 5, smallDenominator: 10 };

/** How a cell hidden to protect another one (not itself small) is shown. */
export const HIDDEN_COUNT = 'x';

/** A count as a reviewer may see it: the number, "<5" or "x" (hidden). Zero and unknown stay. */
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
   * be recovered from the rate × the published population, so the rate is hidden with a count 1–4
   * (as every value whose numerator is hidden).
   */
  rate?: true;
  /** parts hidden already elsewhere (a year hides what any of its quarters hides) */
  forced?: { numerator: boolean; denominator: boolean };
}

export interface ShownFigure {
  numerator: ShownCount;
  denominator: ShownCount;
  value: number | null;
  score: number | null;
  /** the value exists but is hidden (small numbers, or to protect another cell) */
  hidden: boolean;
}

/** A plain element value shown beside the figures (case flow, exported values). */
export interface CountCell {
  value: number | null;
  /** false for a value that is not a count of people (days, FTE, a percentage): never "<5" */
  isCount: boolean;
}

/** A figure's part made of element values: figure[key].part = Σ sign × element, in every region row. */
export interface ElementLink {
  key: string;
  part: 'numerator' | 'denominator';
  terms: readonly { element: string; sign: 1 | -1 }[];
}

/** Everything one response shows, keyed as its caller likes (indicator code, element code). */
export interface FigureSet {
  /** indicator figures per region, in the caller's region order */
  regions: readonly Readonly<Record<string, FigureCell>>[];
  /** the programme total of the same indicators (Σ over the regions with both parts known), when shown */
  total: Readonly<Record<string, FigureCell>> | null;
  /** lone counts shown beside them (primary suppression only: they take part in no sum) */
  counts: readonly CountCell[];
  /** element values per region (parallel to `regions`), shown beside the figures */
  elements?: readonly Readonly<Record<string, CountCell>>[];
  /** how figure parts are made of the elements (checked against the numbers before use) */
  links?: readonly ElementLink[];
  /** elements whose value is a figure's value (a weighted mean): hidden with it */
  valueElements?: readonly { key: string; element: string }[];
}

export interface ShownFigureSet {
  regions: Record<string, ShownFigure>[];
  total: Record<string, ShownFigure> | null;
  counts: ShownCount[];
  elements: Record<string, ShownCount>[];
}

function isSmallCount(n: number | null, t: SuppressionThresholds): boolean {
  return n !== null && n > 0 && n < t.smallCount;
}

function suppressCount(n: number | null, t: SuppressionThresholds): ShownCount {
  return isSmallCount(n, t) ? `<${t.smallCount}` : n;
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

// ── The cells and their equations ───────────────────────────────────────────

interface Cell {
  value: number | null;
  count: boolean;
  small: boolean;
  hidden: boolean;
  /** a programme-total cell: hidden only when no region cell can be */
  total: boolean;
}

/** Σ coef × cell = 0, true of the exact numbers. */
interface Equation {
  cells: number[];
  coefs: number[];
}

interface FigureRef {
  n: number;
  d: number;
  f: FigureCell;
  valueHidden: boolean;
}

const EPS = 1e-9;

/**
 * The hidden cells that the shown ones determine: reduce the equations, restricted to the hidden
 * cells (the shown ones are known numbers), to row echelon form; a hidden cell is determined when
 * some reduced row holds it alone.
 */
function linearlyDetermined(cells: readonly Cell[], equations: readonly Equation[]): number[] {
  const hiddenIdx = new Map<number, number>();
  const rows: Map<number, number>[] = [];
  for (const e of equations) {
    const row = new Map<number, number>();
    e.cells.forEach((c, i) => {
      if (!cells[c].hidden) return;
      if (!hiddenIdx.has(c)) hiddenIdx.set(c, hiddenIdx.size);
      row.set(c, (row.get(c) ?? 0) + e.coefs[i]);
    });
    for (const [c, v] of row) if (Math.abs(v) < EPS) row.delete(c);
    if (row.size > 0) rows.push(row);
  }
  // Gauss–Jordan on sparse rows.
  const pivots: { col: number; row: Map<number, number> }[] = [];
  for (const col of hiddenIdx.keys()) {
    const at = rows.findIndex((r) => Math.abs(r.get(col) ?? 0) > EPS);
    if (at < 0) continue;
    const [pivot] = rows.splice(at, 1);
    const p = pivot.get(col)!;
    for (const [c, v] of pivot) pivot.set(c, v / p);
    const eliminate = (r: Map<number, number>) => {
      const f = r.get(col);
      if (f === undefined || Math.abs(f) < EPS) return;
      for (const [c, v] of pivot) {
        const nv = (r.get(c) ?? 0) - f * v;
        if (Math.abs(nv) < EPS) r.delete(c);
        else r.set(c, nv);
      }
    };
    rows.forEach(eliminate);
    pivots.forEach((q) => eliminate(q.row));
    pivots.push({ col, row: pivot });
  }
  return pivots.filter((q) => q.row.size === 1).map((q) => q.col);
}

/** Whole numbers as sorted, disjoint inclusive intervals (the upper end may be Infinity). */
type IntSet = [number, number][];

function merge(set: IntSet): IntSet {
  const sorted = [...set].sort((a, b) => a[0] - b[0]);
  const out: IntSet = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}
const times = (set: IntSet, k: number): IntSet =>
  merge(set.map(([lo, hi]) => (k > 0 ? [k * lo, k * hi] : [k * hi, k * lo])));
const plus = (a: IntSet, b: IntSet): IntSet =>
  merge(a.flatMap(([a0, a1]) => b.map(([b0, b1]): [number, number] => [a0 + b0, a1 + b1])));
function intersect(a: IntSet, b: IntSet): IntSet {
  const out: IntSet = [];
  for (const [a0, a1] of a)
    for (const [b0, b1] of b) {
      const lo = Math.max(a0, b0);
      const hi = Math.min(a1, b1);
      if (lo <= hi) out.push([lo, hi]);
    }
  return out;
}

/**
 * Hidden counts pinned down by what the reader knows of them: "<5" is 1–4, and "x" is 0 or at
 * least 5 (a 1–4 would have been "<5"). In one equation each hidden cell can only take the values
 * the others can make up to the sum; one value left means it is known (4 + 4 = 8; x + <5 = 6
 * gives 5 and 1).
 */
function boundDetermined(cells: readonly Cell[], equations: readonly Equation[], t: SuppressionThresholds) {
  const out: number[] = [];
  const known = (c: Cell): IntSet =>
    c.small
      ? [[1, t.smallCount - 1]]
      : [
          [0, 0],
          [t.smallCount, Infinity],
        ];
  for (const e of equations) {
    const hidden = e.cells.map((c, i) => ({ c, k: e.coefs[i] })).filter((x) => cells[x.c].hidden);
    if (hidden.length < 2 || hidden.some((x) => !cells[x.c].count)) continue;
    let rest = 0;
    e.cells.forEach((c, i) => {
      if (!cells[c].hidden) rest -= e.coefs[i] * (cells[c].value ?? 0);
    });
    if (!Number.isInteger(Math.round(rest * 1e6) / 1e6) || hidden.some((x) => Math.abs(x.k) !== 1)) continue;
    rest = Math.round(rest);
    // Σ k·x over the hidden cells = rest
    hidden.forEach((x, i) => {
      let others: IntSet = [[0, 0]];
      hidden.forEach((y, j) => {
        if (j !== i) others = plus(others, times(known(cells[y.c]), y.k));
      });
      // k·x = rest − others
      const values = intersect(known(cells[x.c]), times(plus([[rest, rest]], times(others, -1)), x.k));
      if (values.length === 1 && values[0][0] === values[0][1]) out.push(x.c);
    });
  }
  return out;
}

/**
 * The cell hidden to protect `cell`, among the shown cells of the given equations: a region's
 * before the programme total's; one whose value is hidden already (no figure is lost); a count;
 * a positive one; the smallest.
 */
function complementOf(
  cells: readonly Cell[],
  equations: readonly Equation[],
  cell: number,
  free: (c: number) => boolean,
): number | null {
  let best: number | null = null;
  const rank = (i: number) => {
    const c = cells[i];
    return [
      c.total ? 1 : 0,
      free(i) ? 0 : 1,
      c.count ? 0 : 1,
      c.value !== null && c.value > 0 ? 0 : 1,
      c.value ?? 0,
    ];
  };
  const better = (a: number, b: number) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] < rb[i];
    return a < b;
  };
  for (const e of equations) {
    if (!e.cells.includes(cell)) continue;
    for (const c of e.cells)
      if (!cells[c].hidden && cells[c].value !== null && (best === null || better(c, best))) best = c;
  }
  return best;
}

function suppressSet(set: FigureSet, t: SuppressionThresholds): ShownFigureSet {
  const cells: Cell[] = [];
  const add = (value: number | null, count: boolean, total: boolean, forced = false) => {
    const small = count && isSmallCount(value, t);
    cells.push({ value, count, small, hidden: small || (forced && value !== null), total });
    return cells.length - 1;
  };
  const figureRows = (rows: readonly Readonly<Record<string, FigureCell>>[], total: boolean) =>
    rows.map((r) =>
      mapRecord(r, (f): FigureRef => ({
        n: add(f.numerator, f.countParts.numerator, total, f.forced?.numerator),
        d: add(f.denominator, f.countParts.denominator, total, f.forced?.denominator),
        f,
        valueHidden: false,
      })),
    );
  const regions = figureRows(set.regions, false);
  const [total] = set.total ? figureRows([set.total], true) : [null];
  const elements = (set.elements ?? []).map((r) => mapRecord(r, (c) => add(c.value, c.isCount, false)));
  const equations: Equation[] = [];
  const push = (e: Equation) => {
    if (e.cells.some((c) => cells[c].value === null)) return;
    const sum = e.cells.reduce((s, c, i) => s + e.coefs[i] * cells[c].value!, 0);
    if (Math.abs(sum) < 1e-6) equations.push(e);
  };
  if (total)
    for (const [key, tf] of Object.entries(total)) {
      const included = regions.filter(
        (r) => r[key] && cells[r[key].n].value !== null && cells[r[key].d].value !== null,
      );
      for (const part of ['n', 'd'] as const)
        push({
          cells: [tf[part], ...included.map((r) => r[key][part])],
          coefs: [1, ...included.map(() => -1)],
        });
    }
  regions.forEach((r, i) => {
    const els = elements[i];
    if (!els) return;
    for (const link of set.links ?? []) {
      const fig = r[link.key];
      if (!fig || link.terms.some((x) => els[x.element] === undefined)) continue;
      push({
        cells: [link.part === 'numerator' ? fig.n : fig.d, ...link.terms.map((x) => els[x.element])],
        coefs: [1, ...link.terms.map((x) => -x.sign)],
      });
    }
  });
  const figures = [...regions, ...(total ? [total] : [])].flatMap((r) => Object.values(r));
  const hide = (c: number) => {
    if (cells[c].hidden || cells[c].value === null) return false;
    cells[c].hidden = true;
    return true;
  };
  for (let round = 0; round < 10_000; round++) {
    let changed = false;
    // A figure's three numbers: no one of them may be computed from the other two.
    for (const fig of figures) {
      if (fig.f.value === null) continue;
      const [n, d] = [cells[fig.n], cells[fig.d]];
      const smallBase = fig.f.countParts.denominator && d.value !== null && d.value < t.smallDenominator;
      if (!fig.valueHidden && (n.hidden || d.hidden || smallBase)) {
        fig.valueHidden = true;
        changed = true;
      }
      if (fig.valueHidden && !n.hidden && !d.hidden)
        changed =
          hide(fig.f.countParts.numerator || !fig.f.countParts.denominator ? fig.n : fig.d) || changed;
    }
    regions.forEach((r, i) => {
      for (const v of set.valueElements ?? [])
        if (r[v.key]?.valueHidden && elements[i]?.[v.element] !== undefined)
          changed = hide(elements[i][v.element]) || changed;
    });
    if (changed) continue;
    // Sums: hide one more cell beside any hidden cell the shown ones still give away — first where
    // one equation holds it alone (hide another cell of that equation), then what the equations
    // together or the bounds of "<5" pin down.
    const freeCells = new Set(figures.filter((f) => f.valueHidden).flatMap((f) => [f.n, f.d]));
    const free = (c: number) => freeCells.has(c);
    for (const e of equations) {
      const hidden = e.cells.filter((c) => cells[c].hidden);
      if (hidden.length !== 1) continue;
      const other = complementOf(cells, [e], hidden[0], free);
      // the equations are checked as they stand, so one pass does what one hide at a time would
      if (other !== null && hide(other)) changed = true;
    }
    if (changed) continue;
    const known = [...linearlyDetermined(cells, equations), ...boundDetermined(cells, equations, t)];
    for (const c of known) {
      const other = complementOf(cells, equations, c, free);
      if (other !== null && hide(other)) {
        changed = true;
        break;
      }
    }
    if (!changed) break;
  }
  const shownCount = (c: number): ShownCount => {
    const cell = cells[c];
    if (!cell.hidden) return cell.value;
    return cell.small ? `<${t.smallCount}` : HIDDEN_COUNT;
  };
  const shownFigure = (r: FigureRef): ShownFigure => ({
    numerator: shownCount(r.n),
    denominator: shownCount(r.d),
    value: r.valueHidden ? null : r.f.value,
    score: r.valueHidden ? null : r.f.score,
    hidden: r.valueHidden,
  });
  return {
    regions: regions.map((r) => mapRecord(r, shownFigure)),
    total: total ? mapRecord(total, shownFigure) : null,
    counts: set.counts.map((c) => (c.isCount ? suppressCount(c.value, t) : c.value)),
    elements: elements.map((r) => mapRecord(r, shownCount)),
  };
}

/**
 * What may be shown of a figure set: exactly everything when `thresholds` is null (managers,
 * coordinators), otherwise with small numbers suppressed, primary and complementary together
 * (reviewers, the publication).
 */
export function showFigureSet(set: FigureSet, thresholds: SuppressionThresholds | null): ShownFigureSet {
  if (thresholds) return suppressSet(set, thresholds);
  return {
    regions: set.regions.map((r) => mapRecord(r, exactFigure)),
    total: set.total ? mapRecord(set.total, exactFigure) : null,
    counts: set.counts.map((c) => c.value),
    elements: (set.elements ?? []).map((r) => mapRecord(r, (c) => c.value)),
  };
}
