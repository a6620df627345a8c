/**
 * Comparison groups from CBS figures per municipality (issue 24, item 3): rates per 10,000 children
 * aged 0–17 at CBS's own grain (a year or a half-year) for
 *
 * - (a) `own`: the pilot's own municipalities as CBS counts them — a check of the region's own
 *   counts (flagged when they differ by more than 20 %), not a comparison;
 * - (b) `region-rest`: the rest of the youth-care region (its municipalities minus the pilot's);
 * - (c) `matched`: non-pilot municipalities a manager chose by size and urbanity;
 * - (d) `national`: the Netherlands (CBS's national total, region code NL01).
 *
 * Municipal redivisions: every cell is counted in the area of its successor (following chains of
 * mergers), so a series over years compares the same area. Where CBS also published a figure for
 * the successor itself in a period (restated on the new borders), that one is used and its
 * predecessors' cells in that period are not added (no double count). A municipality split over
 * several successors cannot be attributed to one of them: a group holding some but not all of its
 * successors is unknown for the periods before the split.
 *
 * Before a merger every municipality it was made of needs its own figure.
 *
 * A secret or missing cell makes the group's rate unknown (never 0), and the group names which
 * municipality and period is missing; a provisional or rounded cell marks the group's figure.
 *
 * Pure: no database, Remix or React. Intervals from intervals.ts (Garwood for a rate, MOVER for
 * differences; ADR 016, 019, 021).
 */
import {
  differenceInDifferences,
  isComputable,
  poissonRate,
  rateDifference,
  verdictOf,
  type IntervalResult,
  type RateCounts,
  type Verdict,
} from './intervals';
import { addMonths, type Period } from './periods';

export const RATE_PER = 10_000;
/** CBS's code of the Netherlands as a whole. */
export const NATIONAL_CODE = 'NL01';
/** The pilot's own counts differ "too much" from CBS's beyond this share of CBS's figure. */
export const OWN_COUNT_TOLERANCE = 0.2;

export type CbsCellStatus = 'final' | 'provisional' | 'secret';

/** One CBS figure: a municipality (GM0363) or the Netherlands (NL01) in a period. */
export interface CbsFigure {
  region: string;
  period: string;
  value: number | null;
  status: CbsCellStatus;
  rounded: boolean;
}

export interface MunicipalityChange {
  oldCode: string;
  newCode: string;
  /** ISO date from which the old municipality is part of the new one */
  effectiveOn: string;
}

export type ComparisonGroupKind = 'own' | 'region-rest' | 'matched' | 'national';
export const COMPARISON_GROUP_KINDS: readonly ComparisonGroupKind[] = [
  'own',
  'region-rest',
  'matched',
  'national',
];

export type CbsGrain = 'year' | 'half-year';

// ── Periods ─────────────────────────────────────────────────────────────────

/**
 * The app's name of a CBS period: '2022' for a year, '2022-H1' / '2022-H2' for a half-year. Takes
 * CBS's own codes too ('2022JJ00', '2022HJ01'); null for anything else (a quarter, a month).
 */
export function normaliseCbsPeriod(period: string): string | null {
  const y = /^(\d{4})(?:JJ00)?$/.exec(period);
  if (y) return y[1];
  const h = /^(\d{4})(?:-H|HJ0)([12])$/.exec(period);
  if (h) return `${h[1]}-H${h[2]}`;
  return null;
}

/** The first and last month of a CBS period ('2022-H2' → 2022-07 … 2022-12). */
export function cbsPeriodMonths(period: string): { from: Period; to: Period; months: number } | null {
  const p = normaliseCbsPeriod(period);
  if (!p) return null;
  const year = p.slice(0, 4);
  if (p.length === 4) return { from: `${year}-01`, to: `${year}-12`, months: 12 };
  return p.endsWith('H1')
    ? { from: `${year}-01`, to: `${year}-06`, months: 6 }
    : { from: `${year}-07`, to: `${year}-12`, months: 6 };
}

/** The CBS periods of a grain that overlap the months from … to (inclusive), oldest first. */
export function cbsPeriodsCovering(from: Period, to: Period, grain: CbsGrain): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) {
    const year = m.slice(0, 4);
    const p = grain === 'year' ? year : `${year}-H${Number(m.slice(5, 7)) <= 6 ? 1 : 2}`;
    if (!out.includes(p)) out.push(p);
  }
  return out;
}

// ── Municipal redivisions ───────────────────────────────────────────────────

/**
 * Each code's present-day successors: itself when it still exists, otherwise the codes it was
 * merged into (following chains). A split gives more than one.
 */
export function successorsOf(changes: readonly MunicipalityChange[]): (code: string) => string[] {
  const next = new Map<string, string[]>();
  for (const c of changes) {
    if (c.oldCode === c.newCode) continue;
    next.set(c.oldCode, [...(next.get(c.oldCode) ?? []), c.newCode]);
  }
  const memo = new Map<string, string[]>();
  const resolve = (code: string, seen: ReadonlySet<string>): string[] => {
    const known = memo.get(code);
    if (known) return known;
    const direct = next.get(code);
    // a cycle in the data is not followed further
    if (!direct || seen.has(code)) return [code];
    const inner = new Set([...seen, code]);
    const out = [...new Set(direct.flatMap((d) => resolve(d, inner)))].sort();
    memo.set(code, out);
    return out;
  };
  return (code) => resolve(code, new Set());
}

/**
 * The municipalities that made up `code` at `date` (ISO): the old codes merged into it on a later
 * day (following chains back), or `code` itself.
 */
export function predecessorsAt(changes: readonly MunicipalityChange[], code: string, date: string): string[] {
  const walk = (c: string, seen: ReadonlySet<string>): string[] => {
    const before = changes.filter((x) => x.newCode === c && x.oldCode !== c && x.effectiveOn > date);
    if (before.length === 0 || seen.has(c)) return [c];
    const inner = new Set([...seen, c]);
    return [...new Set(before.flatMap((x) => walk(x.oldCode, inner)))].sort();
  };
  return walk(code, new Set());
}

// ── One group's rate ────────────────────────────────────────────────────────

export type MissingReason = 'secret' | 'missing' | 'split';

export interface MissingCell {
  /** the present-day municipality (or NL01) whose figure is missing */
  code: string;
  period: string;
  measure: 'events' | 'population';
  reason: MissingReason;
}

export interface GroupRate {
  periods: string[];
  /** Σ events over the periods and members, null when any is unknown */
  count: number | null;
  /** Σ children 0–17 × the period's share of a year */
  childYears: number | null;
  /** per 10,000 children per year */
  value: number | null;
  interval: IntervalResult;
  provisional: boolean;
  rounded: boolean;
  missing: MissingCell[];
}

export interface GroupRateInput {
  /** present-day municipality codes, or [NATIONAL_CODE] */
  members: readonly string[];
  /** CBS periods to pool (normalised or CBS's own codes) */
  periods: readonly string[];
  /** the measure's cells (events in the period) */
  events: readonly CbsFigure[];
  /** children 0–17 on 1 January, per year ('2022') */
  population: readonly CbsFigure[];
  changes: readonly MunicipalityChange[];
}

interface Summed {
  value: number | null;
  provisional: boolean;
  rounded: boolean;
  missing: MissingCell[];
}

/**
 * Σ over the members of the cells of one period (already filtered to the period), each cell in its
 * successor's area; a member's own cell wins over its predecessors' in the same period.
 */
function sumMembers(
  members: readonly string[],
  cells: readonly CbsFigure[],
  successors: (code: string) => string[],
  predecessors: (code: string) => string[],
  period: string,
  measure: MissingCell['measure'],
): Summed {
  const memberSet = new Set(members);
  const byMember = new Map<string, CbsFigure[]>();
  const missing: MissingCell[] = [];
  const split = new Set<string>();
  const shared = new Set<string>();
  for (const cell of cells) {
    const to = successors(cell.region);
    const inGroup = to.filter((c) => memberSet.has(c));
    if (inGroup.length === 0) continue;
    if (inGroup.length < to.length) {
      // a split municipality: its figure cannot be divided over its successors
      for (const code of inGroup) split.add(code);
      continue;
    }
    // a split wholly inside the group counts once, with its first successor
    const code = inGroup[0];
    byMember.set(code, [...(byMember.get(code) ?? []), cell]);
    for (const other of inGroup.slice(1)) shared.add(other);
  }
  let value: number | null = 0;
  let provisional = false;
  let rounded = false;
  for (const code of members) {
    const mine = byMember.get(code) ?? [];
    const own = mine.filter((c) => c.region === code);
    const used = own.length > 0 ? own : mine;
    if (used.length === 0 && shared.has(code)) continue;
    if (own.length === 0 && split.has(code)) {
      missing.push({ code, period, measure, reason: 'split' });
      value = null;
      continue;
    }
    // before a merger every municipality it was made of needs its own figure
    const expected = own.length > 0 ? [code] : predecessors(code);
    const absent = expected.filter((e) => !used.some((c) => c.region === e));
    if (used.length === 0 || absent.length > 0) {
      for (const e of used.length === 0 ? expected : absent)
        missing.push({ code: e, period, measure, reason: 'missing' });
      value = null;
      continue;
    }
    for (const c of used) {
      provisional ||= c.status === 'provisional';
      rounded ||= c.rounded;
      if (c.status === 'secret' || c.value === null) {
        missing.push({ code, period, measure, reason: c.status === 'secret' ? 'secret' : 'missing' });
        value = null;
      } else if (value !== null) value += c.value;
    }
  }
  return { value: missing.length > 0 ? null : value, provisional, rounded, missing };
}

/**
 * A group's rate per 10,000 children per year over CBS periods: Σ events / Σ child-years × 10,000,
 * where a period's child-years are the children 0–17 on 1 January of its year × its months / 12.
 * Unknown (with the missing cells named) when any member lacks a figure in any period.
 */
export function groupRate(input: GroupRateInput): GroupRate {
  const successors = successorsOf(input.changes);
  const periods = input.periods.map((p) => normaliseCbsPeriod(p) ?? p);
  let count: number | null = 0;
  let childYears: number | null = 0;
  let provisional = false;
  let rounded = false;
  const missing: MissingCell[] = [];
  for (const period of periods) {
    const span = cbsPeriodMonths(period);
    if (!span) throw new RangeError(`Not a CBS period: ${period}`);
    const year = period.slice(0, 4);
    const ev = sumMembers(
      input.members,
      input.events.filter((c) => normaliseCbsPeriod(c.period) === period),
      successors,
      (code) => predecessorsAt(input.changes, code, `${span.from}-01`),
      period,
      'events',
    );
    const pop = sumMembers(
      input.members,
      input.population.filter((c) => normaliseCbsPeriod(c.period) === year),
      successors,
      (code) => predecessorsAt(input.changes, code, `${year}-01-01`),
      year,
      'population',
    );
    provisional ||= ev.provisional || pop.provisional;
    rounded ||= ev.rounded || pop.rounded;
    missing.push(...ev.missing, ...pop.missing);
    count = count === null || ev.value === null ? null : count + ev.value;
    childYears =
      childYears === null || pop.value === null ? null : childYears + (pop.value * span.months) / 12;
  }
  if (periods.length === 0) {
    count = null;
    childYears = null;
  }
  const interval = poissonRate(count, childYears, RATE_PER);
  return {
    periods,
    count,
    childYears,
    value: isComputable(interval) ? interval.estimate : null,
    interval,
    provisional,
    rounded,
    missing,
  };
}

// ── The groups of a region ──────────────────────────────────────────────────

export interface ScopeMunicipality {
  code: string;
  /** a district of the municipality, not all of it */
  partial: boolean;
}

/** Why a group has no members. */
export type NoGroupReason =
  | 'partial-scope' // geen passende referentie: the scope holds part of a municipality
  | 'not-chosen' // no matched group chosen yet
  | 'empty' // the pilot covers the whole youth-care region, or no municipality is known
  | 'no-region'; // the youth-care region of the scope is not known

export type GroupMembers =
  | { kind: ComparisonGroupKind; members: string[]; reason: null }
  | { kind: ComparisonGroupKind; members: null; reason: NoGroupReason };

export interface RegionGroupsInput {
  scope: readonly ScopeMunicipality[];
  /** CBS publishes the measure per district (wijk) for the partial municipalities */
  districtTable?: boolean;
  /** every present-day municipality of the youth-care region; null when unknown */
  youthCareRegion: readonly string[] | null;
  /** the manager's matched group, null when none chosen */
  matched: readonly string[] | null;
}

/**
 * The four groups of a region. A scope with part of a municipality cannot be read from municipal
 * figures: its own and its region's rest give "geen passende referentie" unless CBS has a district
 * table; the matched group and the Netherlands compare changes and stay.
 */
export function regionGroups(input: RegionGroupsInput): GroupMembers[] {
  const partial = input.scope.some((s) => s.partial) && !input.districtTable;
  const own = [...new Set(input.scope.map((s) => s.code))].sort();
  const none = (kind: ComparisonGroupKind, reason: NoGroupReason): GroupMembers => ({
    kind,
    members: null,
    reason,
  });
  const some = (kind: ComparisonGroupKind, members: string[]): GroupMembers =>
    members.length > 0 ? { kind, members, reason: null } : none(kind, 'empty');
  const rest = input.youthCareRegion
    ? [...new Set(input.youthCareRegion)].filter((c) => !own.includes(c)).sort()
    : null;
  return [
    partial ? none('own', 'partial-scope') : some('own', own),
    partial
      ? none('region-rest', 'partial-scope')
      : rest === null
        ? none('region-rest', 'no-region')
        : some('region-rest', rest),
    input.matched === null
      ? none('matched', 'not-chosen')
      : some(
          'matched',
          [...new Set(input.matched)].filter((c) => !own.includes(c)),
        ),
    { kind: 'national', members: [NATIONAL_CODE], reason: null },
  ];
}

// ── The check of the pilot's own counts (group a) ───────────────────────────

export interface OwnCountCheck {
  /** (pilot − CBS) / CBS, null when either is unknown or CBS counts 0 */
  relativeDifference: number | null;
  /** the counts differ by more than OWN_COUNT_TOLERANCE */
  flagged: boolean;
}

/**
 * The pilot's own count of an outcome against CBS's count for its municipalities over the same
 * period: flagged when they differ by more than 20 % of CBS's figure. The definitions differ
 * (outcome-cbs mapping), so a flag asks for an explanation, not a correction.
 */
export function checkOwnCounts(
  pilotCount: number | null,
  cbsCount: number | null,
  tolerance: number = OWN_COUNT_TOLERANCE,
): OwnCountCheck {
  if (pilotCount === null || cbsCount === null || cbsCount <= 0)
    return { relativeDifference: null, flagged: false };
  const relativeDifference = (pilotCount - cbsCount) / cbsCount;
  return { relativeDifference, flagged: Math.abs(relativeDifference) > tolerance };
}

// ── Difference in change since the baseline ─────────────────────────────────

export interface ChangeComparison {
  /** the pilot's rate now minus at its baseline (MOVER over two Garwood intervals) */
  pilotChange: IntervalResult;
  /** the group's rate now minus at the baseline */
  groupChange: IntervalResult;
  /** pilot's change − group's change (difference-in-differences, MOVER over four parts) */
  difference: IntervalResult;
  verdict: Verdict;
}

/**
 * The difference in change since the baseline: the pilot's change minus the group's change, each
 * side from pooled counts over child-years. The pilot's counts are the ones its viewer sees
 * (rounded for reviewers), so the interval gives nothing hidden away.
 */
export function differenceInChange(input: {
  pilot: { current: RateCounts; baseline: RateCounts };
  group: { current: RateCounts; baseline: RateCounts };
}): ChangeComparison {
  const difference = differenceInDifferences({
    kind: 'rate',
    per: RATE_PER,
    treatedAfter: input.pilot.current,
    treatedBefore: input.pilot.baseline,
    controlAfter: input.group.current,
    controlBefore: input.group.baseline,
  });
  return {
    pilotChange: rateDifference(input.pilot.current, input.pilot.baseline, RATE_PER),
    groupChange: rateDifference(input.group.current, input.group.baseline, RATE_PER),
    difference,
    verdict: verdictOf(difference),
  };
}

/** A group's counts as the interval functions take them. */
export function rateCountsOf(g: Pick<GroupRate, 'count' | 'childYears'>): RateCounts {
  return { count: g.count, childYears: g.childYears };
}

// ── Matched group suggestion ────────────────────────────────────────────────

export interface MunicipalityProfile {
  code: string;
  name: string;
  /** children 0–17 */
  children: number | null;
  /** CBS's degree of urbanity, 1 (very strongly urban) … 5 (not urban) */
  urbanity: number | null;
}

/**
 * Non-pilot municipalities most like the pilot's, for a manager to start from: the same urbanity
 * first (distance in CBS's five classes), then the nearest in size (ratio of children to the
 * pilot's average municipality, on a log scale), until their children together reach the pilot's.
 * A suggestion only: the manager chooses.
 */
export function suggestMatchedGroup(
  pilot: readonly MunicipalityProfile[],
  candidates: readonly MunicipalityProfile[],
  exclude: readonly string[] = [],
): string[] {
  const known = pilot.filter((p) => p.children !== null && p.children > 0);
  if (known.length === 0) return [];
  const total = known.reduce((s, p) => s + (p.children ?? 0), 0);
  const avgSize = total / known.length;
  const urb = pilot.filter((p) => p.urbanity !== null);
  const avgUrb = urb.length ? urb.reduce((s, p) => s + (p.urbanity ?? 0), 0) / urb.length : null;
  const skip = new Set([...pilot.map((p) => p.code), ...exclude]);
  const scored = candidates
    .filter((c) => !skip.has(c.code) && c.children !== null && c.children > 0)
    .map((c) => ({
      c,
      urb: avgUrb === null || c.urbanity === null ? 5 : Math.abs(c.urbanity - avgUrb),
      size: Math.abs(Math.log((c.children as number) / avgSize)),
    }))
    .sort((a, b) => a.urb - b.urb || a.size - b.size || a.c.code.localeCompare(b.c.code));
  const out: string[] = [];
  let sum = 0;
  for (const { c } of scored) {
    if (sum >= total) break;
    out.push(c.code);
    sum += c.children as number;
  }
  return out.sort();
}

// ── One outcome's reference in the outcomes block ───────────────────────────

/** The group a region's reference column shows: the matched group, else the region's rest, else the Netherlands. */
export const PREFERRED_GROUPS: readonly ComparisonGroupKind[] = ['matched', 'region-rest', 'national'];

export interface OutcomeReference {
  code: string;
  measure: string;
  /** the group shown, null when none fits */
  group: ComparisonGroupKind | null;
  /** why the groups before it (or all) do not fit */
  skipped: { kind: ComparisonGroupKind; reason: NoGroupReason | 'unknown' }[];
  /** the CBS periods of the pilot's period and of its baseline */
  periods: string[];
  baselinePeriods: string[];
  value: number | null;
  interval: { lower: number; upper: number } | null;
  baseline: number | null;
  provisional: boolean;
  rounded: boolean;
  /** the cells that make the shown group's figure unknown */
  missing: MissingCell[];
  /** the group's change since the baseline (per 10,000) */
  groupChange: number | null;
  /** the pilot's change minus the group's, with its 95 % interval */
  difference: { estimate: number; lower: number; upper: number } | null;
  verdict: Verdict;
  /** (a) the pilot's own municipalities as CBS counts them, now and at the baseline: a check, not a comparison */
  own: { value: number | null; baseline: number | null; missing: MissingCell[] } | null;
}

export interface OutcomeReferenceInput {
  code: string;
  measure: string;
  grain: CbsGrain;
  groups: readonly GroupMembers[];
  /** the pilot's period and baseline, in months */
  period: { from: Period; to: Period };
  baseline: { from: Period; to: Period } | null;
  /** the pilot's counts as its viewer sees them (rounded for reviewers) */
  pilot: { current: RateCounts; baseline: RateCounts | null };
  events: readonly CbsFigure[];
  population: readonly CbsFigure[];
  changes: readonly MunicipalityChange[];
}

/**
 * The reference of one outcome for one row of the block: the first group of PREFERRED_GROUPS that
 * exists and has a figure for the CBS period holding the pilot's period (its latest month), with
 * its change over the CBS periods of the baseline and the difference in change.
 */
export function outcomeReference(input: OutcomeReferenceInput): OutcomeReference {
  const periods = cbsPeriodsCovering(input.period.to, input.period.to, input.grain);
  const baselinePeriods = input.baseline
    ? cbsPeriodsCovering(input.baseline.from, input.baseline.to, input.grain)
    : [];
  const skipped: OutcomeReference['skipped'] = [];
  const empty: OutcomeReference = {
    code: input.code,
    measure: input.measure,
    group: null,
    skipped,
    periods,
    baselinePeriods,
    value: null,
    interval: null,
    baseline: null,
    provisional: false,
    rounded: false,
    missing: [],
    groupChange: null,
    difference: null,
    verdict: 'not-computable',
    own: null,
  };
  const ownGroup = input.groups.find((g) => g.kind === 'own');
  if (ownGroup?.members) {
    const now = groupRate({ ...input, members: ownGroup.members, periods });
    const then = baselinePeriods.length
      ? groupRate({ ...input, members: ownGroup.members, periods: baselinePeriods })
      : null;
    empty.own = {
      value: now.value,
      baseline: then?.value ?? null,
      missing: [...now.missing, ...(then?.missing ?? [])],
    };
  }
  let firstUnknown: { kind: ComparisonGroupKind; rate: GroupRate } | null = null;
  for (const kind of PREFERRED_GROUPS) {
    const g = input.groups.find((x) => x.kind === kind);
    if (!g) continue;
    if (g.members === null) {
      skipped.push({ kind, reason: g.reason });
      continue;
    }
    const rate = groupRate({ ...input, members: g.members, periods });
    if (rate.value === null) {
      skipped.push({ kind, reason: 'unknown' });
      firstUnknown ??= { kind, rate };
      continue;
    }
    const base = baselinePeriods.length
      ? groupRate({ ...input, members: g.members, periods: baselinePeriods })
      : null;
    const change =
      base && input.pilot.baseline
        ? differenceInChange({
            pilot: { current: input.pilot.current, baseline: input.pilot.baseline },
            group: { current: rateCountsOf(rate), baseline: rateCountsOf(base) },
          })
        : null;
    const d = change?.difference;
    return {
      ...empty,
      group: kind,
      value: rate.value,
      interval: isComputable(rate.interval)
        ? { lower: rate.interval.lower, upper: rate.interval.upper }
        : null,
      baseline: base?.value ?? null,
      provisional: rate.provisional || !!base?.provisional,
      rounded: rate.rounded || !!base?.rounded,
      missing: base?.missing ?? [],
      groupChange: base?.value != null ? rate.value - base.value : null,
      difference: d && isComputable(d) ? { estimate: d.estimate, lower: d.lower, upper: d.upper } : null,
      verdict: change?.verdict ?? 'not-computable',
    };
  }
  // no group has a figure: name the first one's missing cells
  return firstUnknown
    ? { ...empty, provisional: firstUnknown.rate.provisional, missing: firstUnknown.rate.missing }
    : empty;
}
