/**
 * Puts the pieces together for one period bucket: per region and for the programme total, every
 * indicator's numerator, denominator, value, target, floor and score (suppressed for reviewers),
 * and per principle the score with its coverage. Pure: the figures model supplies the rows.
 */
import { bucketRange, type RegionBucket } from './aggregation';
import { countParts, INDICATORS, type Indicator } from './indicators';
import { INDICATOR_GROUPS, type IndicatorGroup } from './principles';
import {
  computeIndicatorValue,
  computePrincipleScore,
  indicatorParts,
  scoreValue,
  targetInForce,
  type IndicatorParts,
  type PrincipleScore,
  type RegisterParts,
  type TargetSetting,
} from './scoring';
import { showFigureSet, type FigureCell, type ShownFigure, type SuppressionThresholds } from './suppression';

export interface IndicatorFigure extends ShownFigure {
  code: string;
  target: number;
  floor: number;
  approximate: boolean;
}

export interface ScoreRow {
  /** null for the programme total */
  regionId: number | null;
  bucket: string;
  months: number;
  provisional: boolean;
  indicators: Record<string, IndicatorFigure>;
  groups: Record<IndicatorGroup, PrincipleScore>;
}

export interface ScorecardInput {
  bucket: string;
  regionIds: readonly number[];
  buckets: readonly RegionBucket[];
  registers: ReadonlyMap<number, { experiments: RegisterParts; bottlenecks: RegisterParts }>;
  targets: readonly TargetSetting[];
  /** thresholds for reviewers; null shows exact figures */
  suppress: SuppressionThresholds | null;
}

function registerPartsOf(
  indicator: Indicator,
  r: { experiments: RegisterParts; bottlenecks: RegisterParts } | undefined,
): RegisterParts | undefined {
  if (indicator.formula.kind !== 'register') return undefined;
  const counts = r ?? {
    experiments: { numerator: 0, denominator: 0 },
    bottlenecks: { numerator: 0, denominator: 0 },
  };
  return indicator.formula.register === 'experiments_evaluated' ? counts.experiments : counts.bottlenecks;
}

interface ExactRow {
  regionId: number | null;
  meta: { months: number; provisional: boolean };
  cells: Record<string, FigureCell>;
  extra: Record<string, { target: number; floor: number; approximate: boolean }>;
}

function exactRow(
  input: ScorecardInput,
  regionId: number | null,
  partsOf: (i: Indicator) => IndicatorParts[],
  meta: { months: number; provisional: boolean },
): ExactRow {
  const period = bucketRange(input.bucket).to;
  const cells: Record<string, FigureCell> = {};
  const extra: ExactRow['extra'] = {};
  for (const ind of INDICATORS) {
    const v = computeIndicatorValue(ind, partsOf(ind));
    const { target, floor } = targetInForce(ind, input.targets, period);
    cells[ind.code] = {
      numerator: v.numerator,
      denominator: v.denominator,
      value: v.value,
      score: scoreValue(v.value, target, floor),
      countParts: countParts(ind),
    };
    extra[ind.code] = { target, floor, approximate: v.approximate };
  }
  return { regionId, meta, cells, extra };
}

/** The row as shown: the figures after suppression, principle scores from the shown scores. */
function shownRow(bucket: string, exact: ExactRow, shown: Record<string, ShownFigure>): ScoreRow {
  const indicators: Record<string, IndicatorFigure> = {};
  for (const ind of INDICATORS)
    indicators[ind.code] = { ...shown[ind.code], code: ind.code, ...exact.extra[ind.code] };
  const groups = {} as Record<IndicatorGroup, PrincipleScore>;
  for (const g of INDICATOR_GROUPS)
    groups[g] = computePrincipleScore(
      INDICATORS.filter((i) => i.group === g).map((i) => indicators[i.code].score),
    );
  return { regionId: exact.regionId, bucket, ...exact.meta, indicators, groups };
}

/** Scores per region (in the order given) and for all of them together. */
export function buildScorecard(input: ScorecardInput): { regions: ScoreRow[]; total: ScoreRow } {
  const byRegion = new Map(
    input.buckets.filter((b) => b.bucket === input.bucket).map((b) => [b.regionId, b]),
  );
  const regions = input.regionIds.map((id) => {
    const b = byRegion.get(id);
    return exactRow(
      input,
      id,
      (ind) => [indicatorParts(ind, b, registerPartsOf(ind, input.registers.get(id)))],
      {
        months: b?.months ?? 0,
        provisional: b?.provisional ?? false,
      },
    );
  });
  const all = input.regionIds.map((id) => byRegion.get(id));
  const total = exactRow(
    input,
    null,
    (ind) =>
      input.regionIds.map((id, k) =>
        indicatorParts(ind, all[k], registerPartsOf(ind, input.registers.get(id))),
      ),
    {
      months: Math.max(0, ...all.map((b) => b?.months ?? 0)),
      provisional: all.some((b) => b?.provisional),
    },
  );
  // One call decides what may be shown of the whole card (every region and the total together).
  const shown = showFigureSet(
    { regions: regions.map((r) => r.cells), total: total.cells, counts: [] },
    input.suppress,
  );
  return {
    regions: regions.map((r, i) => shownRow(input.bucket, r, shown.regions[i])),
    total: shownRow(input.bucket, total, shown.total!),
  };
}
