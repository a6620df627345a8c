/**
 * The outsider's solver (#22): what a reviewer's published figures tell about the true base cells.
 *
 * Unknowns: per base cell (one element of one region in one complete quarter, in one mode: a flow's
 * or stock's monthly sum, or a stock's level) its true count `x:cell` and its rounded multiple
 * `k:cell` (the published count is 5·k). The outsider knows the published method (docs/security.md,
 * "Small numbers"): every shown count is a sum of 5·k over base cells, every share a ratio of such
 * sums, and 5k − 2 ≤ x ≤ 5k + 2. A figure that cannot be such a sum (a build where one output
 * skips the decision) is taken for what it then is: an exact sum of the true cells.
 *
 * Solving: presolve fixes k from single-cell equations (the value export) and equations left with
 * one unknown; constraints whose k are all fixed are checked (an inconsistent one is an output
 * off the method), and so is an equation whose whole coefficients' gcd does not divide its value; what remains is split into independent components, and each true cell's range
 * is its minimum and maximum over the integer points of its component, found with an integer
 * linear programming solver (yalps). A rule that is no sum (a period of a shown window rounded to
 * 10 had at least 10 answers) is told as a constraint on the cells (`tell`).
 */
import { solve, type Coefficients, type Constraint as LpConstraint } from 'yalps';

/** variable → coefficient */
export type Expr = Map<string, number>;

export interface Constraint {
  expr: Expr;
  min: number;
  max: number;
  /** the output and figure it comes from */
  source: string;
}

/** A figure's constraint in both readings: over the rounded cells (the method) and the true ones. */
export interface Claim {
  rounded: Constraint;
  exact: Constraint;
}

export const kVar = (cell: string) => `k:${cell}`;
export const xVar = (cell: string) => `x:${cell}`;
const cellOfVar = (v: string) => v.slice(2);

const TOLERANCE = 1e-6;

export interface Range {
  min: number;
  max: number;
}

export interface SolveResult {
  ranges: Map<string, Range>;
  /** claims not satisfiable by any rounded cells: read as exact sums of the true cells */
  offMethod: Claim[];
  /** claims whose rounded cells were all known: checked, and then redundant */
  checked: number;
  components: number;
  /** constraints over rounded cells not all known after presolve (solved with the rest) */
  open: number;
  lpSolves: number;
  freeRounded: number;
  /** cell → k: the rounded cells published or solved from figures in the presolve */
  rounded: ReadonlyMap<string, number>;
  /**
   * cells whose integer programme stopped at the solver's iteration limit: their range is spanned by
   * whole solutions found (within the true range, so a range of two or more values is no pin)
   */
  inner: ReadonlySet<string>;
  /** cells whose integer programme stopped with no whole solution: the linear relaxation's range (outer) */
  relaxed: ReadonlySet<string>;
}

const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));

/** Whether Σ coef·k = target can hold for whole k (whole coefficients: their gcd divides the target). */
function wholeSolvable(coefs: readonly number[], target: number): boolean {
  if (!coefs.every(Number.isInteger)) return true; // not decided here: left to the solver
  const g = coefs.reduce(gcd, 0);
  if (g === 0) return Math.abs(target) < TOLERANCE;
  const q = target / g;
  return Math.abs(q - Math.round(q)) < TOLERANCE;
}

/**
 * The counts of families a mean of days allows (#22 item 4): a mean shown as `mean` ± `half` over
 * a weight rounded to 5k is Σ days ÷ W for a whole W in the rounding class, and the days are entered
 * in steps of `step` (tenths: a median of whole days is a whole or half number), so `W · mean / step`
 * must come within `W · half / step` of a whole number. Shown exactly, the mean's fraction can leave
 * one W; shown to one decimal (half 0.05), every W ≥ 10 keeps a whole number within reach.
 */
export function weightsForMean(mean: number, half: number, k: number, step = 0.1): number[] {
  const out: number[] = [];
  for (let w = Math.max(1, 5 * k - 2); w <= 5 * k + 2; w++) {
    const lo = (w * (mean - half)) / step;
    const hi = (w * (mean + half)) / step;
    if (Math.floor(hi + 1e-7) >= Math.ceil(lo - 1e-7)) out.push(w);
  }
  return out;
}

export class OutsiderModel {
  /** `maxIterations`: the solver's branch-and-cut limit per integer programme (see `inner`) */
  constructor(readonly maxIterations = 32768) {}

  /** cell → k, from the published base cells */
  readonly fixed = new Map<string, number>();
  readonly cells = new Set<string>();
  readonly claims: Claim[] = [];
  /** constraints on the true cells that hold in any dataset (the catalogue's part ≤ whole rules) */
  readonly rules: Constraint[] = [];

  publishCell(cell: string, shown: number, source: string) {
    this.cells.add(cell);
    const k = shown / 5;
    const known = this.fixed.get(cell);
    if (known !== undefined && known !== k)
      throw new Error(`${source}: ${cell} published as ${shown} and as ${known * 5}`);
    if (!Number.isInteger(k)) {
      // not a rounded count: the outsider reads it as the exact value
      this.claims.push({
        rounded: { expr: new Map([[kVar(cell), 5]]), min: shown, max: shown, source },
        exact: { expr: new Map([[xVar(cell), 1]]), min: shown, max: shown, source },
      });
      return;
    }
    this.fixed.set(cell, k);
  }

  /** A linear claim Σ coef·cell ∈ [min, max], over rounded cells (×5) and, read exactly, true ones. */
  claim(terms: readonly [cell: string, coef: number][], min: number, max: number, source: string) {
    if (Number.isNaN(min) || Number.isNaN(max) || terms.some(([, c]) => !Number.isFinite(c)))
      throw new Error(`${source}: not a number`);
    const rounded: Expr = new Map();
    const exact: Expr = new Map();
    for (const [cell, coef] of terms) {
      this.cells.add(cell);
      rounded.set(kVar(cell), (rounded.get(kVar(cell)) ?? 0) + 5 * coef);
      exact.set(xVar(cell), (exact.get(xVar(cell)) ?? 0) + coef);
    }
    this.claims.push({
      rounded: { expr: rounded, min, max, source },
      exact: { expr: exact, min, max, source },
    });
  }

  /** constraints on the true cells an output tells beyond sums (a mean's fraction, see weightsForMean) */
  readonly derived: Constraint[] = [];

  /**
   * A constraint an output tells over true cells (`x:`) and rounded cells (`k:`) that is no sum of
   * a figure (a shown window's period rounded to 10 had at least 10 answers).
   */
  tell(terms: readonly [variable: string, coef: number][], min: number, max: number, source: string) {
    const expr: Expr = new Map();
    for (const [v, coef] of terms) {
      if (v.startsWith('x:') || v.startsWith('k:')) this.cells.add(cellOfVar(v));
      else throw new Error(`${source}: ${v} is no variable`);
      expr.set(v, (expr.get(v) ?? 0) + coef);
    }
    this.derived.push({ expr, min, max, source });
  }

  bound(cell: string, min: number, max: number, source: string) {
    this.cells.add(cell);
    this.derived.push({ expr: new Map([[xVar(cell), 1]]), min, max, source });
  }

  rule(terms: readonly [cell: string, coef: number][], min: number, max: number, source: string) {
    const expr: Expr = new Map();
    for (const [cell, coef] of terms) {
      this.cells.add(cell);
      expr.set(xVar(cell), (expr.get(xVar(cell)) ?? 0) + coef);
    }
    this.rules.push({ expr, min, max, source });
  }

  /**
   * Async only to yield now and then: the solves run for many seconds, and a worker that never
   * yields cannot answer the test runner (vitest's "Timeout calling onTaskUpdate" under load).
   */
  async solve(): Promise<SolveResult> {
    const { k, pending, offMethod, checked } = this.presolve();
    const open: Constraint[] = [];
    open.push(...pending.map((c) => c.rounded));
    const xConstraints = [...this.rules, ...this.derived, ...offMethod.map((c) => c.exact)];
    return this.solveComponents(k, open, xConstraints, offMethod, checked);
  }

  /**
   * The rounded cells the claims tell (published, or solved from an equation left with one unknown),
   * the claims checked against them, those off the method and those left open.
   */
  presolve() {
    const k = new Map(this.fixed);
    const offMethod: Claim[] = [];
    let checked = 0;
    let pending = [...this.claims];
    // presolve: substitute known k, fix a k that is the only unknown of an equation, check the rest
    for (let changed = true; changed;) {
      changed = false;
      const next: Claim[] = [];
      for (const c of pending) {
        let value = 0;
        const unknown: [string, number][] = [];
        for (const [v, coef] of c.rounded.expr) {
          const known = k.get(cellOfVar(v));
          if (known === undefined) unknown.push([v, coef]);
          else value += coef * known;
        }
        const { min, max } = c.rounded;
        if (unknown.length === 0) {
          if (value < min - TOLERANCE || value > max + TOLERANCE) offMethod.push(c);
          else checked++;
        } else if (unknown.length === 1 && min === max) {
          const [v, coef] = unknown[0];
          const solved = (min - value) / coef;
          const whole = Math.round(solved);
          if (Math.abs(solved - whole) > TOLERANCE || whole < 0) offMethod.push(c);
          else {
            k.set(cellOfVar(v), whole);
            checked++;
            changed = true;
          }
        } else if (
          min === max &&
          !wholeSolvable(
            unknown.map(([, coef]) => coef),
            min - value,
          )
        ) {
          // an equation no whole rounded cells satisfy (e.g. 5·Σk = 1431): off the method
          offMethod.push(c);
        } else next.push(c);
      }
      pending = next;
    }
    return { k, pending, offMethod, checked };
  }

  private async solveComponents(
    k: Map<string, number>,
    open: Constraint[],
    xConstraints: Constraint[],
    offMethod: Claim[],
    checked: number,
  ): Promise<SolveResult> {
    // components: a true cell with its rounded cell (when not known) and every constraint's variables
    const parent = new Map<string, string>();
    const find = (v: string): string => {
      let r = v;
      while (parent.get(r) !== r) r = parent.get(r)!;
      parent.set(v, r);
      return r;
    };
    const add = (v: string) => {
      if (!parent.has(v)) parent.set(v, v);
    };
    const union = (a: string, b: string) => parent.set(find(a), find(b));
    let freeRounded = 0;
    for (const cell of this.cells) {
      add(xVar(cell));
      if (!k.has(cell)) {
        freeRounded++;
        add(kVar(cell));
        union(xVar(cell), kVar(cell));
      }
    }
    const constraints = [...open, ...xConstraints];
    for (const c of constraints) {
      const vars = [...c.expr.keys()].filter((v) => !(v.startsWith('k:') && k.has(cellOfVar(v))));
      vars.forEach(add);
      for (const v of vars.slice(1)) union(vars[0], v);
    }
    const byRoot = new Map<string, { vars: Set<string>; constraints: Constraint[] }>();
    for (const v of parent.keys()) {
      const root = find(v);
      if (!byRoot.has(root)) byRoot.set(root, { vars: new Set(), constraints: [] });
      byRoot.get(root)!.vars.add(v);
    }
    for (const c of constraints) {
      const v = [...c.expr.keys()].find((w) => !(w.startsWith('k:') && k.has(cellOfVar(w))));
      if (v) byRoot.get(find(v))!.constraints.push(c);
    }

    const ranges = new Map<string, Range>();
    const inner = new Set<string>();
    const relaxed = new Set<string>();
    let lpSolves = 0;
    for (const { vars, constraints: cs } of byRoot.values()) {
      const lpConstraints = new Map<string, LpConstraint>();
      const coefficients = new Map<string, Map<string, number>>();
      const put = (v: string, name: string, coef: number) => {
        if (!coefficients.has(v)) coefficients.set(v, new Map());
        const m = coefficients.get(v)!;
        m.set(name, (m.get(name) ?? 0) + coef);
      };
      for (const v of vars) {
        if (!v.startsWith('x:')) continue;
        const cell = cellOfVar(v);
        const kc = k.get(cell);
        // the rounding class: 5k − 2 ≤ x ≤ 5k + 2, x ≥ 0
        if (kc === undefined) {
          lpConstraints.set(`class:${cell}`, { min: -2, max: 2 });
          put(v, `class:${cell}`, 1);
          put(kVar(cell), `class:${cell}`, -5);
        } else {
          lpConstraints.set(`class:${cell}`, { min: Math.max(0, 5 * kc - 2), max: 5 * kc + 2 });
          put(v, `class:${cell}`, 1);
        }
      }
      cs.forEach((c, i) => {
        let constant = 0;
        for (const [v, coef] of c.expr) {
          const known = v.startsWith('k:') ? k.get(cellOfVar(v)) : undefined;
          if (known !== undefined) constant += coef * known;
          else put(v, `c${i}`, coef);
        }
        lpConstraints.set(`c${i}`, { min: c.min - constant, max: c.max - constant });
      });
      for (const v of vars) {
        if (!v.startsWith('x:')) continue;
        if (lpSolves % 64 === 0) await new Promise((resolve) => setImmediate(resolve));
        const bound = (direction: 'minimize' | 'maximize') => {
          lpSolves++;
          const variables = new Map<string, Coefficients>();
          for (const [w, m] of coefficients)
            variables.set(w, w === v ? new Map([...m, ['objective', 1]]) : m);
          const s = solve(
            {
              direction,
              objective: 'objective',
              constraints: lpConstraints,
              variables,
              integers: true,
            },
            { maxIterations: this.maxIterations },
          );
          if (s.status === 'unbounded') return direction === 'minimize' ? 0 : Infinity;
          if (s.status === 'timedout' && Number.isFinite(s.result)) {
            // stopped at the iteration limit: the best whole solution found is a value the cell can
            // take, so [found min, found max] lies within its range (an inner bound)
            inner.add(cellOfVar(v));
            return Math.round(s.result);
          }
          if (s.status === 'timedout') {
            // stopped with no whole solution found: the linear relaxation's bound (outer)
            relaxed.add(cellOfVar(v));
            const r = solve({
              direction,
              objective: 'objective',
              constraints: lpConstraints,
              variables,
            });
            if (r.status === 'optimal')
              return direction === 'minimize' ? Math.ceil(r.result - 1e-6) : Math.floor(r.result + 1e-6);
          }
          if (s.status !== 'optimal')
            throw new Error(`${v}: ${s.status} (${cs.map((c) => c.source).join(', ')})`);
          return Math.round(s.result);
        };
        ranges.set(cellOfVar(v), { min: bound('minimize'), max: bound('maximize') });
      }
    }
    return {
      ranges,
      offMethod,
      checked,
      open: open.length,
      components: byRoot.size,
      lpSolves,
      freeRounded,
      rounded: k,
      inner,
      relaxed,
    };
  }
}
