/**
 * The outcomes block (Uitkomsten): rates per 10,000 children and the two outcome shares for a
 * period, the periods before it (trend) and each region's own baseline, as the viewer may see them
 * (scope in the query, suppression through showForViewer). Never part of a principle score.
 */
import { bucketRange, grainOf, previousBucket, type RegionBucket } from '~/domain/aggregation';
import {
  activeOutcomes,
  buildOutcomes,
  outcomeLabel,
  outcomeLines,
  type Exclusion,
  type OutcomeLine,
  type OutcomeRow,
  type ShownOutcome,
} from '~/domain/outcomes';
import type { Period } from '~/domain/periods';
import type { Text } from '~/domain/lang';
import { bucketsBetween } from '~/domain/aggregation';
import type { ShownCount } from '~/domain/suppression';
import { queryRegionBuckets, suppressedQuarter } from './figures.server';
import { cachedFigures } from './figures-cache.server';
import { baselineOf, listRegions, listScopeEntries } from './regions.server';
import { showForViewer, type Viewer } from './viewer.server';

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

type Shown = Record<string, ShownOutcome>;

function show(viewer: Viewer, built: { regions: OutcomeRow[]; total: OutcomeRow }) {
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
const isWholeQuarters = (from: Period, to: Period) =>
  /-(01|04|07|10)$/.test(from) && /-(03|06|09|12)$/.test(to);

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
function rangeGroups(ranges: ReadonlyMap<number, Range>) {
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
function queryRanges(viewer: Viewer, groups: readonly (Range & { ids: number[] })[]) {
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
    const whole = isWholeQuarters(g.from, g.to);
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
  const suppressed = viewer.suppress
    ? {
        perBucket: buckets.map((b) =>
          pick(
            grainOf(b) === 'quarter'
              ? outcomeQuarter(viewer, b)
              : outcomeRanges(viewer, new Map(listRegions().map((r) => [r.id, bucketRange(b)]))),
            ids,
          ),
        ),
        baseline: pick(
          outcomeRanges(
            viewer,
            new Map(
              listRegions().map((r) => {
                const b = baselineOf(r);
                return [r.id, { from: b.from, to: b.to }];
              }),
            ),
          ),
          ids,
        ),
      }
    : null;
  const perBucket =
    suppressed?.perBucket ??
    buckets.map((b) =>
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
  const baseline =
    suppressed?.baseline ??
    show(
      viewer,
      buildOutcomes({
        regionIds: ids,
        buckets: queryRanges(viewer, rangeGroups(baselineRanges)),
        ranges: baselineRanges,
        scopes,
      }),
    );

  const codes = activeOutcomes().map((o) => o.def.code);
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
    total: { regionId: null, lines: line((s) => s.total, baseline.total) },
    regions: ids.map((regionId, k) => ({ regionId, lines: line((s) => s.regions[k], baseline.regions[k]) })),
    excluded: current.total.excluded,
  };
}
