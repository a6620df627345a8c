/**
 * A baseline filled from reference data (issue 23, item 6; ADR 019): for a baseline before a
 * region's first monthly report, the mean of a reference series over the baseline months, each of
 * its periods (a month, quarter or year lying wholly within them) weighted by its months. Unknown
 * values are left out; none known: no value (never 0). Such a baseline has no counts: it is shown
 * with its source and takes no part in pooled totals or intervals.
 * Pure: no database, Remix or React.
 */
import { bucketRange, grainOf } from './aggregation';
import { periodRange, type Period } from './periods';

export interface ReferenceBaseline {
  code: string;
  value: number;
  from: Period;
  to: Period;
  seriesCode: string;
  label: string;
  source: string;
  sourceTable: string;
  retrievedOn: string;
  /** CBS's count and child-years behind a baseline from CBS's pre-pilot years (null: a typed series, no counts) */
  count: number | null;
  childYears: number | null;
}

export function referenceBaselineValue(
  values: readonly { period: string; value: number | null }[],
  range: { from: Period; to: Period },
): number | null {
  let sum = 0;
  let months = 0;
  for (const v of values) {
    if (v.value === null) continue;
    const grain = grainOf(v.period);
    if (!grain || grain === 'range') continue;
    const r = bucketRange(v.period);
    if (r.from < range.from || r.to > range.to) continue;
    const n = periodRange(r.from, r.to).length;
    sum += v.value * n;
    months += n;
  }
  return months > 0 ? sum / months : null;
}
