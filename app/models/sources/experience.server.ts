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
import type { ExperienceCell, ExperienceRouteCell } from '#app/domain/experience-figures';
import type { ExperienceRoute } from '#app/domain/experience-items';
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
  return queryCells(viewer, regionIds, false);
}

/** The same cells per client route (the Ervaring block's per-route table), in the viewer's scope. */
function readExperienceRouteCells({
  viewer,
  regionIds,
}: {
  viewer: Viewer;
  regionIds?: readonly number[];
}): ExperienceRouteCell[] {
  return queryCells(viewer, regionIds, true) as ExperienceRouteCell[];
}

function queryCells(
  viewer: Viewer,
  regionIds: readonly number[] | undefined,
  byRoute: boolean,
): (ExperienceCell & { route?: ExperienceRoute })[] {
  const db = getDb();
  const route = byRoute ? sql`c.route` : sql`''`;
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
    route: string;
    invited: number | null;
    responded: number;
  }>(sql`
    select p.region_id, p.period, c."group" as grp, ${route} as route,
      case when count(c.invited) = count(*) then sum(c.invited) end as invited,
      sum(c.responded) as responded
    from experience_periods p join experience_counts c on c.period_id = p.id
    where ${scopeSql(viewer)} and ${regionFilter}
    group by p.region_id, p.period, c."group", ${route}`);
  const answers = db.all<{
    region_id: number;
    period: string;
    grp: string;
    route: string;
    item: string;
    answered: number;
    agreed: number;
  }>(sql`
    select p.region_id, p.period, c."group" as grp, ${route} as route, a.item,
      sum(a.answered) as answered, sum(a.agreed) as agreed
    from experience_periods p join experience_counts c on c.period_id = p.id
      join experience_answers a on a.count_id = c.id
    where ${scopeSql(viewer)} and ${regionFilter}
    group by p.region_id, p.period, c."group", ${route}, a.item`);
  const key = (r: { region_id: number; period: string; grp: string; route: string }) =>
    `${r.region_id}|${r.period}|${r.grp}|${r.route}`;
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
      ...(byRoute ? { route: g.route as ExperienceRoute } : {}),
      invited: g.invited,
      responded: g.responded,
      items: items.get(key(g)) ?? {},
    }));
}

export const experienceSource = {
  name: 'experience counts (the "Ervaring" block, issue 25)',
  reads: ['experience_periods', 'experience_counts', 'experience_answers'],
  cells: readExperienceCells,
  routeCells: readExperienceRouteCells,
} as const satisfies FigureSource;
