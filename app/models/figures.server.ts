/**
 * The figures behind every dashboard: source → aggregate → indicator → disclose → present. The
 * rows come from the declared sources (figure-sources.server.ts, which own the SQL: aggregation by
 * region, period bucket and element with the viewer's scope in the WHERE clause); the domain turns
 * them into indicator values and scores, and the disclosure decision rounds them for suppressed
 * viewers. This module holds no SQL. Elsewhere: period parameters in domain/aggregation.ts (parseBucket), thresholds in
 * settings.server.ts, reporting status in reports.server.ts, region info in regions.server.ts,
 * the API's serialisation beside api.scores.
 */
import {
  bucketRange,
  bucketsBetween,
  elementValue,
  grainOf,
  type RegionBucket,
} from '#app/domain/aggregation';
import { DATA_ELEMENTS } from '#app/domain/catalogue';
import type { RegisterParts } from '#app/domain/scoring';
import { bottlenecksTakenUpOn, experimentsEvaluatedOn } from '#app/domain/register-as-of';
import { buildScorecard, type Scorecard as FullScorecard, type ScoreRow } from '#app/domain/scorecard';
import {
  combineDisclosed,
  discloseQuarters,
  type DisclosedBuckets,
  type ShownCount,
} from '#app/domain/disclosure';
import { SOURCES } from './figure-sources.server';
import type { FigureQuery } from './sources/report-values.server';
import type { RegisterStates } from './sources/registers.server';
import { cachedFigures, cachedFiguresMany } from './figures-cache.server';
import { listRegions } from './regions.server';
import { viewerThresholds, type Viewer } from './viewer.server';
import { endOfMonth, isWholeQuarterRange, type Period } from '#app/domain/periods';

export type { FigureQuery };

/** The exact aggregates of the report values source (never for a suppressed viewer as they are). */
const exactRegionBuckets = (q: FigureQuery) => SOURCES.reportValues.regionBuckets(q);

/** The registers with their status and outcome history, for evaluating them on a past day. */
export const loadRegisterStates = (): RegisterStates => SOURCES.registers.states();

/**
 * Element aggregates per region and bucket, as domain RegionBuckets: exact for managers and
 * coordinators; for suppressed viewers made of the disclosure decision's rounded base cells only
 * (disclosedBuckets), so every output built on this function discloses the same figures.
 */
export function queryRegionBuckets(q: FigureQuery): RegionBucket[] {
  return q.viewer.suppress ? [...disclosedBuckets(q)] : exactRegionBuckets(q);
}

/**
 * Exact element aggregates per region and month over from..to, for viewers shown months (never a
 * suppressed viewer): the same rows as queryRegionBuckets at month grain, kept per month at the
 * current figures version for every active region in the viewer's scope (one query for the span of
 * the months not yet kept). A month's bucket depends only on that month's reports (and, for derived
 * elements, the same month a year or more earlier, which the cache's lags cover), so a save
 * recomputes its own month and every other month is read from the cache (issue 23's before/after:
 * two years of 42 regions per view). Sorted by region, then month.
 */
export function loadMonthBuckets(
  viewer: Viewer,
  from: Period,
  to: Period,
  regionIds: readonly number[],
): RegionBucket[] {
  if (viewer.suppress) throw new Error('loadMonthBuckets: months are not shown to a suppressed viewer');
  const months = bucketsBetween(from, to, 'month');
  if (months.length === 0) return [];
  const all = listRegions().map((r) => r.id);
  const scope = JSON.stringify([viewer.visibility, all]);
  const perMonth = cachedFiguresMany(
    months.map((m) => `month-buckets|${m}|${scope}`),
    (missing) => {
      const wanted = missing.map((i) => months[i]);
      const rows = exactRegionBuckets({
        viewer,
        from: wanted[0],
        to: wanted[wanted.length - 1],
        grain: 'month',
        regionIds: all,
      });
      return wanted.map((m) => rows.filter((r) => r.bucket === m));
    },
    months.map((m) => ({ from: m, to: m })),
  );
  const wanted = new Set(regionIds);
  return perMonth
    .flat()
    .filter((b) => wanted.has(b.regionId))
    .sort((a, b) => a.regionId - b.regionId || a.bucket.localeCompare(b.bucket));
}

export interface RegisterCounts {
  experiments: RegisterParts;
  bottlenecks: RegisterParts;
}

/**
 * Register counts per region as the registers stood on the last day of `to` (see
 * app/domain/register-as-of.ts): experiments evaluated and bottlenecks taken up.
 */
export function queryRegisterCounts(
  to: Period,
  states: RegisterStates = loadRegisterStates(),
): Map<number, RegisterCounts> {
  const day = endOfMonth(to);
  const exp = experimentsEvaluatedOn(states.experiments, day);
  const bot = bottlenecksTakenUpOn(states.bottlenecks, day);
  const out = new Map<number, RegisterCounts>();
  for (const id of new Set([...exp.keys(), ...bot.keys()]))
    out.set(id, {
      experiments: exp.get(id) ?? { numerator: 0, denominator: 0 },
      bottlenecks: bot.get(id) ?? { numerator: 0, denominator: 0 },
    });
  return out;
}

// ── Loaders' entry points ───────────────────────────────────────────────────

type Scorecard = { bucket: string; regions: ScoreRow[]; total: ScoreRow };

/** One bucket's scorecard (all regions and the total) for a viewer. */
export function loadScorecard(viewer: Viewer, bucket: string, regionIds: readonly number[]) {
  const { regions, total } = loadScorecards(viewer, [bucket], regionIds)[0];
  return { regions, total };
}

/**
 * Scorecards for consecutive buckets (trends): one SQL aggregate for the range of the buckets not
 * yet cached at the current figures version (see figures-cache.server.ts). Treat as read-only.
 */
export function loadScorecards(
  viewer: Viewer,
  buckets: readonly string[],
  regionIds: readonly number[],
): Scorecard[] {
  if (buckets.length === 0) return [];
  const scope = JSON.stringify([viewer.visibility, viewer.suppress, regionIds]);
  return cachedFiguresMany(
    buckets.map((b) => `scorecard|${b}|${scope}`),
    (missing) =>
      computeScorecards(
        viewer,
        missing.map((i) => buckets[i]),
        regionIds,
      ),
    buckets.map((b) => bucketRange(b)),
  );
}

/** Scorecards computed from the database, bypassing the cache (loadScorecards; the benchmark). */
export function computeScorecards(viewer: Viewer, buckets: readonly string[], regionIds: readonly number[]) {
  if (viewer.suppress) return buckets.map((bucket) => suppressedScorecard(viewer, bucket, regionIds));
  const grain = grainOf(buckets[0]) ?? 'quarter';
  const from = bucketRange(buckets[0]).from;
  const to = bucketRange(buckets[buckets.length - 1]).to;
  const rows = exactRegionBuckets({ viewer, from, to, grain, regionIds });
  const targets = SOURCES.targets.targets();
  const registerStates = loadRegisterStates();
  return buckets.map((bucket) => ({
    bucket,
    ...buildScorecard({
      bucket,
      regionIds,
      buckets: rows,
      registers: queryRegisterCounts(bucketRange(bucket).to, registerStates),
      targets,
      suppress: null,
    }),
  }));
}

// ── Suppressed viewers (reviewers, the publication) ─────────────────────────
//
// What a suppressed viewer is shown is built from one set of base cells: each element of each
// region in each complete quarter, rounded (app/domain/disclosure.ts). A year, a range of quarters,
// a baseline and the programme total are sums of those rounded cells, so no response can tell
// more than the rounded quarters do, and every response tells the same. A month is not shown.

/** The rounded base cells of the whole quarters from..to for these regions (cached per quarter). */
function disclosedQuarters(viewer: Viewer, from: Period, to: Period, regionIds: readonly number[]) {
  const all = listRegions().map((r) => r.id);
  const scope = JSON.stringify([viewer.visibility, all]);
  const quarters = bucketsBetween(from, to, 'quarter').filter(
    (q) => bucketRange(q).from >= from && bucketRange(q).to <= to,
  );
  const cells = cachedFiguresMany(
    quarters.map((quarter) => `base-cells|${quarter}|${scope}`),
    (missing) =>
      missing.map((i) => {
        const range = bucketRange(quarters[i]);
        return [
          ...discloseQuarters(
            exactRegionBuckets({ viewer, ...range, grain: 'quarter', regionIds: all }),
            viewerThresholds(viewer)!,
          ),
        ];
      }),
    quarters.map((q) => bucketRange(q)),
  );
  const wanted = new Set(regionIds);
  return discloseFrom(cells.flat().filter((b) => wanted.has(b.regionId)));
}

/** Cells already disclosed (they come from the cache, which holds discloseQuarters' results only). */
const discloseFrom = (cells: RegionBucket[]) => cells as unknown as DisclosedBuckets;

/** The buckets of a figure query for a suppressed viewer, from the rounded base cells. */
export function disclosedBuckets(q: FigureQuery): DisclosedBuckets {
  const regionIds = q.regionIds ?? listRegions().map((r) => r.id);
  const quarters = disclosedQuarters(q.viewer, q.from, q.to, regionIds);
  const buckets = q.grain === 'range' ? [`${q.from}..${q.to}`] : bucketsBetween(q.from, q.to, q.grain);
  return discloseFrom(buckets.flatMap((b) => [...combineDisclosed(quarters, b, regionIds)]));
}

/** Whole quarters only: a month or a range that cuts a quarter is refused for suppressed viewers. */
function assertWholeQuarters(bucket: string) {
  const { from, to } = bucketRange(bucket);
  const wholeQuarters = grainOf(bucket) !== 'month' && isWholeQuarterRange(from, to);
  if (!wholeQuarters)
    throw Response.json(
      {
        // no request language down here: both, Dutch first, as the other refusals without one
        error:
          'Aantallen worden per heel kwartaal afgerond: vraag een kwartaal (2026-Q3) of een jaar (2026).\n' +
          'Counts are rounded per whole quarter: ask for a quarter (2026-Q3) or a year (2026).',
      },
      { status: 400 },
    );
}

/** One quarter's disclosed figures and element values for every active region (cached). */
export function suppressedQuarter(viewer: Viewer, quarter: string): FullScorecard & { regionIds: number[] } {
  return suppressedCard(viewer, quarter, true);
}

function suppressedCard(viewer: Viewer, bucket: string, withElements: boolean) {
  const regionIds = listRegions().map((r) => r.id);
  const scope = JSON.stringify([viewer.visibility, regionIds, withElements]);
  const range = bucketRange(bucket);
  return cachedFigures(
    `disclosed|${bucket}|${scope}`,
    () => {
      const { from, to } = range;
      const grain = grainOf(bucket)!;
      return {
        regionIds,
        ...buildScorecard({
          bucket,
          regionIds,
          buckets: disclosedBuckets({ viewer, from, to, grain, regionIds }),
          registers: queryRegisterCounts(to),
          targets: SOURCES.targets.targets(),
          suppress: viewerThresholds(viewer)!,
          withElements,
        }),
      };
    },
    range,
  );
}

function suppressedScorecard(viewer: Viewer, bucket: string, regionIds: readonly number[]) {
  assertWholeQuarters(bucket);
  const card = suppressedCard(viewer, bucket, false);
  const rowOf = (id: number) => card.regions[card.regionIds.indexOf(id)];
  return { bucket, regions: regionIds.map(rowOf).filter((r) => r !== undefined), total: card.total };
}

/**
 * Element values of a quarter per region as this viewer may see them (the case flow, the value
 * export): exact, or decided together with the quarter's figures for suppressed viewers.
 */
export function loadElementValues(viewer: Viewer, quarter: string): Map<number, Record<string, ShownCount>> {
  if (viewer.suppress) {
    const q = suppressedQuarter(viewer, quarter);
    return new Map(q.regionIds.map((id, i) => [id, q.elements![i]]));
  }
  const { from, to } = bucketRange(quarter);
  const out = new Map<number, Record<string, ShownCount>>();
  for (const b of exactRegionBuckets({ viewer, from, to, grain: 'quarter' })) {
    const values: Record<string, ShownCount> = {};
    for (const e of DATA_ELEMENTS) values[e.code] = elementValue(b, e.code).value;
    out.set(b.regionId, values);
  }
  return out;
}
