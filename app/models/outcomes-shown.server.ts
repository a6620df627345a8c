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
import { cachedFiguresMany } from './figures-cache.server';
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
 * The units a baseline is made of, per region, over every range given for it: months for exact
 * figures, the rounded quarter cells for a suppressed viewer (so a reviewer's baseline is a sum of
 * them). Each region is read over its own span (the first to the last month of its ranges), regions
 * with the same span in one query, and the result is kept at the current figures version: the
 * dashboards that show baselines (overview, progress report, region page) read it once per version.
 * Before issue 26 one query read every region over the span of all ranges together — at national
 * scale nine years of months of 42 regions, where each region needs one or two.
 * Units outside a region's ranges are never used (coveredBucket takes only units inside a range).
 */
export function loadBaselineUnits(
  viewer: Viewer,
  ranges: readonly ReadonlyMap<number, Range>[],
  regionIds: readonly number[],
): ReadonlyMap<number, readonly RegionBucket[]> {
  const spans = new Map<number, Range>();
  for (const map of ranges)
    for (const [id, r] of map) {
      const s = spans.get(id);
      spans.set(id, s ? { from: r.from < s.from ? r.from : s.from, to: r.to > s.to ? r.to : s.to } : r);
    }
  const wanted = regionIds.filter((id) => spans.has(id));
  const groups = rangeGroups(new Map(wanted.map((id) => [id, spans.get(id)!])));
  const grain = viewer.suppress ? 'quarter' : 'month';
  const scope = JSON.stringify([viewer.visibility, viewer.suppress]);
  const read = cachedFiguresMany(
    groups.map((g) => `baseline-units|${grain}|${g.from}..${g.to}|${g.ids.join(',')}|${scope}`),
    (missing) =>
      missing.map((i) => {
        const g = groups[i];
        return queryRegionBuckets({ viewer, from: g.from, to: g.to, grain, regionIds: g.ids });
      }),
    groups.map((g) => ({ from: g.from, to: g.to })),
  );
  const out = new Map<number, RegionBucket[]>(regionIds.map((id) => [id, []]));
  for (const rows of read) for (const row of rows) out.get(row.regionId)?.push(row);
  return out;
}
