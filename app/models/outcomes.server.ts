/**
 * The outcomes block (Uitkomsten): rates per 10,000 children and the two outcome shares for a
 * period, the periods before it (trend) and each region's own baseline, as the viewer may see them
 * (scope in the query, suppression through showForViewer). Never part of a principle score.
 */
import { bucketRange, grainOf, previousBucket, type Grain } from '#app/domain/aggregation';
import {
  activeOutcomes,
  buildBaselineOutcomes,
  buildOutcomes,
  followUpOf,
  followUpRange,
  outcomeLabel,
  outcomeUnit,
  type Exclusion,
} from '#app/domain/outcomes';
import {
  changeInterval,
  figureInterval,
  rateInterval,
  shareInterval,
  type FigureInterval,
} from '#app/domain/figure-intervals';
import {
  matchedTotalLine,
  outcomeLines,
  type OutcomeCell,
  type OutcomeLine,
  type ShownOutcome,
} from '#app/domain/outcome-lines';
import type { Period } from '#app/domain/periods';
import type { Text } from '#app/domain/lang';
import { queryRegionBuckets } from './figures.server';
import { baselineOf, listRegions } from './regions.server';
import { cachedFigures } from './figures-cache.server';
import type { Viewer } from './viewer.server';
import { SOURCES } from './figure-sources.server';
import { changeAgainst } from '#app/domain/population';
import type { ReferenceBaseline } from '#app/domain/reference-baseline';
import { loadBaselineUnits, show, type Shown } from './outcomes-shown.server';
import { INLINE_REGIONS } from '#app/domain/page-weight';
import { groupLeftOut, type LeftOutGroup } from '#app/domain/left-out-groups';
import { loadOutcomeReferences, type OutcomeReferences } from './comparison-groups.server';
import { populationEntriesOf, populationLabels, type RegionPopulation } from './population-in-scope.server';

/**
 * A region's line with its baseline filled from reference data, where the months give none. A
 * baseline from CBS's pre-pilot years carries CBS's count and child-years: the change against it
 * gets its interval from those and the region's counts as its viewer sees them (CBS's are public);
 * a typed series has no counts, so no interval.
 */
function withReferenceBaseline(
  line: OutcomeLine,
  ref: ReferenceBaseline | undefined,
  now: ShownOutcome | undefined,
): OutcomeLine {
  if (!ref || line.baseline !== null || line.baselineHidden) return line;
  const then = referenceOutcome(ref);
  return {
    ...line,
    baseline: ref.value,
    changeBaseline: changeAgainst(line.value, ref.value),
    changeBaselineInterval:
      line.unit === 'rate' && then.numerator !== null && now
        ? figureInterval(changeInterval('rate', { ...now, denominator: now.denominator ?? null }, then))
        : null,
    baselineReference: { label: ref.label, source: ref.source },
  };
}

/** A filled baseline as a shown outcome: its value, with CBS's count and child-years where it has them. */
function referenceOutcome(ref: ReferenceBaseline) {
  const counted = ref.count !== null && ref.childYears !== null;
  return {
    value: ref.value,
    numerator: counted ? ref.count : null,
    denominator: counted ? ref.childYears : null,
    hidden: false,
  };
}

/** The follow-up of the recurrence outcomes (indicator followUpMonths): twelve months. */
const FOLLOW_UP = 12;

export interface OutcomeBlockRow {
  /** null: the programme total */
  regionId: number | null;
  lines: OutcomeLine[];
}

export interface OutcomeBlock {
  period: string;
  previous: string;
  trendBuckets: string[];
  codes: string[];
  /** each outcome's name in both languages (the page's JavaScript need not carry the catalogue) */
  labels: Record<string, Text>;
  /** each region's baseline months */
  baselines: { regionId: number; from: Period; to: Period }[];
  total: OutcomeBlockRow | null;
  regions: OutcomeBlockRow[];
  /** per outcome, the regions the programme total leaves out and why */
  excluded: Record<string, Exclusion[]>;
  /**
   * The programme total's shown figures (counts and denominators) for the summary: the period, the
   * baseline, and the same quarter a year earlier (a year: the year before; null for a month).
   */
  totalFigures: { current: Shown; baseline: Shown; yearEarlier: { period: string; figures: Shown } | null };
  /** the CBS reference of each mapped outcome per row, with the difference in change (issue 24) */
  references: OutcomeReferences;
  /** where each region's children in scope of the period come from: CBS or typed (issue 24) */
  populations: RegionPopulation[];
}

/**
 * The months the outcomes block of a period and regions is made of: the trend's and each region's
 * baseline and follow-up months (what the figures cache keeps it by, and whatever is built on it).
 */
export function outcomeBlockMonths(
  period: string,
  regionIds: readonly number[],
  trendLength = 5,
): { from: Period; to: Period }[] {
  const trendFrom = bucketRange(
    Array.from({ length: trendLength - 1 }).reduce<string>((b) => previousBucket(b), period),
  ).from;
  const months = [{ from: trendFrom, to: bucketRange(period).to }];
  for (const r of listRegions())
    if (regionIds.includes(r.id)) {
      const own = baselineOf(r);
      months.push({ from: own.from, to: followUpRange(own, FOLLOW_UP).to });
    }
  return months;
}

/**
 * The block for a period ('YYYY-Qn', 'YYYY' or 'YYYY-MM') and regions: the period, `trendLength`
 * periods of the same grain up to it, and the baseline. The total is Σ over the regions.
 */
export function loadOutcomeBlock(
  viewer: Viewer,
  period: string,
  regionIds: readonly number[],
  trendLength = 5,
): OutcomeBlock {
  // Kept at the current figures version (issue 26: rebuilt for every first view after a save, it
  // was most of the overview's time): the months it is made of are the trend's and each region's
  // baseline and follow-up months, so a save of another month keeps it. Treat as read-only.
  const months = outcomeBlockMonths(period, regionIds, trendLength);
  const key = JSON.stringify([
    viewer.visibility,
    viewer.suppress,
    period,
    regionIds,
    trendLength,
    new Date().toISOString().slice(0, 10),
  ]);
  return cachedFigures(
    `outcome-block|${key}`,
    () => computeOutcomeBlock(viewer, period, regionIds, trendLength),
    months,
  );
}

function computeOutcomeBlock(
  viewer: Viewer,
  period: string,
  regionIds: readonly number[],
  trendLength: number,
): OutcomeBlock {
  const grain = grainOf(period) ?? 'quarter';
  const buckets = [period];
  while (buckets.length < trendLength) buckets.unshift(previousBucket(buckets[0]));
  const all = listRegions().filter((r) => regionIds.includes(r.id));
  const ids = all.map((r) => r.id);
  // CBS's children 0–17 of the region's municipalities where CBS has them, the typed scope otherwise
  const scopes = populationEntriesOf(ids);
  const rows = queryRegionBuckets({
    viewer,
    from: bucketRange(buckets[0]).from,
    to: bucketRange(period).to,
    grain,
    regionIds: ids,
  });
  const perBucket = buckets.map((b) =>
    show(
      viewer,
      buildOutcomes({
        regionIds: ids,
        buckets: new Map(rows.filter((r) => r.bucket === b).map((r) => [r.regionId, r])),
        ranges: new Map(ids.map((id) => [id, bucketRange(b)])),
        scopes,
      }),
    ),
  );
  const current = buildOutcomes({
    regionIds: ids,
    buckets: new Map(rows.filter((r) => r.bucket === period).map((r) => [r.regionId, r])),
    ranges: new Map(ids.map((id) => [id, bucketRange(period)])),
    scopes,
  });

  // Each region against its own baseline, from the months it has (at least the minimum coverage):
  // the units are months, or a reviewer's rounded quarters, read in one query over every baseline.
  const baselines = all.map((r) => ({ regionId: r.id, ...baselineOf(r) }));
  const baselineRanges = new Map(baselines.map((b) => [b.regionId, { from: b.from, to: b.to }]));
  // Recurrence twelve months after closure follows the families closed in the baseline: its baseline
  // is measured in the twelve months after the region's (FOLLOW_UP below).
  const followUpRanges = new Map(baselines.map((b) => [b.regionId, followUpRange(b, FOLLOW_UP)]));
  const units = loadBaselineUnits(viewer, [baselineRanges, followUpRanges], ids);
  const baselineOver = (ranges: typeof baselineRanges) => {
    const built = buildBaselineOutcomes({
      regionIds: ids,
      units,
      ranges,
      scopes,
      monthsPerUnit: viewer.suppress ? 3 : 1,
    });
    return { ...show(viewer, built), coverage: built.coverage };
  };
  const baseline = baselineOver(baselineRanges);
  const followUpBaseline = baselineOver(followUpRanges);
  const codes = activeOutcomes().map((o) => o.def.code);
  const baseOf = <T>(own: Record<string, T>, followUp: Record<string, T>): Record<string, T> =>
    Object.fromEntries(codes.map((c) => [c, followUpOf(c) > 0 ? followUp[c] : own[c]]));
  const regionBase = ids.map((_, k) => baseOf(baseline.regions[k], followUpBaseline.regions[k]));
  const regionCoverage = ids.map((_, k) => baseOf(baseline.coverage[k], followUpBaseline.coverage[k]));
  // a share outcome's baseline filled from reference data (an indicator's) where the months give none
  const filled = SOURCES.referenceBaselines.baselines(ids);
  const last = perBucket.length - 1;
  // seasonal series: a quarter against the same quarter a year earlier, a year against the year before
  const back = grain === 'quarter' ? 4 : grain === 'year' ? 1 : null;
  const yearEarlier = back !== null && last - back >= 0 ? last - back : null;
  const line = (pick: (s: { regions: Shown[]; total: Shown }) => Shown, base: Shown) =>
    outcomeLines(
      codes,
      pick(perBucket[last]),
      last > 0 ? pick(perBucket[last - 1]) : undefined,
      base,
      perBucket.map(pick),
    );
  const totalBaseline = baseOf(baseline.total, followUpBaseline.total);
  const span = baselines.length
    ? {
        from: baselines.map((b) => b.from).reduce((a, b) => (a < b ? a : b)),
        to: baselines.map((b) => b.to).reduce((a, b) => (a > b ? a : b)),
      }
    : null;
  const totalLines = line((s) => s.total, totalBaseline).map((l) => {
    const m = matchedTotalLine(l, ids, perBucket[last].regions, regionBase, regionCoverage);
    // a region whose baseline is filled from reference data has no counts to pool: named as such
    return {
      ...m,
      baselineLeftOut: m.baselineLeftOut?.map((o) =>
        o.side === 'baseline' && filled.get(o.regionId)?.has(l.code)
          ? { ...o, reason: 'reference' as const }
          : o,
      ),
    };
  });
  // The programme total's change against CBS compares like with like, as its change against the
  // baseline does: now and baseline pooled over the same regions (the line's matched parts); an
  // outcome with no matched parts has no difference in change.
  const matchedSide = (side: 'now' | 'baseline'): Record<string, ShownOutcome> =>
    Object.fromEntries(
      totalLines.map((l) => {
        const p = l.baselineParts?.[side];
        const value = side === 'now' ? (l.baselineNow ?? null) : l.baseline;
        return [
          l.code,
          p
            ? { value, numerator: p.numerator, denominator: p.denominator, hidden: false }
            : { value: null, numerator: null, denominator: null, hidden: false },
        ];
      }),
    );
  // A region whose outcome has no baseline of its own months but one from CBS's pre-pilot years
  // compares its change since that baseline: the group's baseline is then CBS's periods of that span.
  const referenceSide = (regionId: number, k: number) => {
    const baseline: Record<string, ShownOutcome> = { ...regionBase[k] };
    const ranges: Record<string, { from: Period; to: Period }> = {};
    for (const [code, ref] of filled.get(regionId) ?? []) {
      const own = baseline[code];
      if (ref.count === null || (own && (own.value !== null || own.hidden))) continue;
      baseline[code] = referenceOutcome(ref);
      ranges[code] = { from: ref.from, to: ref.to };
    }
    return { baseline, baselineRangeOf: ranges };
  };
  const references = loadOutcomeReferences(period, [
    { regionId: null, current: matchedSide('now'), baseline: matchedSide('baseline'), baselineRange: span },
    ...ids.map((regionId, k) => ({
      regionId,
      current: perBucket[last].regions[k],
      ...referenceSide(regionId, k),
      baselineRange: baselineRanges.get(regionId) ?? null,
    })),
  ]);
  return {
    period,
    previous: previousBucket(period),
    trendBuckets: buckets,
    codes,
    labels: Object.fromEntries(
      activeOutcomes().map(({ def }) => [
        def.code,
        { nl: outcomeLabel(def, 'nl'), en: outcomeLabel(def, 'en') },
      ]),
    ),
    baselines: baselines.map(({ regionId, from, to }) => ({ regionId, from, to })),
    total: { regionId: null, lines: totalLines },
    regions: ids.map((regionId, k) => ({
      regionId,
      lines: line((s) => s.regions[k], regionBase[k]).map((l) =>
        withReferenceBaseline(
          { ...l, baselineCoverage: regionCoverage[k][l.code] ?? null },
          filled.get(regionId)?.get(l.code),
          perBucket[last].regions[k]?.[l.code],
        ),
      ),
    })),
    excluded: current.total.excluded,
    totalFigures: {
      current: perBucket[last].total,
      baseline: baseOf(baseline.total, followUpBaseline.total),
      yearEarlier:
        yearEarlier === null ? null : { period: buckets[yearEarlier], figures: perBucket[yearEarlier].total },
    },
    references,
    populations: populationLabels(scopes, ids, bucketRange(period)),
  };
}

/**
 * One outcome (a rate or a share) per bucket for the regions asked (in their order) and the
 * programme total, as the viewer may see it: for the compare page (for suppressed viewers made of
 * the same rounded base cells as the outcomes block).
 */
export function loadOutcomeValues(
  viewer: Viewer,
  code: string,
  buckets: readonly string[],
  regionIds: readonly number[],
): {
  regions: (number | null)[];
  total: number | null;
  /** each value's 95 % interval (exact Poisson for a rate, Wilson for a share), from the shown figures */
  regionIntervals: (FigureInterval | null)[];
  totalInterval: FigureInterval | null;
}[] {
  const unit = outcomeUnit(code);
  const intervalOf = (o: Shown[string] | undefined) => {
    if (!o) return null;
    const parts = { ...o, denominator: o.denominator ?? null };
    return unit === 'rate' ? rateInterval(parts) : shareInterval(parts);
  };
  const valuesOf = (s: { regions: Shown[]; total: Shown }) => ({
    regions: s.regions.map((r) => r?.[code]?.value ?? null),
    total: s.total[code]?.value ?? null,
    regionIntervals: s.regions.map((r) => intervalOf(r?.[code])),
    totalInterval: intervalOf(s.total[code]),
  });
  const scopes = populationEntriesOf(regionIds);
  return buckets.map((b) => {
    const range = bucketRange(b);
    const rows = queryRegionBuckets({
      viewer,
      ...range,
      grain: (grainOf(b) ?? 'range') as Grain,
      regionIds,
    });
    return valuesOf(
      show(
        viewer,
        buildOutcomes({
          regionIds,
          buckets: new Map(rows.map((r) => [r.regionId, r])),
          ranges: new Map(regionIds.map((id) => [id, range])),
          scopes,
        }),
      ),
    );
  });
}

/** Where each region's children in scope over a bucket come from (CBS or typed), for the label beside a rate. */
export function loadPopulationLabels(regionIds: readonly number[], bucket: string): RegionPopulation[] {
  return populationLabels(populationEntriesOf(regionIds), regionIds, bucketRange(bucket));
}

/** A region's row as the programme pages send it: whole lines, or at national scale only the table's cells. */
export type ProgrammeOutcomeRow = {
  regionId: number | null;
  lines: (OutcomeCell & Partial<OutcomeLine>)[];
};

/** The programme total's line as a programme page sends it: its left-out regions as indices into the block's groups. */
export type ProgrammeTotalLine = Omit<OutcomeLine, 'baselineLeftOut'> & { leftOut: number[] };

/**
 * The block as a programme page (overview, progress report) sends it to the browser: without the
 * summary's figures (used on the server), with the CBS references of the total only (the one row
 * the page shows), the regions the total's changes leave out as lists sent once (`leftOutGroups`,
 * each total line naming its lists: the same 36 regions on every line at national scale), and with
 * more than INLINE_REGIONS regions each region's row holds only what the table of regions shows
 * (value, or hidden/unknown), or with `regionRows: false` no row at all (the page links to each
 * region's page and to the table); the rest of a region's outcomes (count, interval, change,
 * baseline, trend) is on its own page.
 */
export function programmeOutcomes(
  block: OutcomeBlock,
  { regionRows = true }: { regionRows?: boolean } = {},
): Omit<OutcomeBlock, 'totalFigures' | 'regions' | 'total'> & {
  total: { regionId: number | null; lines: ProgrammeTotalLine[] } | null;
  leftOutGroups: LeftOutGroup[];
  regions: ProgrammeOutcomeRow[];
  regionCount: number;
} {
  const { totalFigures: _summaryOnly, ...all } = block;
  // a programme page shows the CBS references of its total only (each region's are on its own page)
  const totalId = block.total?.regionId ?? null;
  const { groups, refs } = groupLeftOut((block.total?.lines ?? []).map((l) => l.baselineLeftOut));
  const rest = {
    ...all,
    total: block.total && {
      regionId: block.total.regionId,
      lines: block.total.lines.map(({ baselineLeftOut: _grouped, ...l }, k) => ({ ...l, leftOut: refs[k]! })),
    },
    leftOutGroups: groups,
    references: { ...all.references, rows: all.references.rows.filter((r) => r.regionId === totalId) },
    regionCount: block.regions.length,
  };
  if (block.regions.length <= INLINE_REGIONS) return rest;
  // the table of regions left out (the overview at national scale without ?uitkomsten=alle)
  if (!regionRows) return { ...rest, regions: [] };
  return {
    ...rest,
    regions: rest.regions.map((r) => ({
      regionId: r.regionId,
      lines: r.lines.map(({ code, unit, value, hidden }) => ({ code, unit, value, hidden })),
    })),
  };
}

/**
 * Whether the overview over `regionCount` regions sends its table of every region's outcomes: up
 * to INLINE_REGIONS always; with more (the national scale) behind `?uitkomsten=alle` (a real URL,
 * as the experience table's `?ervaring=alle`), the page linking to each region's page meanwhile.
 */
export function showAllOutcomes(url: URL, regionCount: number) {
  return regionCount <= INLINE_REGIONS || url.searchParams.get('uitkomsten') === 'alle';
}
