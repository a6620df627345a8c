/**
 * The compare page's reference lines of a region's own comparison groups (issue 24): besides the
 * Netherlands (cbsReferenceLines), each shown region's preferred group that exists — the matched
 * group a manager chose, else the rest of its youth-care region — as its rate per 10,000 children
 * in the CBS period holding each bucket's last month. CBS figures are public and used as CBS gives
 * them (rounded by CBS, a secret cell makes the value unknown, never 0), exactly as the reference
 * column of the outcomes block; the region's side of a difference is its series as the viewer sees it.
 */
import { bucketRange } from '#app/domain/aggregation';
import { CBS_MEASURES, CBS_TABLES } from '#app/domain/cbs-catalogue';
import {
  cbsPeriodsCovering,
  groupRate,
  type CbsGrain,
  type ComparisonGroupKind,
} from '#app/domain/comparison-groups';
import type { Lang } from '#app/domain/lang';
import { translate } from '#app/i18n/i18n';
import { comparisonText } from '#app/i18n/comparison-groups';
import { groupsOfRegion, listOutcomeCbsMappings } from './comparison-groups.server';
import { SOURCES } from './figure-sources.server';
import type { ReferenceLine } from './references.server';

/** The groups a region's line can show, in order of preference (the outcomes block's, without the Netherlands). */
const REGIONAL_GROUPS: readonly ComparisonGroupKind[] = ['matched', 'region-rest'];

/** A reference line (without a unit: a rate per 10,000) that belongs to one region's own group. */
export interface RegionalReferenceLine extends Omit<ReferenceLine, 'unit'> {
  /** the index of the region (in the regions asked) the line belongs to */
  regionIndex: number;
  group: ComparisonGroupKind;
}

export function cbsRegionalReferenceLines(
  code: string,
  buckets: readonly string[],
  regions: readonly { id: number; name: string }[],
  lang: Lang,
): RegionalReferenceLine[] {
  const mapping = listOutcomeCbsMappings().find((m) => m.outcomeCode === code);
  if (!mapping || buckets.length === 0) return [];
  const def = CBS_MEASURES[mapping.measure];
  const grain: CbsGrain = def.grain === 'year' ? 'year' : 'half-year';
  const table = CBS_TABLES[def.table];
  const last = bucketRange(buckets[buckets.length - 1]!).to;
  const chosen = regions.flatMap((r, regionIndex) => {
    const groups = groupsOfRegion(r.id, last);
    const g = REGIONAL_GROUPS.map((kind) => groups.find((x) => x.kind === kind)).find((x) => x?.members);
    return g?.members ? [{ region: r, regionIndex, kind: g.kind, members: g.members }] : [];
  });
  if (chosen.length === 0) return [];
  const changes = SOURCES.cbs.municipalityChanges();
  const codes = new Set(chosen.flatMap((c) => c.members));
  for (const c of changes) if (codes.has(c.newCode)) codes.add(c.oldCode);
  const events = SOURCES.cbs.cells({ measure: mapping.measure, regions: [...codes] });
  const population = SOURCES.cbs.cells({ measure: 'population_0_17', regions: [...codes] });
  const retrievedOn = SOURCES.comparisonGroups.tableRetrieved(table.id);
  return chosen.flatMap((c) => {
    const values = buckets.map((b) => {
      const { to } = bucketRange(b);
      return groupRate({
        members: c.members,
        periods: cbsPeriodsCovering(to, to, grain),
        events,
        population,
        changes,
      }).value;
    });
    if (values.every((v) => v === null)) return [];
    const group = translate(comparisonText, lang, c.kind === 'matched' ? 'groupMatched' : 'groupRegion-rest');
    return [
      {
        code: `cbs-${mapping.measure}-${c.kind}-${c.region.id}`,
        label: `${c.region.name}: ${group}`,
        source: 'CBS StatLine',
        sourceTable: table.id,
        retrievedOn,
        illustrative: false,
        values,
        regionIndex: c.regionIndex,
        group: c.kind,
      },
    ];
  });
}
