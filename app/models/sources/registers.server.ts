/**
 * Figure source: the registers. It owns the SQL the figures read of the experiments and bottlenecks:
 * their status and outcome history for evaluating them on a past day (app/domain/register-as-of.ts)
 * and the experiments that name an indicator (the markers on charts and "voor en na"), and declares
 * the tables that SQL reads. Plain rows for the domain; counting and disclosure happen elsewhere.
 */
import { sql } from 'drizzle-orm';
import { getDb } from '#app/utils/db.server';
import type { BottleneckState, ExperimentState, FieldChange } from '#app/domain/register-as-of';
import type { ExperimentSpan } from '#app/domain/experiment-effect';
import type { FigureSource } from '#app/models/figure-sources.server';

/** The registers with their status and outcome history, for evaluating them on a past day. */
export type RegisterStates = { experiments: ExperimentState[]; bottlenecks: BottleneckState[] };

function readRegisterStates(): RegisterStates {
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
    .all<Omit<ExperimentState, 'history'> & { id: number }>(
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

/** Regions with an experiment (of any status) that names the indicator. */
function readRegionsWithExperimentNaming(code: string): Set<number> {
  return new Set(
    getDb()
      .all<{ region_id: number }>(
        sql`select distinct e.region_id from experiments e, json_each(e.indicators) i where i.value = ${code}`,
      )
      .map((r) => r.region_id),
  );
}

export interface ExperimentMarkerRow {
  id: number;
  title: string;
  regionName: string;
  startDate: string | null;
  endDate: string | null;
}

/** The experiments of these regions that name the indicator, with their region's name and dates. */
function readExperimentsNaming(indicatorCode: string, regionIds: readonly number[]): ExperimentMarkerRow[] {
  if (regionIds.length === 0) return [];
  return getDb().all<ExperimentMarkerRow>(
    sql`select e.id, e.title, g.name as regionName, e.start_date as startDate, e.end_date as endDate
      from experiments e join regions g on g.id = e.region_id
      where e.region_id in (${sql.join(
        regionIds.map((id) => sql`${id}`),
        sql`, `,
      )})
        and exists (select 1 from json_each(e.indicators) i where i.value = ${indicatorCode})`,
  );
}

/** Every experiment's running time and the codes it names (the pool is decided from these). */
function readExperimentSpans(): (ExperimentSpan & { codes: string[] })[] {
  return getDb()
    .all<{
      region_id: number;
      status: string;
      start_date: string | null;
      end_date: string | null;
      indicators: string | null;
    }>(sql`select region_id, status, start_date, end_date, indicators from experiments`)
    .map((e) => ({
      regionId: e.region_id,
      status: e.status,
      startDate: e.start_date,
      endDate: e.end_date,
      codes: parseCodes(e.indicators),
    }));
}

function parseCodes(json: string | null): string[] {
  try {
    const v: unknown = JSON.parse(json ?? '[]');
    return Array.isArray(v) ? v.filter((c): c is string => typeof c === 'string') : [];
  } catch {
    return [];
  }
}

export const registersSource = {
  name: 'the registers (experiment and bottleneck counts, experiment markers, status as of a quarter)',
  reads: ['experiments', 'bottlenecks', 'experiment_bottlenecks', 'register_history', 'regions'],
  states: readRegisterStates,
  experimentSpans: readExperimentSpans,
  regionsWithExperimentNaming: readRegionsWithExperimentNaming,
  experimentsNaming: readExperimentsNaming,
} as const satisfies FigureSource;
