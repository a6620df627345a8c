/**
 * Figures for the register overviews. The counting happens in SQL (GROUP BY); these pure
 * functions turn the grouped rows into complete tables (every row and column present, zeros
 * included) and compute the median age of open bottlenecks.
 */
import { bottleneckAgeDays } from './registers';
import { isClosingBottleneckStatus } from './register-codes';

export interface Cell<R extends string | number, C extends string> {
  row: R;
  col: C;
  n: number;
}

export interface CrossTab<R extends string | number, C extends string> {
  rows: { key: R; counts: Record<C, number>; total: number }[];
  colTotals: Record<C, number>;
  total: number;
}

function zeros<C extends string>(cols: readonly C[]): Record<C, number> {
  return Object.fromEntries(cols.map((c) => [c, 0])) as Record<C, number>;
}

/**
 * A full table of counts in the given row and column order. Cells with a row or column outside
 * the lists are left out (they cannot be shown), so callers pass complete lists.
 */
export function crossTab<R extends string | number, C extends string>(
  cells: readonly Cell<R, C>[],
  rowKeys: readonly R[],
  colKeys: readonly C[],
): CrossTab<R, C> {
  const rows = rowKeys.map((key) => ({ key, counts: zeros(colKeys), total: 0 }));
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const colTotals = zeros(colKeys);
  let total = 0;
  for (const cell of cells) {
    const row = byKey.get(cell.row);
    if (!row || !(colKeys as readonly string[]).includes(cell.col)) continue;
    row.counts[cell.col] += cell.n;
    row.total += cell.n;
    colTotals[cell.col] += cell.n;
    total += cell.n;
  }
  return { rows, colTotals, total };
}

/** The middle value (mean of the two middle values for an even count); null for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface AgeInput {
  identifiedDate: string;
  resolvedDate: string | null;
  status: string;
}

/** Median age in days of the bottlenecks that are still open on `today`. */
export function medianOpenAgeDays(bottlenecks: readonly AgeInput[], today: string): number | null {
  return median(
    bottlenecks.filter((b) => !isClosingBottleneckStatus(b.status)).map((b) => bottleneckAgeDays(b, today)),
  );
}

/** Open bottlenecks per group key with their median age, for the by-region table. */
export function openAgeByGroup<K extends string | number>(
  bottlenecks: readonly (AgeInput & { group: K })[],
  groups: readonly K[],
  today: string,
): { key: K; open: number; medianAgeDays: number | null }[] {
  return groups.map((key) => {
    const mine = bottlenecks.filter((b) => b.group === key && !isClosingBottleneckStatus(b.status));
    return { key, open: mine.length, medianAgeDays: medianOpenAgeDays(mine, today) };
  });
}
