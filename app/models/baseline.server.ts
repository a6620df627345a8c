/**
 * Each region's figures over its own baseline period, as the viewer may see them (one scorecard per
 * distinct baseline range, through figures.server and so through the viewer's scope and
 * suppression), and the programme total over them (domain/baseline.ts).
 */
import { rangeBucket } from '#app/domain/aggregation';
import { programmeBaseline, type ProgrammeBaseline } from '#app/domain/baseline';
import type { Indicator } from '#app/domain/indicators';
import { addMonths, isWholeQuarterRange, type Period } from '#app/domain/periods';
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
  regions: { regionId: number; from: Period; to: Period; value: number | null; hidden: boolean }[];
  total: ProgrammeBaseline;
}

/** One indicator over each region's baseline and the programme total over all of them. */
export function loadIndicatorBaselines(
  viewer: Viewer,
  indicator: Indicator,
  regionIds: readonly number[],
): IndicatorBaselines {
  const rows = loadBaselineRows(viewer, regionIds, indicator.followUpMonths ?? 0);
  const regions = regionIds.map((regionId) => {
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
    };
  });
  return {
    regions: regions.map(({ regionId, from, to, value, hidden }) => ({ regionId, from, to, value, hidden })),
    total: programmeBaseline(indicator, regions),
  };
}
