/**
 * The figures behind every dashboard. Aggregation runs in SQL (GROUP BY region, period bucket,
 * element, joined to reports for region, period and status); the domain turns those rows into
 * indicator values and scores. The viewer's scope (viewer.server.ts) sits in the WHERE clause.
 * Elsewhere: period parameters in domain/aggregation.ts (parseBucket), thresholds in
 * settings.server.ts, reporting status in reports.server.ts, region info in regions.server.ts,
 * the API's serialisation beside api.scores.
 */
import { sql, type SQL } from 'drizzle-orm';
import { getDb } from '#app/utils/db.server';
import { DATA_ELEMENTS, DERIVED_ELEMENTS } from '#app/domain/catalogue';
import {
  aggregateRows,
  bucketRange,
  bucketsBetween,
  elementValue,
  grainOf,
  type ElementRow,
  type Grain,
  type MonthRow,
  type RegionBucket,
} from '#app/domain/aggregation';
import type { RegisterParts } from '#app/domain/scoring';
import {
  bottlenecksTakenUpOn,
  experimentsEvaluatedOn,
  type BottleneckState,
  type ExperimentState,
  type FieldChange,
} from '#app/domain/register-as-of';
import { buildScorecard, type Scorecard as FullScorecard, type ScoreRow } from '#app/domain/scorecard';
import {
  combineDisclosed,
  discloseQuarters,
  type DisclosedBuckets,
  type ShownCount,
} from '#app/domain/disclosure';
import { cachedFigures, cachedFiguresMany } from './figures-cache.server';
import { listTargetSettings } from './targets.server';
import { listRegions } from './regions.server';
import { reportScopeSql, viewerThresholds, type Viewer } from './viewer.server';
import { endOfMonth, isWholeQuarterRange, type Period } from '#app/domain/periods';

function bucketExpr(grain: Grain, q: { from: Period; to: Period }): SQL {
  if (grain === 'month') return sql`r.period`;
  if (grain === 'range') return sql`${`${q.from}..${q.to}`}`;
  if (grain === 'quarter')
    return sql`substr(r.period, 1, 4) || '-Q' || ((cast(substr(r.period, 6, 2) as integer) + 2) / 3)`;
  return sql`substr(r.period, 1, 4)`;
}

/**
 * Derived elements (catalogue DERIVED_ELEMENTS): the value of another element in the visible report
 * whole years earlier, e.g. closed_12m_ago = families_closed of the same month a year before.
 * Values once typed under a derived code stay stored but are not used.
 */
const DERIVED = DERIVED_ELEMENTS.filter((e) => e.derivedFrom && e.derivedFrom.lagMonths % 12 === 0);
const DERIVED_CODES = sql.join(
  DERIVED.map((e) => sql`${e.code}`),
  sql`, `,
);
function derivedSources(): SQL {
  return sql.join(
    DERIVED.map(
      (e) =>
        sql`select ${e.code} as code, ${e.derivedFrom!.element} as source, ${e.derivedFrom!.lagMonths / 12} as lag_years`,
    ),
    sql` union all `,
  );
}

const WEIGHTED = DATA_ELEMENTS.filter((e) => e.aggregation === 'weighted' && e.weight);
const weightOf = sql.join(
  [sql`case v.element_code`, ...WEIGHTED.map((e) => sql`when ${e.code} then ${e.weight}`), sql`end`],
  sql` `,
);

export interface FigureQuery {
  viewer: Viewer;
  from: Period;
  to: Period;
  grain: Grain;
  /** limit to these regions (undefined = all active regions) */
  regionIds?: readonly number[];
}

function visibleReports(q: FigureQuery): SQL {
  const regionFilter =
    q.regionIds && q.regionIds.length > 0
      ? sql`and r.region_id in (${sql.join(
          q.regionIds.map((id) => sql`${id}`),
          sql`, `,
        )})`
      : q.regionIds
        ? sql`and 0`
        : sql``;
  return sql`select r.id, r.region_id, r.period, r.status, ${bucketExpr(q.grain, q)} as bucket,
      max(r.period) over (partition by r.region_id, ${bucketExpr(q.grain, q)}) as last_period
    from reports r join regions g on g.id = r.region_id and g.active = 1
    where r.period between ${q.from} and ${q.to} and ${reportScopeSql(q.viewer)} ${regionFilter}`;
}

/**
 * Element aggregates per region and bucket, as domain RegionBuckets: exact for managers and
 * coordinators; for suppressed viewers made of the disclosure decision's rounded base cells only
 * (disclosedBuckets), so every output built on this function discloses the same figures.
 */
export function queryRegionBuckets(q: FigureQuery): RegionBucket[] {
  return q.viewer.suppress ? [...disclosedBuckets(q)] : exactRegionBuckets(q);
}

/** The exact aggregates (never for a suppressed viewer: disclosedBuckets rounds them first). */
function exactRegionBuckets(q: FigureQuery): RegionBucket[] {
  const db = getDb();
  const elementRows = db.all<{
    region_id: number;
    bucket: string;
    element_code: string;
    total: number | null;
    known: number;
    last: number | null;
    weighted_sum: number | null;
    weight_total: number | null;
  }>(sql`with vis as (${visibleReports(q)})
    select vis.region_id, vis.bucket, v.element_code,
      sum(v.value) as total,
      count(v.value) as known,
      sum(case when vis.period = vis.last_period then v.value end) as last,
      sum(v.value * w.value) as weighted_sum,
      sum(case when v.value is not null then w.value end) as weight_total
    from vis
    join report_values v on v.report_id = vis.id
    left join report_values w on w.report_id = vis.id and w.element_code = ${weightOf}
    where v.element_code not in (${DERIVED_CODES})
    group by vis.region_id, vis.bucket, v.element_code
    union all
    select vis.region_id, vis.bucket, d.code as element_code,
      sum(lag.value) as total,
      count(lag.value) as known,
      sum(case when vis.period = vis.last_period then lag.value end) as last,
      null as weighted_sum,
      null as weight_total
    from vis
    join (${derivedSources()}) d
    left join reports r on r.region_id = vis.region_id and ${reportScopeSql(q.viewer)}
      and r.period = printf('%04d-%s', cast(substr(vis.period, 1, 4) as integer) - d.lag_years,
        substr(vis.period, 6, 2))
    left join report_values lag on lag.report_id = r.id and lag.element_code = d.source
    group by vis.region_id, vis.bucket, d.code`);
  const monthRows = db.all<{
    region_id: number;
    bucket: string;
    months: number;
    provisional: number;
    last_period: string;
  }>(sql`with vis as (${visibleReports(q)})
    select region_id, bucket, count(*) as months, max(status <> 'goedgekeurd') as provisional,
      max(period) as last_period
    from vis group by region_id, bucket`);
  const rows: ElementRow[] = elementRows.map((r) => ({
    regionId: r.region_id,
    bucket: r.bucket,
    elementCode: r.element_code,
    total: r.total,
    known: r.known,
    last: r.last,
    weightedSum: r.weighted_sum,
    weightTotal: r.weight_total,
  }));
  const months: MonthRow[] = monthRows.map((m) => ({
    regionId: m.region_id,
    bucket: m.bucket,
    months: m.months,
    provisional: m.provisional === 1,
    lastPeriod: m.last_period,
  }));
  return aggregateRows(rows, months);
}

export interface RegisterCounts {
  experiments: RegisterParts;
  bottlenecks: RegisterParts;
}

/** The registers with their status and outcome history, for evaluating them on a past day. */
export function loadRegisterStates(): { experiments: ExperimentState[]; bottlenecks: BottleneckState[] } {
  const db = getDb();
  const history = db.all<{ entity_type: string; entity_id: number } & FieldChange>(sql`
    select entity_type, entity_id, field, old_value as oldValue, new_value as newValue, at
    from register_history where field in ('status', 'outcome')`);
  const byEntity = new Map<string, FieldChange[]>();
  for (const h of history) {
    const key = `${h.entity_type}:${h.entity_id}`;
    const list = byEntity.get(key) ?? [];
    list.push({ field: h.field, oldValue: h.oldValue, newValue: h.newValue, at: h.at });
    byEntity.set(key, list);
  }
  const experiments = db
    .all<{
      id: number;
      regionId: number;
      status: string;
      statusSince: string;
      startDate: string | null;
      endDate: string | null;
      outcome: string | null;
    }>(
      sql`select id, region_id as regionId, status, status_since as statusSince, start_date as startDate,
        end_date as endDate, outcome from experiments`,
    )
    .map((e) => ({ ...e, history: byEntity.get(`experiment:${e.id}`) ?? [] }));
  const starts = new Map<number, (string | null)[]>();
  for (const l of db.all<{ bottleneck_id: number; start_date: string | null }>(sql`
    select l.bottleneck_id, e.start_date from experiment_bottlenecks l
    join experiments e on e.id = l.experiment_id`)) {
    const list = starts.get(l.bottleneck_id) ?? [];
    list.push(l.start_date);
    starts.set(l.bottleneck_id, list);
  }
  const bottlenecks = db
    .all<{ id: number; regionId: number; status: string; statusSince: string; identifiedDate: string }>(
      sql`select id, region_id as regionId, status, status_since as statusSince,
        identified_date as identifiedDate from bottlenecks`,
    )
    .map((b) => ({
      ...b,
      linkedExperimentStarts: starts.get(b.id) ?? [],
      history: byEntity.get(`bottleneck:${b.id}`) ?? [],
    }));
  return { experiments, bottlenecks };
}

/**
 * Register counts per region as the registers stood on the last day of `to` (see
 * app/domain/register-as-of.ts): experiments evaluated and bottlenecks taken up.
 */
export function queryRegisterCounts(
  to: Period,
  states: ReturnType<typeof loadRegisterStates> = loadRegisterStates(),
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
  );
}

/** Scorecards computed from the database, bypassing the cache (loadScorecards; the benchmark). */
export function computeScorecards(viewer: Viewer, buckets: readonly string[], regionIds: readonly number[]) {
  if (viewer.suppress) return buckets.map((bucket) => suppressedScorecard(viewer, bucket, regionIds));
  const grain = grainOf(buckets[0]) ?? 'quarter';
  const from = bucketRange(buckets[0]).from;
  const to = bucketRange(buckets[buckets.length - 1]).to;
  const rows = exactRegionBuckets({ viewer, from, to, grain, regionIds });
  const targets = listTargetSettings();
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
  return cachedFigures(`disclosed|${bucket}|${scope}`, () => {
    const { from, to } = bucketRange(bucket);
    const grain = grainOf(bucket)!;
    return {
      regionIds,
      ...buildScorecard({
        bucket,
        regionIds,
        buckets: disclosedBuckets({ viewer, from, to, grain, regionIds }),
        registers: queryRegisterCounts(to),
        targets: listTargetSettings(),
        suppress: viewerThresholds(viewer)!,
        withElements,
      }),
    };
  });
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
