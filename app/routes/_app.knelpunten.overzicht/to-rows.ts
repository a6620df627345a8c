import type { CrossTab } from '#app/domain/register-stats';

/** A cross table in the shape the stacked-bar wrapper draws (labels only; no computing). */
export function toRows<R extends string | number, C extends string>(
  tab: CrossTab<R, C>,
  label: (key: R) => string,
) {
  return {
    rows: tab.rows.map((r) => ({
      key: String(r.key),
      label: label(r.key),
      values: r.counts as Record<string, number>,
      total: r.total,
    })),
    totals: { values: tab.colTotals as Record<string, number>, total: tab.total },
  };
}
