/**
 * Outcomes: what happens to children and families, shown apart from the four principles and never
 * averaged into a principle score. Counts of safety signals, new child-protection measures,
 * supervision orders (OTS), placements and terminations of parental authority as rates per 10,000
 * children 0–17 in the pilot's scope per year (see population.ts), and shares taken from the
 * indicator definitions (recurrence within 12 months of closure, in all and split by closure with
 * and without a measure; closed without a measure), so a change of those definitions changes the
 * outcome with them.
 *
 * A rate needs the count of every month of the range: a region with a month not reported (or, for a
 * reader of approved figures, not approved) is left out of the total and named, never counted as a
 * shorter period.
 */
import { elementValue, type RegionBucket } from './aggregation';
import { coveredBucket, type Coverage } from './baseline-coverage';
import type { Text } from './lang';
import { RATE_OUTCOME_DEFS } from './outcome-catalogue';
import { countParts, elementsOf, getIndicator, type Indicator } from './indicators';
import { addMonths, periodRange, type Period } from './periods';
import { childYears, computeRate, RATE_BASE, type PopulationEntry } from './population';
import { computeIndicatorValue, indicatorParts, type IndicatorParts } from './scoring';
import type { FigureCell } from './disclosure';

export type OutcomeDef =
  | { code: string; kind: 'rate'; element: string; label: Text; explanation: Text }
  | { code: string; kind: 'share'; indicator: string };

export type RateOutcome = Extract<OutcomeDef, { kind: 'rate' }>;

const PER_YEAR: Text = {
  nl: 'Per 10.000 kinderen van 0–17 jaar in de scope van de proeftuin, per jaar: het aantal over de maanden van de periode gedeeld door de kind-jaren (de kinderen in de scope per maand opgeteld, gedeeld door 12), × 10.000. Een kwartaal en een jaar zijn zo vergelijkbaar; over regio’s Σ aantallen / Σ kind-jaren. Een regio met een maand zonder (goedgekeurde) rapportage of zonder scope telt niet mee en wordt genoemd.',
  en: 'Per 10,000 children aged 0–17 in the pilot’s scope, per year: the count over the months of the period divided by the child-years (the children in scope summed over the months, divided by 12), × 10,000. So a quarter and a year compare; across regions Σ counts / Σ child-years. A region with a month without an (approved) report or without a scope is left out and named.',
};

export const OUTCOMES: readonly OutcomeDef[] = [
  ...RATE_OUTCOME_DEFS,
  { code: 'recurrence_after_closure', kind: 'share', indicator: 'recurrence_after_closure' },
  { code: 'recurrence_without_measure', kind: 'share', indicator: 'recurrence_without_measure' },
  { code: 'recurrence_with_measure', kind: 'share', indicator: 'recurrence_with_measure' },
  { code: 'closed_without_measure', kind: 'share', indicator: 'closed_without_measure' },
];

/** The outcomes counted per 10,000 children, with what every rate means (the help page lists them). */
export const RATE_OUTCOMES: readonly RateOutcome[] = OUTCOMES.filter(
  (o): o is RateOutcome => o.kind === 'rate',
);
export const RATE_DEFINITION = PER_YEAR;

export function getRateOutcome(code: string): RateOutcome | undefined {
  return RATE_OUTCOMES.find((o) => o.code === code);
}

/** The outcomes whose definitions exist (a share outcome follows its indicator definition). */
export function activeOutcomes(): { def: OutcomeDef; indicator?: Indicator }[] {
  return OUTCOMES.flatMap((def): { def: OutcomeDef; indicator?: Indicator }[] => {
    if (def.kind === 'rate') return [{ def }];
    const indicator = getIndicator(def.indicator);
    return indicator ? [{ def, indicator }] : [];
  });
}

export function outcomeLabel(def: OutcomeDef, lang: 'nl' | 'en'): string {
  if (def.kind === 'rate') return def.label[lang];
  return getIndicator(def.indicator)?.label[lang] ?? def.code;
}

/**
 * Why a region is not in a total: months without (approved) figures, an unknown value, no
 * population, or (a baseline) fewer known months than the minimum coverage.
 */
export type ExclusionReason = 'incomplete' | 'unknown' | 'no_population' | 'coverage';

export interface Exclusion {
  regionId: number;
  reason: ExclusionReason;
}

/**
 * An outcome's figure before suppression: a rate's numerator is the count and its denominator the
 * child-years; a share's are the indicator's. Shown through showFigureSet (suppression.ts) like
 * every other figure.
 */
export type OutcomeFigure = FigureCell;

export interface OutcomeRow {
  /** null: the programme total */
  regionId: number | null;
  figures: Record<string, OutcomeFigure>;
  /** total only: per outcome, the regions it leaves out and why */
  excluded: Record<string, Exclusion[]>;
}

export interface OutcomeInput {
  regionIds: readonly number[];
  /** each region's aggregated figures over its range (undefined: nothing visible) */
  buckets: ReadonlyMap<number, RegionBucket>;
  /** each region's months (the period asked for, or the region's own baseline) */
  ranges: ReadonlyMap<number, { from: Period; to: Period }>;
  scopes: ReadonlyMap<number, readonly PopulationEntry[]>;
}

interface RegionParts {
  rate: { count: number | null; childYears: number | null };
  share: IndicatorParts;
  reason: ExclusionReason | null;
}

function regionParts(input: OutcomeInput, regionId: number, def: OutcomeDef, ind?: Indicator): RegionParts {
  const range = input.ranges.get(regionId);
  const bucket = input.buckets.get(regionId);
  const months = range ? periodRange(range.from, range.to).length : 0;
  const complete = !!bucket && bucket.months >= months;
  if (def.kind === 'rate') {
    const years = range ? childYears(input.scopes.get(regionId) ?? [], range.from, range.to) : null;
    const count = complete ? elementValue(bucket, def.element).value : null;
    const reason: ExclusionReason | null = !complete
      ? 'incomplete'
      : count === null
        ? 'unknown'
        : years === null
          ? 'no_population'
          : null;
    return { rate: { count, childYears: years }, share: { numerator: null, denominator: null }, reason };
  }
  const share = ind ? indicatorParts(ind, bucket) : { numerator: null, denominator: null };
  const known = share.numerator !== null && share.denominator !== null;
  return {
    rate: { count: null, childYears: null },
    share,
    reason: known ? null : complete ? 'unknown' : 'incomplete',
  };
}

function figure(def: OutcomeDef, ind: Indicator | undefined, parts: readonly RegionParts[]): OutcomeFigure {
  if (def.kind === 'rate') {
    const r = computeRate(parts.map((p) => p.rate));
    return {
      numerator: r.count,
      denominator: r.childYears,
      value: r.value,
      score: null,
      countParts: { numerator: true, denominator: false },
      rate: true,
    };
  }
  const v = computeIndicatorValue(
    ind!,
    parts.map((p) => p.share),
  );
  return {
    numerator: v.numerator,
    denominator: v.denominator,
    value: v.value,
    score: null,
    countParts: countParts(ind!),
  };
}

/**
 * The outcomes that follow a cohort for some months (indicator `followUpMonths`): their baseline is
 * the region's baseline shifted that many months later, so it follows the families of the baseline.
 */
export function followUpOf(code: string): number {
  const def = OUTCOMES.find((o) => o.code === code);
  return def?.kind === 'share' ? (getIndicator(def.indicator)?.followUpMonths ?? 0) : 0;
}

/** A baseline range shifted by a follow-up: the months in which the baseline's cohort is measured. */
export function followUpRange(range: { from: Period; to: Period }, months: number) {
  return { from: addMonths(range.from, months), to: addMonths(range.to, months) };
}

/** Whether an outcome is a rate per 10,000 children or a percentage. */
export function outcomeUnit(code: string): 'rate' | 'percent' {
  return OUTCOMES.find((o) => o.code === code)?.kind === 'rate' ? 'rate' : 'percent';
}

/** Outcomes per region (in the order given) and for the programme total, with what it leaves out. */
export function buildOutcomes(input: OutcomeInput): { regions: OutcomeRow[]; total: OutcomeRow } {
  const defs = activeOutcomes();
  const partsByRegion = input.regionIds.map((id) =>
    defs.map(({ def, indicator }) => regionParts(input, id, def, indicator)),
  );
  return outcomeRows(input.regionIds, defs, partsByRegion);
}

/**
 * Per region its figures from its own parts, and the programme total from every region's parts
 * (pooled), naming each region the total leaves out and why.
 */
function outcomeRows(
  regionIds: readonly number[],
  defs: ReturnType<typeof activeOutcomes>,
  partsByRegion: readonly (readonly RegionParts[])[],
): { regions: OutcomeRow[]; total: OutcomeRow } {
  return {
    regions: regionIds.map((regionId, k) => ({
      regionId,
      figures: Object.fromEntries(
        defs.map(({ def, indicator }, j) => [def.code, figure(def, indicator, [partsByRegion[k][j]])]),
      ),
      excluded: {},
    })),
    total: {
      regionId: null,
      figures: Object.fromEntries(
        defs.map(({ def, indicator }, j) => [
          def.code,
          figure(
            def,
            indicator,
            partsByRegion.map((p) => p[j]),
          ),
        ]),
      ),
      excluded: Object.fromEntries(
        defs.map(({ def }, j) => [
          def.code,
          regionIds.flatMap((regionId, k) => {
            const reason = partsByRegion[k][j].reason;
            return reason ? [{ regionId, reason }] : [];
          }),
        ]),
      ),
    },
  };
}
// ── Baselines over the months they have (issue 23, item 6) ──────────────────

export interface BaselineInput {
  regionIds: readonly number[];
  /** each region's units over (at least) its baseline: months, or a reviewer's rounded quarters */
  units: ReadonlyMap<number, readonly RegionBucket[]>;
  /** each region's baseline months */
  ranges: ReadonlyMap<number, { from: Period; to: Period }>;
  scopes: ReadonlyMap<number, readonly PopulationEntry[]>;
  /** 1 for months, 3 for quarters */
  monthsPerUnit: number;
}

/** The data elements an outcome reads. */
export function outcomeElements(def: OutcomeDef, ind?: Indicator): string[] {
  return def.kind === 'rate' ? [def.element] : ind ? elementsOf(ind.formula) : [];
}

function baselineParts(
  input: BaselineInput,
  regionId: number,
  def: OutcomeDef,
  ind: Indicator | undefined,
): RegionParts & { coverage: Coverage } {
  const range = input.ranges.get(regionId)!;
  const c = coveredBucket(
    input.units.get(regionId) ?? [],
    outcomeElements(def, ind),
    range,
    input.monthsPerUnit,
  );
  if (def.kind === 'rate') {
    const count = c.bucket ? elementValue(c.bucket, def.element).value : null;
    let years: number | null = c.bucket ? 0 : null;
    for (const u of c.used) {
      const y = childYears(input.scopes.get(regionId) ?? [], u.from, u.to);
      years = years === null || y === null ? null : years + y;
    }
    const reason: ExclusionReason | null = !c.bucket
      ? 'coverage'
      : count === null
        ? 'unknown'
        : years === null
          ? 'no_population'
          : null;
    return {
      rate: { count, childYears: years },
      share: { numerator: null, denominator: null },
      reason,
      coverage: c.coverage,
    };
  }
  const share = ind && c.bucket ? indicatorParts(ind, c.bucket) : { numerator: null, denominator: null };
  const known = share.numerator !== null && share.denominator !== null;
  return {
    rate: { count: null, childYears: null },
    share,
    reason: known ? null : c.bucket ? 'unknown' : 'coverage',
    coverage: c.coverage,
  };
}

/**
 * Outcomes over each region's own baseline, each from the months it has (baseline-coverage.ts):
 * per region and outcome the months used of the baseline's months; below the minimum the figure is
 * unknown and the total names the region ('coverage').
 */
export function buildBaselineOutcomes(input: BaselineInput): {
  regions: OutcomeRow[];
  total: OutcomeRow;
  coverage: Record<string, Coverage>[];
} {
  const defs = activeOutcomes();
  const partsByRegion = input.regionIds.map((id) =>
    defs.map(({ def, indicator }) => baselineParts(input, id, def, indicator)),
  );
  return {
    ...outcomeRows(input.regionIds, defs, partsByRegion),
    coverage: partsByRegion.map((parts) =>
      Object.fromEntries(defs.map(({ def }, j) => [def.code, parts[j].coverage])),
    ),
  };
}

/** The scale of an outcome's value over its parts: 10,000 for a rate, the indicator's for a share. */
export function outcomeScale(code: string): number {
  const def = OUTCOMES.find((o) => o.code === code);
  if (!def || def.kind === 'rate') return RATE_BASE;
  const f = getIndicator(def.indicator)?.formula;
  return f && f.kind !== 'weighted' ? f.scale : 1;
}
