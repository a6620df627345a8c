/**
 * Figure source: the experience counts (issue 25). It owns the SQL that reads the base cells the
 * "Ervaring" block is computed from (per region, period and group, the routes summed; per item
 * answered and agreed) in the viewer's scope — reviewers and the publication get approved periods
 * only — and declares the tables that SQL reads. Plain rows for the domain
 * (app/domain/experience-figures.ts); small-number disclosure happens there, never here.
 */
import { sql } from 'drizzle-orm';
import { getDb } from '#app/utils/db.server';
import { getExperienceGroup, isExperienceGroup } from '#app/domain/experience-items';
import type { ExperienceCell } from '#app/domain/experience-figures';
import type { Viewer } from '#app/models/viewer.server';
import type { FigureSource } from '#app/models/figure-sources.server';

/** The viewer's periods: everything (managers), the own region's and approved ones (coordinators), approved only. */
function scopeSql(viewer: Viewer) {
  const v = viewer.visibility;
  if (v.kind === 'all') return sql`1 = 1`;
  if (v.kind === 'none') return sql`0 = 1`;
  if (v.ownRegionId === null) return sql`p.status = 'approved'`;
  return sql`(p.status = 'approved' or p.region_id = ${v.ownRegionId})`;
}

/**
 * The base cells (region, period, group; routes summed; per item answered and agreed) in the
 * viewer's scope. Invited is unknown for a cell where one route's is unknown.
 */
function readExperienceCells({
  viewer,
  regionIds,
}: {
  viewer: Viewer;
  regionIds?: readonly number[];
}): ExperienceCell[] {
  const db = getDb();
  const regionFilter =
    regionIds === undefined
      ? sql`1 = 1`
      : regionIds.length === 0
        ? sql`0 = 1`
        : sql`p.region_id in (${sql.join(
            regionIds.map((id) => sql`${id}`),
            sql`, `,
          )})`;
  const groups = db.all<{
    region_id: number;
    period: string;
    grp: string;
    invited: number | null;
    responded: number;
  }>(sql`
    select p.region_id, p.period, c."group" as grp,
      case when count(c.invited) = count(*) then sum(c.invited) end as invited,
      sum(c.responded) as responded
    from experience_periods p join experience_counts c on c.period_id = p.id
    where ${scopeSql(viewer)} and ${regionFilter}
    group by p.region_id, p.period, c."group"`);
  const answers = db.all<{
    region_id: number;
    period: string;
    grp: string;
    item: string;
    answered: number;
    agreed: number;
  }>(sql`
    select p.region_id, p.period, c."group" as grp, a.item, sum(a.answered) as answered, sum(a.agreed) as agreed
    from experience_periods p join experience_counts c on c.period_id = p.id
      join experience_answers a on a.count_id = c.id
    where ${scopeSql(viewer)} and ${regionFilter}
    group by p.region_id, p.period, c."group", a.item`);
  const key = (r: { region_id: number; period: string; grp: string }) =>
    `${r.region_id}|${r.period}|${r.grp}`;
  const items = new Map<string, Record<string, { answered: number; agreed: number }>>();
  for (const a of answers) {
    const k = key(a);
    items.set(k, { ...items.get(k), [a.item]: { answered: a.answered, agreed: a.agreed } });
  }
  return groups
    .filter((g) => isExperienceGroup(g.grp) && getExperienceGroup(g.grp))
    .map((g) => ({
      regionId: g.region_id,
      period: g.period,
      group: g.grp as ExperienceCell['group'],
      invited: g.invited,
      responded: g.responded,
      items: items.get(key(g)) ?? {},
    }));
}

export const experienceSource = {
  name: 'experience counts (the "Ervaring" block, issue 25)',
  reads: ['experience_periods', 'experience_counts', 'experience_answers'],
  cells: readExperienceCells,
} as const satisfies FigureSource;
