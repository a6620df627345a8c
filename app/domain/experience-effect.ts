/**
 * "Voor en na" for an experience item an experiment names as its target (issue 25): as for the
 * indicators (experiment-effect.ts), but experience is measured per quarter (professionals per
 * half-year), so the sides are whole periods: the year of periods wholly before the start, and
 * from the first period wholly after it (or starting on the start day) up to a year, to the last
 * period with figures. Pooled counts (answers agreeing of answers) on either side; the pool is the
 * regions without an experiment on the item running in the window, known on both sides; Wilson for
 * each side, Newcombe for a change, MOVER over the four Wilson intervals for the
 * difference-in-differences. Each side follows the Ervaring block's disclosure (windowShare: below
 * 10 answers hidden, a window holding a period with 1–9 answers hidden; reviewers' counts rounded).
 * Pure.
 */
import { windowShare, type ExperienceCell, type ShareFigure } from './experience-figures';
import {
  getExperienceGroup,
  getExperienceItem,
  periodFromIndex,
  periodIndex,
  periodsPerYear,
  type ExperienceCadence,
} from './experience-items';
import { differenceInDifferences, isComputable } from './intervals';

export interface ExperienceEffectWindow {
  cadence: ExperienceCadence;
  before: { from: string; to: string };
  /** null: no period after the start has ended with figures yet */
  after: { from: string; to: string } | null;
}

export type ExperienceDidReason = 'notStarted' | 'regionBefore' | 'regionAfter' | 'noPool';

export interface ExperienceEffect {
  item: string;
  window: ExperienceEffectWindow;
  region: { before: ShareFigure; after: ShareFigure | null; change: number | null };
  pool: {
    used: number[];
    leftOut: { regionId: number; reason: 'running' | 'before' | 'after' }[];
    before: ShareFigure | null;
    after: ShareFigure | null;
    change: number | null;
  };
  /** in shares (0–1) */
  differenceInDifferences: number | null;
  interval: { lower: number; upper: number } | null;
  reason: ExperienceDidReason | null;
}

/** The cadence of an item: quarters for clients, half-years for professionals. */
export function itemCadence(item: string): ExperienceCadence | undefined {
  const group = getExperienceItem(item)?.groups[0];
  return group ? getExperienceGroup(group)?.cadence : undefined;
}

/** The index of the period ('YYYY-Qn' / 'YYYY-Hn') a date falls in. */
export function periodIndexOfDate(date: string, cadence: ExperienceCadence): number {
  const per = periodsPerYear(cadence);
  return Number(date.slice(0, 4)) * per + Math.floor((Number(date.slice(5, 7)) - 1) / (12 / per));
}

/** The first and last month of a period index. */
export function periodMonths(index: number, cadence: ExperienceCadence): { from: string; to: string } {
  const per = periodsPerYear(cadence);
  const year = Math.floor(index / per);
  const first = (index % per) * (12 / per) + 1;
  const mm = (m: number) => String(m).padStart(2, '0');
  return { from: `${year}-${mm(first)}`, to: `${year}-${mm(first + 12 / per - 1)}` };
}

/** The periods compared, from the start date and the last period with figures ('YYYY-Qn' / 'YYYY-Hn'). */
export function experienceEffectWindow(
  startDate: string,
  lastPeriod: string,
  cadence: ExperienceCadence,
): ExperienceEffectWindow {
  const per = periodsPerYear(cadence);
  const month = Number(startDate.slice(5, 7));
  const year = Number(startDate.slice(0, 4));
  const monthsPer = 12 / per;
  const startIndex = year * per + Math.floor((month - 1) / monthsPer);
  const startsPeriod = startDate.slice(8, 10) === '01' && (month - 1) % monthsPer === 0;
  const beforeTo = startIndex - 1;
  const afterFrom = startsPeriod ? startIndex : startIndex + 1;
  const last = periodIndex(lastPeriod);
  const afterTo = Math.min(afterFrom + per - 1, last);
  const p = (i: number) => periodFromIndex(i, cadence);
  return {
    cadence,
    before: { from: p(beforeTo - per + 1), to: p(beforeTo) },
    after: afterFrom <= afterTo ? { from: p(afterFrom), to: p(afterTo) } : null,
  };
}

const within = (c: ExperienceCell, w: { from: string; to: string }) =>
  periodIndex(c.period) >= periodIndex(w.from) && periodIndex(c.period) <= periodIndex(w.to);

const share = (f: ShareFigure | null) => (f?.state === 'shown' ? f.share : null);
const minus = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

/** The comparison for one item. `cells` are every region's cells of the item's groups (routes summed). */
export function computeExperienceEffect(input: {
  item: string;
  window: ExperienceEffectWindow;
  regionId: number;
  candidates: readonly { regionId: number; running: boolean }[];
  cells: readonly ExperienceCell[];
  rounded: boolean;
}): ExperienceEffect {
  const { item, window, rounded } = input;
  const groups = new Set(getExperienceItem(item)?.groups ?? []);
  const cells = input.cells.filter((c) => groups.has(c.group));
  const side = (ids: readonly number[], w: { from: string; to: string }) =>
    windowShare(
      cells.filter((c) => ids.includes(c.regionId) && within(c, w)),
      item,
      w,
      rounded,
    );
  const regionBefore = side([input.regionId], window.before);
  const regionAfter = window.after ? side([input.regionId], window.after) : null;
  const used: number[] = [];
  const leftOut: ExperienceEffect['pool']['leftOut'] = [];
  for (const c of input.candidates) {
    if (c.running) {
      leftOut.push({ regionId: c.regionId, reason: 'running' });
      continue;
    }
    if (!window.after) continue;
    const before = side([c.regionId], window.before);
    const after = side([c.regionId], window.after);
    if (before.state === 'shown' && after.state === 'shown') used.push(c.regionId);
    else leftOut.push({ regionId: c.regionId, reason: before.state !== 'shown' ? 'before' : 'after' });
  }
  const poolBefore = used.length > 0 ? side(used, window.before) : null;
  const poolAfter = used.length > 0 && window.after ? side(used, window.after) : null;
  const regionChange = minus(share(regionAfter), share(regionBefore));
  const poolChange = minus(share(poolAfter), share(poolBefore));
  const did = minus(regionChange, poolChange);
  const counts = (f: ShareFigure | null) => ({ successes: f?.agreed ?? null, n: f?.n ?? null });
  const i =
    did === null
      ? null
      : differenceInDifferences({
          kind: 'share',
          treatedAfter: counts(regionAfter),
          treatedBefore: counts(regionBefore),
          controlAfter: counts(poolAfter),
          controlBefore: counts(poolBefore),
        });
  return {
    item,
    window,
    region: { before: regionBefore, after: regionAfter, change: regionChange },
    pool: { used, leftOut, before: poolBefore, after: poolAfter, change: poolChange },
    differenceInDifferences: did,
    interval: isComputable(i) ? { lower: i.lower, upper: i.upper } : null,
    reason:
      did !== null
        ? null
        : !regionAfter
          ? 'notStarted'
          : regionBefore.state !== 'shown'
            ? 'regionBefore'
            : regionAfter.state !== 'shown'
              ? 'regionAfter'
              : 'noPool',
  };
}
