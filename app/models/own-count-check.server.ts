/**
 * The check of each region's own counts against CBS for its own municipalities (issue 24, group
 * (a)), for the outcomes block of a region page: per mapped outcome the newest ended CBS period
 * with a figure, the pilot's count over its months as the viewer sees it (a reviewer's rounded
 * quarters; hidden stays hidden), CBS's count, and the flag beyond 20 %. Not cached: it is read
 * for one region at a time, and its months lie outside the block's own.
 */
import { bucketRange, grainOf, rangeBucket, type Grain } from '#app/domain/aggregation';
import { CBS_MEASURES } from '#app/domain/cbs-catalogue';
import { NATIONAL_CODE } from '#app/domain/comparison-groups';
import { buildOutcomes } from '#app/domain/outcomes';
import { latestOwnCbsCount, ownCountRow, type OwnCountRow } from '#app/domain/own-count-check';
import { groupsOfRegion, listOutcomeCbsMappings } from './comparison-groups.server';
import { queryRegionBuckets } from './figures.server';
import { show } from './outcomes-shown.server';
import { populationEntriesOf } from './population-in-scope.server';
import { SOURCES } from './figure-sources.server';
import type { Viewer } from './viewer.server';

export type { OwnCountRow } from '#app/domain/own-count-check';

/** The pilot's count of an outcome over a range of months as the viewer sees it. */
function pilotCount(viewer: Viewer, regionId: number, code: string, from: string, to: string) {
  const bucket = rangeBucket(from, to);
  const rows = queryRegionBuckets({
    viewer,
    from,
    to,
    grain: (grainOf(bucket) ?? 'range') as Grain,
    regionIds: [regionId],
  });
  const shown = show(
    viewer,
    buildOutcomes({
      regionIds: [regionId],
      buckets: new Map(rows.map((r) => [r.regionId, r])),
      ranges: new Map([[regionId, bucketRange(bucket)]]),
      scopes: populationEntriesOf([regionId]),
    }),
  ).regions[0]?.[code];
  return {
    count: typeof shown?.numerator === 'number' ? shown.numerator : null,
    hidden: shown?.hidden ?? false,
  };
}

/** Each mapped outcome's check for one region at the end of a period ('YYYY-Qn', 'YYYY', 'YYYY-MM'). */
export function loadOwnCountChecks(viewer: Viewer, period: string, regionId: number): OwnCountRow[] {
  const to = bucketRange(period).to;
  const own = groupsOfRegion(regionId, to).find((g) => g.kind === 'own');
  const changes = SOURCES.cbs.municipalityChanges();
  // the Veilig Thuis measures are national only: no check of a region's own municipalities
  const mappings = listOutcomeCbsMappings().filter(
    (m) => CBS_MEASURES[m.measure].table !== '84852NED' && CBS_MEASURES[m.measure].table !== '84848NED',
  );
  return mappings.map((m) => {
    const partial = own?.reason === 'partial-scope';
    const members = own?.members ?? [];
    const codes = new Set(members);
    for (const c of changes) if (codes.has(c.newCode)) codes.add(c.oldCode);
    codes.delete(NATIONAL_CODE);
    const events = members.length === 0 ? [] : SOURCES.cbs.cells({ measure: m.measure, regions: [...codes] });
    const cbs =
      members.length === 0
        ? null
        : latestOwnCbsCount({
            members,
            grain: CBS_MEASURES[m.measure].grain === 'year' ? 'year' : 'half-year',
            to,
            events,
            changes,
          });
    const pilot = cbs
      ? pilotCount(viewer, regionId, m.outcomeCode, cbs.from, cbs.to)
      : { count: null, hidden: false };
    return ownCountRow({
      code: m.outcomeCode,
      measure: m.measure,
      cbs,
      pilot: pilot.count,
      hidden: pilot.hidden,
      partial,
    });
  });
}
