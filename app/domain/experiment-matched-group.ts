/**
 * An experiment's before/after against the region's matched comparison group from CBS figures
 * (issue 24, item 4: "an experiment's before/after can use group (c)"; ADR 024):
 *
 *   difference = (region after − region before) − (matched group after − matched group before)
 *
 * - **The region's side** is the before/after of experiment-effect.ts as its viewer sees it (its own
 *   counts over child-years; a reviewer's rounded quarters), so nothing hidden is given away.
 * - **The group's side** is the CBS rate per 10,000 children of the manager's matched group
 *   (comparison-groups.ts: redivided municipalities counted in their successor's area, a secret or
 *   missing cell makes it unknown and is named), over the CBS periods (half-years or years) that lie
 *   wholly within each window: a period straddling the start would sit on both sides.
 * - The interval is MOVER over the four Garwood limits (differenceInDifferences, ADR 016); CBS
 *   figures are public.
 *
 * What it proves and what not is said beside it on the page: the group did not run the experiment,
 * but it was not chosen at random, CBS counts trajectories by the child's municipality of
 * registration while the pilot counts its scope, and the CBS periods only approximate the windows.
 * Pure: no database, Remix or React.
 */
import {
  cbsPeriodMonths,
  cbsPeriodsCovering,
  groupRate,
  RATE_PER,
  type CbsFigure,
  type CbsGrain,
  type GroupMembers,
  type MissingCell,
  type MunicipalityChange,
  type NoGroupReason,
} from './comparison-groups';
import { differenceInDifferences, isComputable, verdictOf, type RateCounts, type Verdict } from './intervals';
import type { Period } from './periods';

export interface MonthSpan {
  from: Period;
  to: Period;
}

/** The CBS periods of a grain whose every month lies within the months from … to, oldest first. */
export function cbsPeriodsWithin(range: MonthSpan, grain: CbsGrain): string[] {
  return cbsPeriodsCovering(range.from, range.to, grain).filter((p) => {
    const m = cbsPeriodMonths(p)!;
    return m.from >= range.from && m.to <= range.to;
  });
}

export type MatchedEffectReason =
  | NoGroupReason // no matched group (not chosen, or empty)
  | 'notStarted' // no month after the start has figures yet
  | 'region' // the region's own side is unknown or hidden (the comparison above says why)
  | 'noPeriod' // no whole CBS period lies within a window
  | 'noFigures' // no cell of the measure for the group's municipalities at all (a table per Veilig Thuis region)
  | 'groupUnknown'; // a cell of the group is secret or missing (named in `missing`)

export interface MatchedGroupSide {
  /** the CBS periods pooled (the app's names: '2024-H1', '2024') */
  periods: string[];
  count: number | null;
  childYears: number | null;
  /** per 10,000 children per year */
  value: number | null;
}

export interface MatchedGroupEffect {
  measure: string;
  grain: CbsGrain;
  /** the matched group's present-day municipalities (null: none) */
  members: string[] | null;
  group: { before: MatchedGroupSide; after: MatchedGroupSide | null; change: number | null };
  provisional: boolean;
  rounded: boolean;
  missing: MissingCell[];
  regionChange: number | null;
  /** the region's change minus the group's, with its 95 % interval (null: see reason) */
  difference: { estimate: number; lower: number | null; upper: number | null } | null;
  verdict: Verdict;
  reason: MatchedEffectReason | null;
}

const rateOf = (c: RateCounts | null) =>
  c && c.count !== null && c.childYears ? (c.count * RATE_PER) / c.childYears : null;

/**
 * The before/after of one rate against the matched group. `region` holds the region's counts over
 * child-years on either side as its viewer sees them (null: unknown or hidden).
 */
export function matchedGroupEffect(input: {
  measure: string;
  grain: CbsGrain;
  group: GroupMembers | undefined;
  window: { before: MonthSpan; after: MonthSpan | null };
  region: { before: RateCounts | null; after: RateCounts | null };
  /** the measure's cells of the group's municipalities (and those they were made of) */
  events: readonly CbsFigure[];
  population: readonly CbsFigure[];
  changes: readonly MunicipalityChange[];
}): MatchedGroupEffect {
  const before = cbsPeriodsWithin(input.window.before, input.grain);
  const after = input.window.after ? cbsPeriodsWithin(input.window.after, input.grain) : [];
  const members = input.group?.members ?? null;
  const rate = (periods: string[]) => {
    if (!members || periods.length === 0) return null;
    return groupRate({ ...input, members, periods });
  };
  const b = rate(before);
  const a = input.window.after ? rate(after) : null;
  const side = (periods: string[], g: ReturnType<typeof rate>): MatchedGroupSide => ({
    periods,
    count: g?.count ?? null,
    childYears: g?.childYears ?? null,
    value: g?.value ?? null,
  });
  const groupChange = b?.value != null && a?.value != null ? a.value - b.value : null;
  const regionChange =
    rateOf(input.region.after) !== null && rateOf(input.region.before) !== null
      ? rateOf(input.region.after)! - rateOf(input.region.before)!
      : null;
  const reason: MatchedEffectReason | null = !members
    ? (input.group?.reason ?? 'not-chosen')
    : !input.window.after
      ? 'notStarted'
      : before.length === 0 || after.length === 0
        ? 'noPeriod'
        : input.events.length === 0
          ? 'noFigures'
          : regionChange === null
            ? 'region'
            : groupChange === null
              ? 'groupUnknown'
              : null;
  let difference: MatchedGroupEffect['difference'] = null;
  let verdict: Verdict = 'not-computable';
  if (reason === null) {
    const did = differenceInDifferences({
      kind: 'rate',
      per: RATE_PER,
      treatedAfter: input.region.after!,
      treatedBefore: input.region.before!,
      controlAfter: { count: a!.count, childYears: a!.childYears },
      controlBefore: { count: b!.count, childYears: b!.childYears },
    });
    const estimate = regionChange! - groupChange!;
    difference = isComputable(did)
      ? { estimate, lower: did.lower, upper: did.upper }
      : { estimate, lower: null, upper: null };
    verdict = verdictOf(did);
  }
  return {
    measure: input.measure,
    grain: input.grain,
    members,
    group: {
      before: side(before, b),
      after: input.window.after ? side(after, a) : null,
      change: groupChange,
    },
    provisional: !!(b?.provisional || a?.provisional),
    rounded: !!(b?.rounded || a?.rounded),
    missing: [...(b?.missing ?? []), ...(a?.missing ?? [])],
    regionChange,
    difference,
    verdict,
    reason,
  };
}
