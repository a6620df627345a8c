/**
 * What the outcomes block shows: every viewer's buckets through showForViewer, and for suppressed
 * viewers (reviewers, the publication) the one decision per quarter that every response shares.
 */
import { bucketRange, grainOf, type RegionBucket } from '#app/domain/aggregation';
import {
  activeOutcomes,
  buildOutcomes,
  followUpRange,
  type OutcomeRow,
  type ShownOutcome,
} from '#app/domain/outcomes';
import { isWholeQuarterRange, type Period } from '#app/domain/periods';
import { bucketsBetween } from '#app/domain/aggregation';
import type { ShownCount } from '#app/domain/suppression';
import { queryRegionBuckets, suppressedQuarter } from './figures.server';
import { cachedFigures } from './figures-cache.server';
import { baselineOf, listRegions, listScopeEntries } from './regions.server';
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

// ── Suppressed viewers (reviewers, the publication) ─────────────────────────
//
// As for the scorecard (figures.server.ts): what a suppressed viewer sees of an outcome must be the
// same in every response. So an outcome's quarter is decided once, over every region together, and
// hides at least what the quarter's one decision hides of its element (a rate's count) or its
// indicator (a share's parts): the case flow and the value export show those elements. A year, a
// trend bucket longer than a quarter and a region's baseline hide every part any of their quarters
// hides; a baseline that does not consist of whole quarters is not shown to them at all.

type Parts = { numerator: boolean; denominator: boolean };
const hiddenCount = (c: ShownCount | undefined) => typeof c === 'string';
const hiddenParts = (f: unknown): Parts => {
  const shown = f as { numerator?: ShownCount; denominator?: ShownCount; hidden?: boolean } | undefined;
  const numerator = hiddenCount(shown?.numerator);
  const denominator = hiddenCount(shown?.denominator);
  // a value hidden with both parts shown (a rate whose count would follow): hide its count
  return { numerator: numerator || (!!shown?.hidden && !denominator), denominator };
};
const or = (a: Parts | undefined, b: Parts): Parts => ({
  numerator: (a?.numerator ?? false) || b.numerator,
  denominator: (a?.denominator ?? false) || b.denominator,
});

interface Decided {
  regionIds: number[];
  regions: Shown[];
  total: Shown;
}

/** Builds the outcomes of all regions over their ranges, forces the given parts hidden, shows them. */
function decide(
  viewer: Viewer,
  regionIds: number[],
  ranges: Map<number, { from: Period; to: Period }>,
  buckets: Map<number, RegionBucket>,
  forced: (regionId: number | null, code: string) => Parts | undefined,
): Decided {
  const built = buildOutcomes({ regionIds, buckets, ranges, scopes: listScopeEntries(regionIds) });
  const force = (row: OutcomeRow) => ({
    ...row,
    figures: Object.fromEntries(
      Object.entries(row.figures).map(([code, f]) => [code, { ...f, forced: forced(row.regionId, code) }]),
    ),
  });
  const s = show(viewer, { regions: built.regions.map(force), total: force(built.total) });
  return { regionIds, ...s };
}

/** One quarter's outcomes for every region, decided once (cached with the figures). */
function outcomeQuarter(viewer: Viewer, quarter: string): Decided {
  const regionIds = listRegions().map((r) => r.id);
  return cachedFigures(`outcomes|${quarter}|${JSON.stringify([viewer.visibility, regionIds])}`, () => {
    const q = suppressedQuarter(viewer, quarter);
    const { from, to } = bucketRange(quarter);
    const rows = queryRegionBuckets({ viewer, from, to, grain: 'quarter', regionIds });
    const defs = new Map(activeOutcomes().map((o) => [o.def.code, o.def]));
    return decide(
      viewer,
      regionIds,
      new Map(regionIds.map((id) => [id, { from, to }])),
      new Map(rows.map((r) => [r.regionId, r])),
      (regionId, code) => {
        const def = defs.get(code);
        if (!def) return undefined;
        const j = regionId === null ? -1 : q.regionIds.indexOf(regionId);
        if (def.kind === 'rate')
          return { numerator: j >= 0 && hiddenCount(q.elements?.[j]?.[def.element]), denominator: false };
        const row = j >= 0 ? q.regions[j] : regionId === null ? q.total : undefined;
        return hiddenParts(row?.indicators[def.indicator]);
      },
    );
  });
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

/** Outcomes over ranges of whole quarters (a year, each region's baseline), hiding what any quarter hides. */
function outcomeRanges(viewer: Viewer, ranges: Map<number, { from: Period; to: Period }>): Decided {
  const regionIds = listRegions().map((r) => r.id);
  const forced = new Map<string, Parts>();
  const mark = (key: string, p: Parts) => forced.set(key, or(forced.get(key), p));
  const groups = rangeGroups(
    new Map(regionIds.flatMap((id) => (ranges.has(id) ? [[id, ranges.get(id)!]] : []))),
  );
  const buckets = queryRanges(viewer, groups);
  for (const g of groups) {
    const whole = isWholeQuarterRange(g.from, g.to);
    const quarters = whole
      ? bucketsBetween(g.from, g.to, 'quarter').map((q) => outcomeQuarter(viewer, q))
      : [];
    for (const code of activeOutcomes().map((o) => o.def.code))
      for (const id of g.ids) {
        if (!whole) mark(`${id}|${code}`, { numerator: true, denominator: true });
        for (const q of quarters)
          mark(`${id}|${code}`, hiddenParts(q.regions[q.regionIds.indexOf(id)]?.[code]));
        // the total (Σ over the regions' own ranges) hides what any of its regions hides, and when
        // every region shares the range, what any quarter's total hides
        mark(`total|${code}`, forced.get(`${id}|${code}`) ?? { numerator: false, denominator: false });
        if (groups.length === 1) for (const q of quarters) mark(`total|${code}`, hiddenParts(q.total[code]));
      }
  }
  return decide(viewer, regionIds, ranges, buckets, (regionId, code) =>
    forced.get(`${regionId ?? 'total'}|${code}`),
  );
}

/** A bucket of the block as a suppressed viewer sees it, for the regions asked (in their order). */
function pick(d: Decided, ids: readonly number[]) {
  return { regions: ids.map((id) => d.regions[d.regionIds.indexOf(id)]), total: d.total };
}

/** The trend buckets and the baselines of the block as a suppressed viewer sees them, for `ids`. */
export function suppressedOutcomeBuckets(viewer: Viewer, buckets: readonly string[], ids: readonly number[]) {
  const regions = listRegions();
  return {
    perBucket: buckets.map((b) =>
      pick(
        grainOf(b) === 'quarter'
          ? outcomeQuarter(viewer, b)
          : outcomeRanges(viewer, new Map(regions.map((r) => [r.id, bucketRange(b)]))),
        ids,
      ),
    ),
    baseline: pick(
      outcomeRanges(
        viewer,
        new Map(
          regions.map((r) => {
            const b = baselineOf(r);
            return [r.id, { from: b.from, to: b.to }];
          }),
        ),
      ),
      ids,
    ),
    /** the baseline of the outcomes that follow a cohort for twelve months (followUpOf) */
    followUpBaseline: pick(
      outcomeRanges(viewer, new Map(regions.map((r) => [r.id, followUpRange(baselineOf(r), 12)]))),
      ids,
    ),
  };
}
