/**
 * Figure source: the monthly report values. It owns the SQL that aggregates the values of the
 * reports a viewer may read (GROUP BY region, period bucket and element, joined to reports for
 * region, period and status; the viewer's scope in the WHERE clause) and declares the tables that
 * SQL reads. What it returns are plain rows for the domain (app/domain/aggregation.ts); the
 * disclosure decision and the scorecards are made in figures.server.ts, never here.
 */
import { sql, type SQL } from 'drizzle-orm';
import { getDb } from '#app/utils/db.server';
import { DATA_ELEMENTS, DERIVED_ELEMENTS } from '#app/domain/catalogue';
import {
  aggregateRows,
  type ElementRow,
  type Grain,
  type MonthRow,
  type RegionBucket,
} from '#app/domain/aggregation';
import type { Period } from '#app/domain/periods';
import { reportScopeSql, type Viewer } from '#app/models/viewer.server';
import type { FigureSource } from '#app/models/figure-sources.server';

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
 * The exact aggregates per region, bucket and element (never handed to a suppressed viewer as they
 * are: figures.server.ts rounds them in the disclosure decision first).
 */
function readRegionBuckets(q: FigureQuery): RegionBucket[] {
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

/**
 * The approved reports per quarter of the active regions, and their reporting starts: what the
 * latest complete quarter is decided from (reports.server.ts).
 */
function readApprovedReports() {
  const db = getDb();
  const rows = db.all<{ quarter: string; n: number }>(sql`
    select substr(r.period, 1, 4) || '-Q' || ((cast(substr(r.period, 6, 2) as integer) + 2) / 3) as quarter,
      count(*) as n
    from reports r join regions g on g.id = r.region_id and g.active = 1
    where r.status = 'goedgekeurd' group by quarter`);
  const reportingStarts = db
    .all<{ s: string }>(sql`select reporting_start as s from regions where active = 1`)
    .map((r) => r.s);
  return { approvedPerQuarter: new Map(rows.map((r) => [r.quarter, r.n])), reportingStarts };
}

export const reportValuesSource = {
  name: 'monthly report values with their reports and regions',
  reads: ['reports', 'report_values', 'regions'],
  regionBuckets: readRegionBuckets,
  approvedReports: readApprovedReports,
} as const satisfies FigureSource;
