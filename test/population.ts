/**
 * The children 0–17 a region's rates use in a year (issue 24), read straight from the database for
 * tests that recompute rates by hand: CBS's figure summed over the region's municipalities (the
 * demo's sets start in 2023-01) where the scope is whole municipalities, the typed scope otherwise
 * (the entry in force in the year).
 */
import type Database from 'better-sqlite3';

export function childrenInRates(client: Database.Database, slug: string, year: number): number {
  const row = client
    .prepare(
      `select count(*) as n, sum(rm.partial) as partial, sum(o.value) as value, count(o.value) as known
       from region_municipalities rm
       join region_municipality_sets s on s.id = rm.set_id
       join regions g on g.id = s.region_id
       left join cbs_observations o on o.region_code = rm.municipality_code and o.measure = 'population_0_17'
         and o.period = ? and o.superseded_by is null
       where g.slug = ? and s.effective_from <= ?`,
    )
    .get(`${year}JJ00`, slug, `${year}-01`) as {
    n: number;
    partial: number | null;
    value: number | null;
    known: number;
  };
  if (row.n > 0 && !row.partial && row.known === row.n) return row.value!;
  // the typed entry in force in the year (the demo's start each January)
  return (
    client
      .prepare(
        `select s.children as c from region_scopes s join regions g on g.id = s.region_id
         where g.slug = ? and s.effective_from <= ? order by s.effective_from desc, s.id desc limit 1`,
      )
      .get(slug, `${year}-12`) as { c: number }
  ).c;
}
