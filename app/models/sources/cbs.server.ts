/**
 * Figure source: CBS StatLine (issue 24, ADR 020). It owns the SQL that reads the stored CBS cells,
 * the municipalities and a region's scope as municipalities, and declares the tables it reads.
 * Plain rows for the domain; comparison groups and rates are computed elsewhere.
 *
 * Every function takes the database first, so the comparison-group code and the tests can pass the
 * one they hold; `cbsSource` binds them to the app's database for `SOURCES`.
 */
import { sql } from 'drizzle-orm';
import type { AppDatabase } from '#db/client';
import { getDb } from '#app/utils/db.server';
import type { CbsMeasure, CbsStatus } from '#app/domain/cbs-catalogue';
import type { FigureSource } from '#app/models/figure-sources.server';

export type { CbsMeasure, CbsStatus } from '#app/domain/cbs-catalogue';

export type CbsCell = {
  region: string;
  period: string;
  value: number | null;
  status: CbsStatus;
  rounded: boolean;
};

/** The current (not superseded) cells of our measure for these region codes and CBS period codes. */
export function cbsCells(
  db: AppDatabase,
  q: { measure: CbsMeasure; regions: readonly string[]; periods?: readonly string[] },
): CbsCell[] {
  if (q.regions.length === 0 || q.periods?.length === 0) return [];
  const regions = sql.join(
    q.regions.map((r) => sql`${r}`),
    sql`, `,
  );
  const periods = q.periods
    ? sql` and period in (${sql.join(
        q.periods.map((p) => sql`${p}`),
        sql`, `,
      )})`
    : sql``;
  return db
    .all<{ region: string; period: string; value: number | null; status: CbsStatus; rounded: number }>(
      sql`select region_code as region, period, value, status, rounded from cbs_observations
        where superseded_by is null and measure = ${q.measure} and region_code in (${regions})${periods}
        order by region_code, period`,
    )
    .map((r) => ({ ...r, rounded: r.rounded === 1 }));
}

export type RegionMunicipality = { code: string; name: string; partial: boolean; district: string | null };

/**
 * A region's municipalities in a month ('YYYY-MM'): the set with the latest start not after the
 * month (for one month the highest id, a correction). Empty when the region has no set yet (its
 * scope is then only the typed names of `region_scopes`).
 */
export function regionMunicipalities(db: AppDatabase, regionId: number, month: string): RegionMunicipality[] {
  return db
    .all<{ code: string; name: string; partial: number; district: string | null }>(
      sql`select m.code, m.name, rm.partial, rm.district
        from region_municipalities rm join municipalities m on m.code = rm.municipality_code
        where rm.set_id = (
          select id from region_municipality_sets
          where region_id = ${regionId} and effective_from <= ${month}
          order by effective_from desc, id desc limit 1)
        order by m.name, m.code`,
    )
    .map((r) => ({ code: r.code, name: r.name, partial: r.partial === 1, district: r.district }));
}

/**
 * Every municipality set of these regions (the history of each scope as municipalities), oldest
 * first, for the population the rates use (domain/population-in-scope.ts).
 */
export function regionMunicipalitySetsOf(
  db: AppDatabase,
  regionIds: readonly number[],
): Map<
  number,
  { id: number; effectiveFrom: string; municipalities: { code: string; partial: boolean }[] }[]
> {
  const out = new Map(
    regionIds.map((id) => [
      id,
      [] as { id: number; effectiveFrom: string; municipalities: { code: string; partial: boolean }[] }[],
    ]),
  );
  if (regionIds.length === 0) return out;
  const rows = db.all<{
    regionId: number;
    id: number;
    effectiveFrom: string;
    code: string | null;
    partial: number | null;
  }>(
    sql`select s.region_id as regionId, s.id, s.effective_from as effectiveFrom,
        rm.municipality_code as code, rm.partial
      from region_municipality_sets s left join region_municipalities rm on rm.set_id = s.id
      where s.region_id in (${sql.join(
        regionIds.map((id) => sql`${id}`),
        sql`, `,
      )})
      order by s.effective_from, s.id, rm.municipality_code`,
  );
  for (const r of rows) {
    const sets = out.get(r.regionId)!;
    let set = sets.find((x) => x.id === r.id);
    if (!set) {
      set = { id: r.id, effectiveFrom: r.effectiveFrom, municipalities: [] };
      sets.push(set);
    }
    if (r.code !== null) set.municipalities.push({ code: r.code, partial: r.partial === 1 });
  }
  return out;
}

/** Every municipal redivision known, oldest first. */
export function municipalityChanges(
  db: AppDatabase,
): { oldCode: string; newCode: string; effectiveOn: string }[] {
  return db.all<{ oldCode: string; newCode: string; effectiveOn: string }>(
    sql`select old_code as oldCode, new_code as newCode, effective_on as effectiveOn
      from municipality_changes order by effective_on, old_code, new_code`,
  );
}

export type MunicipalityRow = {
  code: string;
  name: string;
  youthCareRegion: string | null;
  urbanity: number | null;
};

/** The municipalities that exist (not ended by a redivision), optionally of one youth-care region. */
export function municipalitiesOf(db: AppDatabase, q: { youthCareRegion?: string }): MunicipalityRow[] {
  const region = q.youthCareRegion ? sql` and youth_care_region = ${q.youthCareRegion}` : sql``;
  return db.all<MunicipalityRow>(
    sql`select code, name, youth_care_region as youthCareRegion, urbanity from municipalities
      where valid_to is null${region} order by name, code`,
  );
}

/**
 * The population 0–17 of a region's scope for a CBS year from CBS: the sum over its municipalities
 * on 1 January. Null when the scope holds a partial municipality (CBS has no district figure here),
 * when the region has no municipality set, or when a municipality's figure is missing or secret:
 * a typed estimate in `region_scopes` then stands, labelled as typed.
 */
export function cbsPopulationInScope(
  db: AppDatabase,
  regionId: number,
  year: number,
): { value: number; status: CbsStatus; municipalities: number } | null {
  const scope = regionMunicipalities(db, regionId, `${year}-01`);
  if (scope.length === 0 || scope.some((m) => m.partial)) return null;
  const cells = cbsCells(db, {
    measure: 'population_0_17',
    regions: scope.map((m) => m.code),
    periods: [`${year}JJ00`],
  });
  if (cells.length !== scope.length || cells.some((c) => c.value === null)) return null;
  return {
    value: cells.reduce((s, c) => s + (c.value ?? 0), 0),
    status: cells.some((c) => c.status === 'provisional') ? 'provisional' : 'final',
    municipalities: scope.length,
  };
}

export type CbsTableSource = {
  tableId: string;
  title: string;
  modified: string | null;
  retrievedAt: string;
  licence: string;
};

/** The source line of each stored CBS table: its latest approved retrieval (for a caption or caveat). */
export function cbsTableSources(db: AppDatabase): CbsTableSource[] {
  return db.all<CbsTableSource>(
    sql`select table_id as tableId, title, modified, retrieved_at as retrievedAt, licence from cbs_tables t
      where id = (select max(id) from cbs_tables u where u.table_id = t.table_id) order by table_id`,
  );
}

export const cbsSource = {
  name: 'CBS StatLine figures per municipality and the regions’ scope as municipalities (issue 24)',
  reads: [
    'cbs_observations',
    'cbs_tables',
    'municipalities',
    'municipality_changes',
    'region_municipality_sets',
    'region_municipalities',
  ],
  cells: (q: Parameters<typeof cbsCells>[1]) => cbsCells(getDb(), q),
  regionMunicipalities: (regionId: number, month: string) => regionMunicipalities(getDb(), regionId, month),
  municipalityChanges: () => municipalityChanges(getDb()),
  municipalitySets: (regionIds: readonly number[]) => regionMunicipalitySetsOf(getDb(), regionIds),
  municipalitiesOf: (q: Parameters<typeof municipalitiesOf>[1]) => municipalitiesOf(getDb(), q),
  populationInScope: (regionId: number, year: number) => cbsPopulationInScope(getDb(), regionId, year),
  tableSources: () => cbsTableSources(getDb()),
} as const satisfies FigureSource;
