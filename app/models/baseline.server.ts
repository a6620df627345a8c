/**
 * Each region's figures over its own baseline period, as the viewer may see them (one scorecard per
 * distinct baseline range, through figures.server and so through the viewer's scope and
 * suppression), and the programme total over them (domain/baseline.ts).
 */
import { rangeBucket } from '#app/domain/aggregation';
import { programmeBaseline, type ProgrammeBaseline } from '#app/domain/baseline';
import type { Indicator } from '#app/domain/indicators';
import { addMonths, isWholeQuarterRange, type Period } from '#app/domain/periods';
import {
  coveredBucket,
  matchedChange,
  type Coverage,
  type MatchedChange,
  type SideParts,
} from '#app/domain/baseline-coverage';
import type { ShownCount } from '#app/domain/disclosure';
import { countParts, elementsOf } from '#app/domain/indicators';
import { computeIndicatorValue, indicatorParts } from '#app/domain/scoring';
import { loadBaselineUnits } from './outcomes-shown.server';
import { SOURCES } from './figure-sources.server';
import type { ReferenceBaseline } from '#app/domain/reference-baseline';
import { showForViewer } from './viewer.server';
import type { ScoreRow } from '#app/domain/scorecard';
import { loadScorecards } from './figures.server';
import { baselineOf, listRegions } from './regions.server';
import type { Viewer } from './viewer.server';

/** Per region its baseline months and its scorecard row over them (null: not shown to this viewer). */
export function loadBaselineRows(
  viewer: Viewer,
  regionIds: readonly number[],
  /** an indicator that follows a cohort (followUpMonths): its baseline months lie this much later */
  followUpMonths = 0,
): Map<number, { from: Period; to: Period; row: ScoreRow | null }> {
  const regions = listRegions().filter((r) => regionIds.includes(r.id));
  const groups = new Map<string, { from: Period; to: Period; ids: number[] }>();
  for (const r of regions) {
    const own = baselineOf(r);
    const from = addMonths(own.from, followUpMonths);
    const to = addMonths(own.to, followUpMonths);
    const g = groups.get(`${from}..${to}`) ?? { from, to, ids: [] };
    g.ids.push(r.id);
    groups.set(`${from}..${to}`, g);
  }
  const out = new Map<number, { from: Period; to: Period; row: ScoreRow | null }>();
  for (const g of groups.values()) {
    // suppressed viewers see whole quarters only: a baseline cutting a quarter is not shown to them
    const rows =
      viewer.suppress && !isWholeQuarterRange(g.from, g.to)
        ? g.ids.map(() => null)
        : loadScorecards(viewer, [rangeBucket(g.from, g.to)], g.ids)[0].regions;
    g.ids.forEach((id, k) => out.set(id, { from: g.from, to: g.to, row: rows[k] ?? null }));
  }
  return out;
}

export interface IndicatorBaselines {
  regions: {
    regionId: number;
    from: Period;
    to: Period;
    value: number | null;
    hidden: boolean;
    /** the months used of the baseline's months (null: a register indicator, read at the baseline's end) */
    coverage: Coverage | null;
    /** the value is filled from reference data (no months gave one): its source */
    reference: ReferenceBaseline | null;
  }[];
  /** Σ over every region's own baseline (the regions with one) */
  total: ProgrammeBaseline;
  /** the programme total now and at baseline over the same regions (like with like) */
  matched: MatchedChange | null;
}

export type RegionBaseline = IndicatorBaselines['regions'][number] & {
  numerator: ShownCount;
  denominator: ShownCount;
};

/** A register indicator: the scorecard over each region's baseline (as the registers stood at its end). */
function registerBaselines(
  viewer: Viewer,
  indicator: Indicator,
  regionIds: readonly number[],
): RegionBaseline[] {
  const rows = loadBaselineRows(viewer, regionIds, indicator.followUpMonths ?? 0);
  return regionIds.map((regionId) => {
    const b = rows.get(regionId);
    const f = b?.row?.indicators[indicator.code];
    return {
      regionId,
      from: b?.from ?? '',
      to: b?.to ?? '',
      value: f?.value ?? null,
      hidden: f?.hidden ?? false,
      numerator: f ? f.numerator : null,
      denominator: f ? f.denominator : null,
      coverage: null,
      reference: null,
    };
  });
}

/**
 * Indicators over data elements: each region over the months of its baseline it has (at least the
 * minimum coverage; a reviewer's in whole rounded quarters), through the viewer's disclosure. One
 * query for every indicator (a cohort's baseline lies its follow-up later).
 */
export function loadElementBaselines(
  viewer: Viewer,
  indicators: readonly Indicator[],
  regionIds: readonly number[],
): Map<string, RegionBaseline[]> {
  const regions = listRegions().filter((r) => regionIds.includes(r.id));
  const rangesFor = (follow: number) =>
    new Map(
      regions.map((r) => {
        const own = baselineOf(r);
        return [r.id, { from: addMonths(own.from, follow), to: addMonths(own.to, follow) }];
      }),
    );
  const follows = [...new Set(indicators.map((i) => i.followUpMonths ?? 0))];
  const rangesByFollow = new Map(follows.map((f) => [f, rangesFor(f)]));
  const units = loadBaselineUnits(viewer, [...rangesByFollow.values()], regionIds);
  const out = new Map<string, RegionBaseline[]>();
  for (const indicator of indicators) {
    const ranges = rangesByFollow.get(indicator.followUpMonths ?? 0)!;
    const codes = elementsOf(indicator.formula);
    const covered = regionIds.map((id) =>
      ranges.has(id)
        ? coveredBucket(units.get(id) ?? [], codes, ranges.get(id)!, viewer.suppress ? 3 : 1)
        : undefined,
    );
    const shown = showForViewer(viewer, {
      regions: covered.map((c) => {
        const v = computeIndicatorValue(indicator, [indicatorParts(indicator, c?.bucket)]);
        return {
          [indicator.code]: {
            numerator: v.numerator,
            denominator: v.denominator,
            value: v.value,
            score: null,
            countParts: countParts(indicator),
          },
        };
      }),
      total: null,
      counts: [],
    });
    out.set(
      indicator.code,
      regionIds.map((regionId, k) => {
        const f = shown.regions[k][indicator.code];
        return {
          regionId,
          from: ranges.get(regionId)?.from ?? '',
          to: ranges.get(regionId)?.to ?? '',
          value: f.value,
          hidden: f.hidden,
          numerator: f.numerator,
          denominator: f.denominator,
          coverage: covered[k]?.coverage ?? null,
          reference: null,
        };
      }),
    );
  }
  // where the months give no baseline (none reported yet), one filled from reference data stands in
  const filled = SOURCES.referenceBaselines.baselines(regionIds);
  for (const [code, list] of out)
    for (const b of list) {
      const ref = filled.get(b.regionId)?.get(code);
      if (ref && b.value === null && !b.hidden) Object.assign(b, { value: ref.value, reference: ref });
    }
  return out;
}

const sideOf = (
  f: { value: number | null; hidden: boolean; numerator: ShownCount; denominator: ShownCount },
  short = false,
): SideParts =>
  f.hidden
    ? { leftOut: 'hidden' }
    : f.value !== null && typeof f.numerator === 'number' && typeof f.denominator === 'number'
      ? { numerator: f.numerator, denominator: f.denominator }
      : { leftOut: short ? 'coverage' : 'unknown' };

/**
 * One indicator over each region's baseline and the programme total over all of them; with the
 * regions' current figures (`now`, in the order of `regionIds`), also the programme's change over
 * the regions known on both sides.
 */
export function loadIndicatorBaselines(
  viewer: Viewer,
  indicator: Indicator,
  regionIds: readonly number[],
  now?: readonly (
    { value: number | null; hidden: boolean; numerator: ShownCount; denominator: ShownCount } | undefined
  )[],
): IndicatorBaselines {
  const regions =
    indicator.formula.kind === 'register'
      ? registerBaselines(viewer, indicator, regionIds)
      : loadElementBaselines(viewer, [indicator], regionIds).get(indicator.code)!;
  const short = (r: RegionBaseline) => !!r.coverage && r.coverage.known < r.coverage.minimum;
  const scale = indicator.formula.kind === 'weighted' ? 1 : indicator.formula.scale;
  return {
    regions: regions.map(({ regionId, from, to, value, hidden, coverage, reference }) => ({
      regionId,
      from,
      to,
      value,
      hidden,
      coverage,
      reference,
    })),
    total: programmeBaseline(
      indicator,
      regions.map((r) => ({ ...r, short: short(r) })),
    ),
    matched: now
      ? matchedChange(
          scale,
          regions.map((r, k) => ({
            regionId: r.regionId,
            now: now[k] ? sideOf(now[k]) : { leftOut: 'unknown' },
            baseline: r.reference ? { leftOut: 'reference' } : sideOf(r, short(r)),
          })),
        )
      : null,
  };
}
