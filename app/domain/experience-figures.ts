/**
 * The experience figures (issue 25): per region, group and item the share agreeing with its Wilson
 * 95 % interval, n and the response rate, for the latest period, or for the last year (four rolling
 * quarters, two half-years) where the latest period has fewer than 30 answers; the change against
 * the first measured year. Never averaged into a principle score. Pure.
 *
 * Disclosure (docs/decisions/018-experience.md), one decision for every viewer:
 * 1. A share over fewer than 10 answers is not shown (reason 'small-denominator').
 * 2. A period with 1–9 answers to an item (a "small period") is never part of a shown share: a
 *    window of several periods that holds one is hidden too (reason 'protects'), and so is a first
 *    year that holds one. Shown shares are then sums over periods without small periods, so no
 *    difference of shown figures (one window minus the last, a year minus its quarters) has a
 *    small period in it: a hidden share cannot be recomputed from other periods. Without a
 *    programme total over regions or routes nothing else sums the hidden cells.
 * 3. Reviewers (rounded viewers) see counts rounded to 5 per base cell (region, period, group,
 *    item), as every other figure (issue 22); the share, interval and response rate are computed
 *    from those rounded cells, the decisions above from the exact counts.
 * Response rates are always shown.
 */
import { bucketRange } from './aggregation';
import { roundCount } from './disclosure';
import { parsePeriod } from './periods';
import {
  getExperienceGroup,
  periodFromIndex,
  periodIndex,
  periodsPerYear,
  type ExperienceGroup,
} from './experience-items';
import { isComputable, proportionDifference, wilson } from './intervals';

/** Below this many answers a share is not shown. */
export const EXPERIENCE_MIN_ANSWERS = 10;
/** Below this many answers in the latest period the last year (rolling) is shown instead. */
export const EXPERIENCE_ROLLING_BELOW = 30;
/** The confidence level of the intervals. */
export const EXPERIENCE_LEVEL = 0.95;

/** A region's group in one period, routes summed (the base cell). */
export interface ExperienceCell {
  regionId: number;
  period: string;
  group: ExperienceGroup;
  /** null: unknown in at least one route */
  invited: number | null;
  responded: number;
  items: Readonly<Record<string, { answered: number; agreed: number }>>;
}

export type ShareState = 'shown' | 'hidden' | 'unknown';
export type ShareReason = 'small-denominator' | 'protects' | null;

export interface ShareFigure {
  /** first and last period of the window */
  from: string;
  to: string;
  /** more than one period (the rolling year) */
  rolling: boolean;
  state: ShareState;
  reason: ShareReason;
  /** answers (rounded for reviewers); null when hidden or none */
  n: number | null;
  /** share agreeing 0–1, and its interval; null unless shown */
  share: number | null;
  low: number | null;
  high: number | null;
  /** agreeing answers behind a shown share (rounded for reviewers); the change's interval needs them */
  agreed?: number;
}

export interface ExperienceFigure {
  regionId: number;
  group: ExperienceGroup;
  item: string;
  current: ShareFigure;
  /** response rate of the group in the current window (always shown; null: unknown) */
  invited: number | null;
  responded: number;
  responseRate: number | null;
  /** the first measured year; null before there is one apart from the current window */
  first: ShareFigure | null;
  /** current − first, in shares (0–1), with Newcombe's interval from the two Wilson intervals */
  change: { value: number; low: number; high: number } | null;
}

interface Sum {
  answered: number;
  agreed: number;
  small: boolean;
}

function sumItem(cells: readonly ExperienceCell[], item: string, rounded: boolean): Sum {
  let answered = 0;
  let agreed = 0;
  let small = false;
  for (const c of cells) {
    const v = c.items[item];
    if (!v) continue;
    if (v.answered > 0 && v.answered < EXPERIENCE_MIN_ANSWERS) small = true;
    answered += rounded ? roundCount(v.answered) : v.answered;
    agreed += rounded ? roundCount(v.agreed) : v.agreed;
  }
  return { answered, agreed, small };
}

/** The share of one window, decided on the exact counts and shown from the viewer's counts. */
export function windowShare(
  cells: readonly ExperienceCell[],
  item: string,
  window: { from: string; to: string },
  rounded: boolean,
): ShareFigure {
  const exact = sumItem(cells, item, false);
  const shown = rounded ? sumItem(cells, item, true) : exact;
  const rolling = window.from !== window.to;
  const base = { ...window, rolling, share: null, low: null, high: null };
  if (exact.answered === 0) return { ...base, state: 'unknown', reason: null, n: null };
  if (exact.answered < EXPERIENCE_MIN_ANSWERS || shown.answered < EXPERIENCE_MIN_ANSWERS)
    return { ...base, state: 'hidden', reason: 'small-denominator', n: null };
  if (exact.small) return { ...base, state: 'hidden', reason: 'protects', n: null };
  const agreed = Math.min(shown.agreed, shown.answered);
  const ci = wilson(agreed, shown.answered, EXPERIENCE_LEVEL);
  if (!isComputable(ci)) return { ...base, state: 'unknown', reason: null, n: null };
  return {
    ...base,
    state: 'shown',
    reason: null,
    n: shown.answered,
    share: ci.estimate,
    low: ci.lower,
    high: ci.upper,
    agreed,
  };
}

/**
 * The figures of one region's group: one per item asked, from its cells (any order). `rounded`:
 * the viewer sees rounded counts (reviewers, the publication).
 */
export function experienceFigures(
  cells: readonly ExperienceCell[],
  items: readonly string[],
  rounded: boolean,
): ExperienceFigure[] {
  if (cells.length === 0) return [];
  const { regionId, group } = cells[0]!;
  const cadence = getExperienceGroup(group)!.cadence;
  const perYear = periodsPerYear(cadence);
  const byIndex = new Map(cells.map((c) => [periodIndex(c.period), c]));
  const indices = [...byIndex.keys()].sort((a, b) => a - b);
  const firstIndex = indices[0]!;
  const lastIndex = indices[indices.length - 1]!;
  const between = (from: number, to: number) =>
    indices.filter((i) => i >= from && i <= to).map((i) => byIndex.get(i)!);
  const span = (from: number, to: number) => ({
    from: periodFromIndex(from, cadence),
    to: periodFromIndex(to, cadence),
  });
  const count = (n: number) => (rounded ? roundCount(n) : n);

  return items.map((item) => {
    const latest = byIndex.get(lastIndex)!;
    const latestAnswers = latest.items[item]?.answered ?? 0;
    const from = latestAnswers >= EXPERIENCE_ROLLING_BELOW ? lastIndex : lastIndex - perYear + 1;
    const windowCells = between(from, lastIndex);
    const current = windowShare(windowCells, item, span(from, lastIndex), rounded);
    // The response rate of the same window, from the group's counts (always shown).
    const invitedKnown = windowCells.every((c) => c.invited !== null);
    const invited = invitedKnown ? windowCells.reduce((s, c) => s + count(c.invited!), 0) : null;
    const responded = windowCells.reduce((s, c) => s + count(c.responded), 0);
    const responseRate = invited !== null && invited > 0 ? responded / invited : null;
    // The first measured year: only once the current window lies wholly after it, so the two never
    // share a period.
    const firstEnd = firstIndex + perYear - 1;
    const first =
      from > firstEnd
        ? windowShare(between(firstIndex, firstEnd), item, span(firstIndex, firstEnd), rounded)
        : null;
    const difference =
      first?.state === 'shown' && current.state === 'shown'
        ? proportionDifference(
            { successes: current.agreed!, n: current.n },
            { successes: first.agreed!, n: first.n },
            EXPERIENCE_LEVEL,
          )
        : null;
    const change = isComputable(difference)
      ? { value: difference.estimate, low: difference.lower, high: difference.upper }
      : null;
    return { regionId, group, item, current, invited, responded, responseRate, first, change };
  });
}

/**
 * The cells as of a page's period (a month, quarter, year or range): the quarters that ended by its
 * last month, and the half-years that ended by then. A month inside a quarter shows the quarter
 * before it (its own quarter has not ended).
 */
export function cellsAsOf(cells: readonly ExperienceCell[], asOf: string): ExperienceCell[] {
  const { year, month } = parsePeriod(bucketRange(asOf).to);
  const qi = year * 4 + Math.floor(month / 3) - 1; // the last quarter ended by that month
  return cells.filter((c) => {
    const i = periodIndex(c.period);
    return c.period.includes('-Q') ? i <= qi : i * 2 + 1 <= qi;
  });
}

export interface ExperienceBlockData {
  /** counts rounded to 5 (reviewers, the publication) */
  rounded: boolean;
  groups: {
    group: ExperienceGroup;
    items: string[];
    regions: { regionId: number; figures: ExperienceFigure[] }[];
  }[];
}

/** The block's figures: per group (catalogue order) and region (the order given) with data. */
export function buildExperienceBlock(
  cells: readonly ExperienceCell[],
  regionIds: readonly number[],
  itemsOf: (group: ExperienceGroup) => string[],
  groups: readonly ExperienceGroup[],
  rounded: boolean,
): ExperienceBlockData {
  return {
    rounded,
    groups: groups
      .map((group) => {
        const items = itemsOf(group);
        const regions = regionIds
          .map((regionId) => ({
            regionId,
            figures: experienceFigures(
              cells.filter((c) => c.regionId === regionId && c.group === group),
              items,
              rounded,
            ),
          }))
          .filter((r) => r.figures.length > 0);
        return { group, items, regions };
      })
      .filter((g) => g.regions.length > 0),
  };
}
