/**
 * The regions a like-with-like change leaves out, sent once (issue 26, page weight). At national
 * scale every outcome and summary line leaves out the same few dozen regions for the same reason
 * (26 summary lines × 36 regions on the progress report); each distinct list of one side, one
 * reason and its regions is sent once, and each line names the lists it leaves out by their index.
 * Pure: what a line leaves out is exactly what it left out before, grouped by side and reason.
 */
import type { LeftOutReason, MatchedLeftOut } from './baseline-coverage';

/** One side and reason of a like-with-like change and the regions it leaves out for it, in order. */
export interface LeftOutGroup {
  side: MatchedLeftOut['side'];
  reason: LeftOutReason;
  regionIds: number[];
}

/**
 * Per list of left-out regions, the indices of its groups in `groups`: one group per side and
 * reason in the order they first occur in the list, each holding its regions in the list's order;
 * equal groups of different lists are one entry of `groups`.
 */
export function groupLeftOut(lists: readonly (readonly MatchedLeftOut[] | undefined)[]): {
  groups: LeftOutGroup[];
  refs: number[][];
} {
  const groups: LeftOutGroup[] = [];
  const index = new Map<string, number>();
  const refs = lists.map((list) => {
    const own = new Map<string, LeftOutGroup>();
    for (const o of list ?? []) {
      const key = `${o.side}|${o.reason}`;
      const g = own.get(key);
      if (g) g.regionIds.push(o.regionId);
      else own.set(key, { side: o.side, reason: o.reason, regionIds: [o.regionId] });
    }
    return [...own.values()].map((g) => {
      const key = `${g.side}|${g.reason}|${g.regionIds.join(',')}`;
      let i = index.get(key);
      if (i === undefined) {
        i = groups.push(g) - 1;
        index.set(key, i);
      }
      return i;
    });
  });
  return { groups, refs };
}

/** What a line leaves out, from its indices into `groups`: grouped by side and reason. */
export function leftOutOf(
  groups: readonly LeftOutGroup[],
  refs: readonly number[] | undefined,
): MatchedLeftOut[] {
  return (refs ?? []).flatMap((i) =>
    groups[i]!.regionIds.map((regionId) => ({ regionId, side: groups[i]!.side, reason: groups[i]!.reason })),
  );
}
