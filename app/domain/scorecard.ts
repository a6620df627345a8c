/**
 * Puts the pieces together for one period bucket: per region and for the programme total, every
 * indicator's numerator, denominator, value, target, floor and score (suppressed for reviewers),
 * and per principle the score with its coverage. Pure: the figures model supplies the rows.
 */
import type { Exclusion } from './outcomes';
import { periodRange } from './periods';
import { bucketRange, elementValue, type RegionBucket } from './aggregation';
import { DATA_ELEMENTS } from './catalogue';
import { countParts, INDICATORS, type Indicator } from './indicators';
import { SCORE_GROUPS, type PrincipleCode, type ScoreGroup } from './principles';
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
import {
  isPartial,
  showFigureSet,
  type DisclosedBuckets,
  type DisclosedElement,
  type FigureCell,
  type ShownCount,
  type ShownFigure,
  type SuppressionThresholds,
} from './disclosure';
import { indicatorInterval, type FigureInterval } from './figure-intervals';

export interface IndicatorFigure extends ShownFigure {
  code: string;
  /** null for an outcome without a target */
  target: number | null;
  floor: number | null;
  approximate: boolean;
  /** the 95 % interval of a share of counts (Wilson), from the figure as shown; null otherwise */
  interval: FigureInterval | null;
}

/** What a table cell shows of an indicator figure: the value with its interval, or why there is none. */
export type ShownIndicator = Pick<IndicatorFigure, 'value' | 'hidden' | 'reason' | 'interval'>;

/**
 * An indicator as a progress table writes it: whole for the total; at national scale a region's
 * holds its value as the table writes it and, only where they say something, hidden, why it is
 * unknown and its interval.
 */
export type ProgressIndicator = Pick<ShownIndicator, 'value'> &
  Partial<Pick<ShownIndicator, 'hidden' | 'reason' | 'interval'>>;

/** A principle as the progress report's tables and charts read it. */
export type ProgressScore = Pick<PrincipleScore, 'score' | 'sufficient' | 'coverage' | 'hiddenIndicators'>;

/** A scorecard row as the progress report's tables read it (its regions' rows trimmed at national scale). */
export interface ProgressRow {
  groups: Record<PrincipleCode, ProgressScore>;
  indicators: Record<string, ProgressIndicator>;
}

export interface ScoreRow {
  /** null for the programme total */
  regionId: number | null;
  bucket: string;
  months: number;
  provisional: boolean;
  indicators: Record<string, IndicatorFigure>;
  /** principles and workforce; outcomes have no group score */
  groups: Record<ScoreGroup, PrincipleScore>;
  /**
   * Programme total only: of how many regions, and per indicator the regions it leaves out (their
   * figures unknown, or not (approved) for every month of the period) and why.
   */
  coverage?: { of: number; excluded: Record<string, Exclusion[]> };
}

interface ScorecardCommon {
  bucket: string;
  regionIds: readonly number[];
  registers: ReadonlyMap<number, { experiments: RegisterParts; bottlenecks: RegisterParts }>;
  targets: readonly TargetSetting[];
  /** also give the element values of every region (case flow, value export), with the figures */
  withElements?: boolean;
}

/**
 * Exact figures (managers, coordinators), or for suppressed viewers figures made only of the
 * disclosure decision's rounded base cells (the type admits nothing else).
 */
export type ScorecardInput = ScorecardCommon &
  (
    | { suppress: null; buckets: readonly RegionBucket[] }
    | { suppress: SuppressionThresholds; buckets: DisclosedBuckets }
  );

export interface Scorecard {
  regions: ScoreRow[];
  total: ScoreRow;
  /** element values per region (with `withElements`), as shown */
  elements?: Record<string, ShownCount>[];
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
  extra: Record<string, { target: number | null; floor: number | null; approximate: boolean }>;
}

/** Whether a weighted indicator's mean is hidden in every bucket it is made of. */
function hiddenMean(ind: Indicator, buckets: readonly (RegionBucket | undefined)[]): boolean {
  const f = ind.formula;
  if (f.kind !== 'weighted') return false;
  const els = buckets.map((b) => b?.elements.get(f.element) as DisclosedElement | undefined);
  return els.some((e) => e?.hidden) && els.every((e) => e?.hidden || e?.weightedSum == null);
}

function exactRow(
  input: ScorecardInput,
  regionId: number | null,
  partsOf: (i: Indicator) => IndicatorParts[],
  meta: { months: number; provisional: boolean },
  own: readonly (RegionBucket | undefined)[],
): ExactRow {
  const period = bucketRange(input.bucket).to;
  const cells: Record<string, FigureCell> = {};
  const extra: ExactRow['extra'] = {};
  for (const ind of INDICATORS) {
    const v = computeIndicatorValue(ind, partsOf(ind));
    const { target, floor } = targetInForce(ind, input.targets, period);
    // a register indicator over fewer entries than its minimum shows its counts but gets no score
    const tooFew =
      ind.minDenominator !== undefined && v.denominator !== null && v.denominator < ind.minDenominator;
    cells[ind.code] = {
      numerator: v.numerator,
      denominator: v.denominator,
      value: v.value,
      score: tooFew ? null : scoreValue(v.value, target, floor),
      countParts: countParts(ind),
      ...(hiddenMean(ind, own) ? { hiddenBase: true as const } : {}),
      ...(input.suppress && ind.formula.kind !== 'register' && own.every(isPartial)
        ? { partial: true as const }
        : {}),
    };
    extra[ind.code] = { target, floor, approximate: v.approximate };
  }
  return { regionId, meta, cells, extra };
}

/** The row as shown: the figures after suppression, principle scores from the shown scores. */
function shownRow(bucket: string, exact: ExactRow, shown: Record<string, ShownFigure>): ScoreRow {
  const indicators: Record<string, IndicatorFigure> = {};
  for (const ind of INDICATORS)
    indicators[ind.code] = {
      ...shown[ind.code],
      code: ind.code,
      ...exact.extra[ind.code],
      interval: indicatorInterval(ind, shown[ind.code]),
    };
  const groups = {} as Record<ScoreGroup, PrincipleScore>;
  for (const g of SCORE_GROUPS) {
    const members = INDICATORS.filter((i) => i.group === g).map((i) => indicators[i.code]);
    groups[g] = {
      ...computePrincipleScore(members.map((f) => f.score)),
      hiddenIndicators: members.filter((f) => f.hidden).length,
    };
  }
  return { regionId: exact.regionId, bucket, ...exact.meta, indicators, groups };
}

/**
 * Which regions the programme total of each indicator leaves out: a region whose numerator or
 * denominator is unknown; 'incomplete' when it lacks (approved) figures for a month of the period.
 */
function totalCoverage(
  input: ScorecardInput,
  all: readonly (RegionBucket | undefined)[],
): { of: number; excluded: Record<string, Exclusion[]> } {
  const { from, to } = bucketRange(input.bucket);
  const months = periodRange(from, to).length;
  const excluded: Record<string, Exclusion[]> = {};
  for (const ind of INDICATORS)
    excluded[ind.code] =
      ind.formula.kind === 'register'
        ? []
        : input.regionIds.flatMap((regionId, k) => {
            const p = indicatorParts(ind, all[k]);
            if (p.numerator !== null && p.denominator !== null) return [];
            const b = all[k];
            return [
              { regionId, reason: !b || b.months < months ? ('incomplete' as const) : ('unknown' as const) },
            ];
          });
  return { of: input.regionIds.length, excluded };
}

/** Scores per region (in the order given) and for all of them together. */
export function buildScorecard(input: ScorecardInput): Scorecard {
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
      [b],
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
    all,
  );
  // One call decides what may be shown of the whole card (every region and the total together).
  const elements = input.withElements
    ? input.regionIds.map((id) => {
        const b = byRegion.get(id);
        const out: Record<string, { value: number | null; isCount: boolean; hidden?: boolean }> = {};
        for (const e of DATA_ELEMENTS)
          out[e.code] = {
            value: elementValue(b, e.code).value,
            isCount: e.unit === 'count',
            hidden: (b?.elements.get(e.code) as DisclosedElement | undefined)?.hidden ?? false,
          };
        return out;
      })
    : undefined;
  const shown = showFigureSet(
    {
      regions: regions.map((r) => r.cells),
      total: total.cells,
      counts: [],
      elements,
    },
    input.suppress,
  );
  return {
    regions: regions.map((r, i) => shownRow(input.bucket, r, shown.regions[i])),
    total: { ...shownRow(input.bucket, total, shown.total!), coverage: totalCoverage(input, all) },
    ...(elements ? { elements: shown.elements } : {}),
  };
}
