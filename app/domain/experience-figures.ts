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
  type ExperienceRoute,
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

// ── Per client route (issue 25, item 2) ─────────────────────────────────────

/** A region's group in one period and one client route: the cells the per-route table reads. */
export type ExperienceRouteCell = ExperienceCell & { route: ExperienceRoute };

/** One route's share of an item over the same window as the group's figure. */
export interface RouteShare {
  route: ExperienceRoute;
  share: ShareFigure;
  /** set where the share is hidden only so that no other route can be recomputed (complementary) */
  complementary: boolean;
  invited: number | null;
  responded: number;
  responseRate: number | null;
}

/**
 * The routes of one item of one region's group, over the window of the group's figure (routes
 * summed). Each route's share follows the same rules as the figure (below 10 answers hidden; a
 * window holding a period with 1–9 answers in that route hidden). Then the complementary rule: the
 * group's figure is the sum of its routes, so where it is shown, the routes hidden with answers
 * must together be at least two routes and at least 10 answers; otherwise the route with the fewest
 * answers among those shown is hidden too, until that holds or every route with answers is hidden.
 * So the total minus the shown routes never gives one route, nor a remainder below 10 answers.
 * Decided on the exact counts; shown from the viewer's (rounded) counts.
 */
export function routeShares(
  figure: ExperienceFigure,
  cells: readonly ExperienceRouteCell[],
  routes: readonly ExperienceRoute[],
  rounded: boolean,
): RouteShare[] {
  const { from, to } = figure.current;
  const inWindow = cells.filter(
    (c) => c.regionId === figure.regionId && c.group === figure.group && c.period >= from && c.period <= to,
  );
  const count = (n: number) => (rounded ? roundCount(n) : n);
  const out = routes.map((route) => {
    const own = inWindow.filter((c) => c.route === route);
    const invitedKnown = own.length > 0 && own.every((c) => c.invited !== null);
    const invited = invitedKnown ? own.reduce((sum, c) => sum + count(c.invited!), 0) : null;
    const responded = own.reduce((sum, c) => sum + count(c.responded), 0);
    return {
      route,
      share: windowShare(own, figure.item, { from, to }, rounded),
      complementary: false,
      invited,
      responded,
      responseRate: invited !== null && invited > 0 ? responded / invited : null,
      exact: sumItem(own, figure.item, false).answered,
    };
  });
  const hide = (r: (typeof out)[number]) => {
    r.share = {
      ...r.share,
      state: 'hidden',
      reason: 'protects',
      n: null,
      share: null,
      low: null,
      high: null,
      agreed: undefined,
    };
    r.complementary = true;
  };
  // a figure hidden as a whole shows no route either (a route shown beside it could give away the
  // small period that hides it, through other windows)
  if (figure.current.state !== 'shown') for (const r of out) if (r.share.state === 'shown') hide(r);
  if (figure.current.state === 'shown') {
    const hiddenWithAnswers = () => out.filter((r) => r.exact > 0 && r.share.state !== 'shown');
    const protectedEnough = () => {
      const h = hiddenWithAnswers();
      return (
        h.length === 0 || (h.length >= 2 && h.reduce((sum, r) => sum + r.exact, 0) >= EXPERIENCE_MIN_ANSWERS)
      );
    };
    while (!protectedEnough()) {
      const next = out
        .filter((r) => r.exact > 0 && r.share.state === 'shown')
        .sort((a, b) => a.exact - b.exact || routes.indexOf(a.route) - routes.indexOf(b.route))[0];
      if (!next) break;
      hide(next);
    }
  }
  return out.map(({ exact: _exact, ...r }) => r);
}

export interface ExperienceBlockData {
  /** counts rounded to 5 (reviewers, the publication) */
  rounded: boolean;
  groups: {
    group: ExperienceGroup;
    items: string[];
    regions: { regionId: number; figures: ExperienceFigure[] }[];
    /** client groups: per region and item, the share per route (same window as the figure) */
    routes?: { regionId: number; item: string; routes: RouteShare[] }[];
  }[];
}

/** The block's figures: per group (catalogue order) and region (the order given) with data. */
export function buildExperienceBlock(
  cells: readonly ExperienceCell[],
  regionIds: readonly number[],
  itemsOf: (group: ExperienceGroup) => string[],
  groups: readonly ExperienceGroup[],
  rounded: boolean,
  /** the same cells per client route (for the per-route table); none: no such table */
  routeCells?: readonly ExperienceRouteCell[],
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
        const clientRoutes = getExperienceGroup(group)!.routes.filter((r) => r !== 'all');
        const routes =
          routeCells && clientRoutes.length > 1
            ? regions.flatMap((r) =>
                r.figures.map((f) => ({
                  regionId: r.regionId,
                  item: f.item,
                  routes: routeShares(f, routeCells, clientRoutes, rounded),
                })),
              )
            : undefined;
        return { group, items, regions, ...(routes ? { routes } : {}) };
      })
      .filter((g) => g.regions.length > 0),
  };
}
