/**
 * What the outcomes block shows: every viewer's buckets through showForViewer. For suppressed
 * viewers (reviewers, the publication) the buckets are made of the rounded base cells
 * (queryRegionBuckets → disclosure.ts), so a rate is the rounded count / the published population
 * and a share rounded / rounded, in every response alike.
 */
import type { RegionBucket } from '#app/domain/aggregation';
import type { OutcomeRow } from '#app/domain/outcomes';
import type { ShownOutcome } from '#app/domain/outcome-lines';
import type { Period } from '#app/domain/periods';
import { queryRegionBuckets } from './figures.server';
import { showForViewer, type Viewer } from './viewer.server';

export type Shown = Record<string, ShownOutcome>;

export function show(viewer: Viewer, built: { regions: OutcomeRow[]; total: OutcomeRow }) {
  const s = showForViewer(viewer, {
    regions: built.regions.map((r) => r.figures),
    total: built.total.figures,
    counts: [],
  });
  return { regions: s.regions as Shown[], total: s.total as Shown };
}

type Range = { from: Period; to: Period };

/** The regions that share a range (each group is read in one query). */
export function rangeGroups(ranges: ReadonlyMap<number, Range>) {
  const groups = new Map<string, Range & { ids: number[] }>();
  for (const [id, range] of ranges) {
    const key = `${range.from}..${range.to}`;
    const g = groups.get(key) ?? { from: range.from, to: range.to, ids: [] };
    g.ids.push(id);
    groups.set(key, g);
  }
  return [...groups.values()];
}

/** Each region's figures over its own range. */
export function queryRanges(viewer: Viewer, groups: readonly (Range & { ids: number[] })[]) {
  const buckets = new Map<number, RegionBucket>();
  for (const g of groups)
    for (const row of queryRegionBuckets({
      viewer,
      from: g.from,
      to: g.to,
      grain: 'range',
      regionIds: g.ids,
    }))
      buckets.set(row.regionId, row);
  return buckets;
}

/**
 * The units a baseline is made of, per region, over every range given: months for exact figures,
 * the rounded quarter cells for a suppressed viewer (so a reviewer's baseline is a sum of them).
 */
export function loadBaselineUnits(viewer: Viewer, ranges: readonly Range[], regionIds: readonly number[]) {
  const out = new Map<number, RegionBucket[]>(regionIds.map((id) => [id, []]));
  if (ranges.length === 0 || regionIds.length === 0) return out;
  const from = ranges.reduce((m, r) => (r.from < m ? r.from : m), ranges[0].from);
  const to = ranges.reduce((m, r) => (r.to > m ? r.to : m), ranges[0].to);
  for (const row of queryRegionBuckets({
    viewer,
    from,
    to,
    grain: viewer.suppress ? 'quarter' : 'month',
    regionIds,
  }))
    out.get(row.regionId)?.push(row);
  return out;
}
