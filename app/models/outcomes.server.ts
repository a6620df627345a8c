/**
 * The outcomes block (Uitkomsten): rates per 10,000 children and the two outcome shares for a
 * period, the periods before it (trend) and each region's own baseline, as the viewer may see them
 * (scope in the query, suppression through showForViewer). Never part of a principle score.
 */
import { bucketRange, grainOf, previousBucket, type Grain } from '#app/domain/aggregation';
import {
  activeOutcomes,
  buildOutcomes,
  followUpOf,
  followUpRange,
  outcomeLabel,
  outcomeLines,
  type Exclusion,
  type OutcomeLine,
} from '#app/domain/outcomes';
import type { Period } from '#app/domain/periods';
import type { Text } from '#app/domain/lang';
import { queryRegionBuckets } from './figures.server';
import { baselineOf, listRegions, listScopeEntries } from './regions.server';
import type { Viewer } from './viewer.server';
import { queryRanges, rangeGroups, show, type Shown } from './outcomes-shown.server';

/** The follow-up of the recurrence outcomes (indicator followUpMonths): twelve months. */
const FOLLOW_UP = 12;

export interface OutcomeBlockRow {
  /** null: the programme total */
  regionId: number | null;
  lines: OutcomeLine[];
}

export interface OutcomeBlock {
  period: string;
  previous: string;
  trendBuckets: string[];
  codes: string[];
  /** each outcome's name in both languages (the page's JavaScript need not carry the catalogue) */
  labels: Record<string, Text>;
  /** each region's baseline months */
  baselines: { regionId: number; from: Period; to: Period }[];
  total: OutcomeBlockRow | null;
  regions: OutcomeBlockRow[];
  /** per outcome, the regions the programme total leaves out and why */
  excluded: Record<string, Exclusion[]>;
}

/**
 * The block for a period ('YYYY-Qn', 'YYYY' or 'YYYY-MM') and regions: the period, `trendLength`
 * periods of the same grain up to it, and the baseline. The total is Σ over the regions.
 */
export function loadOutcomeBlock(
  viewer: Viewer,
  period: string,
  regionIds: readonly number[],
  trendLength = 5,
): OutcomeBlock {
  const grain = grainOf(period) ?? 'quarter';
  const buckets = [period];
  while (buckets.length < trendLength) buckets.unshift(previousBucket(buckets[0]));
  const all = listRegions().filter((r) => regionIds.includes(r.id));
  const ids = all.map((r) => r.id);
  const scopes = listScopeEntries(ids);
  const rows = queryRegionBuckets({
    viewer,
    from: bucketRange(buckets[0]).from,
    to: bucketRange(period).to,
    grain,
    regionIds: ids,
  });
  const perBucket = buckets.map((b) =>
    show(
      viewer,
      buildOutcomes({
        regionIds: ids,
        buckets: new Map(rows.filter((r) => r.bucket === b).map((r) => [r.regionId, r])),
        ranges: new Map(ids.map((id) => [id, bucketRange(b)])),
        scopes,
      }),
    ),
  );
  const current = buildOutcomes({
    regionIds: ids,
    buckets: new Map(rows.filter((r) => r.bucket === period).map((r) => [r.regionId, r])),
    ranges: new Map(ids.map((id) => [id, bucketRange(period)])),
    scopes,
  });

  // Each region against its own baseline; regions sharing a baseline are read in one query.
  const baselines = all.map((r) => ({ regionId: r.id, ...baselineOf(r) }));
  const baselineRanges = new Map(baselines.map((b) => [b.regionId, { from: b.from, to: b.to }]));
  /** The outcomes over each region's own range, as this viewer may see them. */
  const over = (ranges: typeof baselineRanges) =>
    show(
      viewer,
      buildOutcomes({ regionIds: ids, buckets: queryRanges(viewer, rangeGroups(ranges)), ranges, scopes }),
    );
  const baseline = over(baselineRanges);

  // Recurrence twelve months after closure follows the families closed in the baseline: its baseline
  // is measured in the twelve months after the region's (FOLLOW_UP below).
  const followUpRanges = new Map(baselines.map((b) => [b.regionId, followUpRange(b, FOLLOW_UP)]));
  const followUpBaseline = over(followUpRanges);
  const codes = activeOutcomes().map((o) => o.def.code);
  const baseOf = (own: Shown, followUp: Shown): Shown =>
    Object.fromEntries(codes.map((c) => [c, followUpOf(c) > 0 ? followUp[c] : own[c]]));
  const last = perBucket.length - 1;
  const line = (pick: (s: { regions: Shown[]; total: Shown }) => Shown, base: Shown) =>
    outcomeLines(
      codes,
      pick(perBucket[last]),
      last > 0 ? pick(perBucket[last - 1]) : undefined,
      base,
      perBucket.map(pick),
    );
  return {
    period,
    previous: previousBucket(period),
    trendBuckets: buckets,
    codes,
    labels: Object.fromEntries(
      activeOutcomes().map(({ def }) => [
        def.code,
        { nl: outcomeLabel(def, 'nl'), en: outcomeLabel(def, 'en') },
      ]),
    ),
    baselines: baselines.map(({ regionId, from, to }) => ({ regionId, from, to })),
    total: { regionId: null, lines: line((s) => s.total, baseOf(baseline.total, followUpBaseline.total)) },
    regions: ids.map((regionId, k) => ({
      regionId,
      lines: line((s) => s.regions[k], baseOf(baseline.regions[k], followUpBaseline.regions[k])),
    })),
    excluded: current.total.excluded,
  };
}

/**
 * One outcome (a rate or a share) per bucket for the regions asked (in their order) and the
 * programme total, as the viewer may see it: for the compare page (for suppressed viewers made of
 * the same rounded base cells as the outcomes block).
 */
export function loadOutcomeValues(
  viewer: Viewer,
  code: string,
  buckets: readonly string[],
  regionIds: readonly number[],
): { regions: (number | null)[]; total: number | null }[] {
  const valuesOf = (s: { regions: Shown[]; total: Shown }) => ({
    regions: s.regions.map((r) => r?.[code]?.value ?? null),
    total: s.total[code]?.value ?? null,
  });
  const scopes = listScopeEntries(regionIds);
  return buckets.map((b) => {
    const range = bucketRange(b);
    const rows = queryRegionBuckets({
      viewer,
      ...range,
      grain: (grainOf(b) ?? 'range') as Grain,
      regionIds,
    });
    return valuesOf(
      show(
        viewer,
        buildOutcomes({
          regionIds,
          buckets: new Map(rows.map((r) => [r.regionId, r])),
          ranges: new Map(regionIds.map((id) => [id, range])),
          scopes,
        }),
      ),
    );
  });
}
