/**
 * The identities a region's monthly figures must satisfy, between months (the catalogue's hard rules
 * check one month at a time). Pure; used by the seed tests on every region-month of the demo and of
 * the national data set. An unknown value (null) leaves the identity it is part of unchecked.
 *
 * - families: active at month end (local team + RVT) = active at the previous month end + intakes −
 *   closures (a hand-over between local team and RVT is neither);
 * - staff: employed at month end = previous month end + joined − left;
 * - children with a running measure grow by at most the month's new measures;
 * - closures with a measure (RVT closures minus those without a measure) never exceed the measures
 *   started: summed from any month on, at most the children with a measure at that month's end plus
 *   the new measures since (a family closed with a measure has at least one child with one);
 * - re-reports within 12 months never exceed the families closed twelve months earlier, nor do those
 *   of the families closed without a measure, or with one, exceed that group a year earlier.
 */
export type Values = Readonly<Record<string, number | null | undefined>>;

export interface IdentityViolation {
  identity: string;
  /** index of the month in the series */
  month: number;
  detail: string;
}

const k = (v: Values, code: string): number | null => {
  const x = v[code];
  return typeof x === 'number' && Number.isFinite(x) ? x : null;
};

/** Stock = previous stock + inflows − outflows, for the catalogue's stock/flow pairs. */
export const STOCK_FLOW_PAIRS: readonly {
  identity: string;
  stock: readonly string[];
  inflows: readonly string[];
  outflows: readonly string[];
}[] = [
  {
    identity: 'families_active',
    stock: ['families_active_local', 'families_active_rvt'],
    inflows: ['intakes'],
    outflows: ['families_closed'],
  },
  { identity: 'headcount', stock: ['headcount'], inflows: ['staff_joined'], outflows: ['staff_left'] },
];

function sum(v: Values, codes: readonly string[]): number | null {
  let total = 0;
  for (const c of codes) {
    const x = k(v, c);
    if (x === null) return null;
    total += x;
  }
  return total;
}

export function checkIdentities(series: readonly Values[]): IdentityViolation[] {
  const out: IdentityViolation[] = [];
  for (let t = 1; t < series.length; t++) {
    const prev = series[t - 1]!;
    const cur = series[t]!;
    for (const pair of STOCK_FLOW_PAIRS) {
      const before = sum(prev, pair.stock);
      const after = sum(cur, pair.stock);
      const inflow = sum(cur, pair.inflows);
      const outflow = sum(cur, pair.outflows);
      if (before === null || after === null || inflow === null || outflow === null) continue;
      if (after !== before + inflow - outflow)
        out.push({
          identity: pair.identity,
          month: t,
          detail: `${after} ≠ ${before} + ${inflow} − ${outflow}`,
        });
    }
    const m0 = k(prev, 'children_with_measure');
    const m1 = k(cur, 'children_with_measure');
    const started = k(cur, 'measures_new');
    if (m0 !== null && m1 !== null && started !== null && m1 > m0 + started)
      out.push({ identity: 'children_with_measure', month: t, detail: `${m1} > ${m0} + ${started}` });
  }
  // Closures with a measure against measures started, from every month on where the stock is known.
  let base: number | null = null;
  let closedWith = 0;
  let started = 0;
  series.forEach((v, t) => {
    const rvt = k(v, 'rvt_closed');
    const without = k(v, 'rvt_closed_without_measure');
    const measures = k(v, 'measures_new');
    if (base === null || rvt === null || without === null || measures === null) {
      base = k(v, 'children_with_measure');
      closedWith = 0;
      started = 0;
      return;
    }
    closedWith += rvt - without;
    started += measures;
    if (closedWith > base + started)
      out.push({
        identity: 'closed_with_measure',
        month: t,
        detail: `${closedWith} closed with a measure > ${base} running + ${started} started`,
      });
  });
  for (let t = 12; t < series.length; t++) {
    const closedYearAgo = k(series[t - 12]!, 'families_closed');
    const again = k(series[t]!, 'recurrence_12m');
    if (closedYearAgo !== null && again !== null && again > closedYearAgo)
      out.push({
        identity: 'recurrence_12m',
        month: t,
        detail: `${again} > ${closedYearAgo} closed a year earlier`,
      });
    // split by closure without and with a measure: each part within the families it follows
    const withoutYearAgo = k(series[t - 12]!, 'families_closed_without_measure');
    const againWithout = k(series[t]!, 'recurrence_12m_without_measure');
    if (withoutYearAgo !== null && againWithout !== null && againWithout > withoutYearAgo)
      out.push({
        identity: 'recurrence_12m_without_measure',
        month: t,
        detail: `${againWithout} > ${withoutYearAgo} closed without a measure a year earlier`,
      });
    if (
      closedYearAgo !== null &&
      withoutYearAgo !== null &&
      again !== null &&
      againWithout !== null &&
      again - againWithout > closedYearAgo - withoutYearAgo
    )
      out.push({
        identity: 'recurrence_12m_with_measure',
        month: t,
        detail: `${again - againWithout} > ${closedYearAgo - withoutYearAgo} closed with a measure a year earlier`,
      });
  }
  return out;
}
