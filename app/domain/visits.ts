/**
 * Visits of the start page, for "what changed since your last visit". A visit is a run of page
 * views with no more than VISIT_GAP_MS between them: reloading the page, or coming back after a
 * few minutes, keeps showing the same changes; coming back later starts a new visit that shows what
 * changed since the end of the previous one. Timestamps are ISO-8601 strings in UTC.
 */

/** 30 minutes: the usual idle gap that ends a visit. */
export const VISIT_GAP_MS = 30 * 60 * 1000;

export interface VisitState {
  /** the last page view (the end of the latest visit so far); null: never */
  lastVisitAt: string | null;
  /** where the current visit's changes start; null: this is the user's first visit */
  previousVisitAt: string | null;
}

/** The state after a page view at `now`; `since` is where its changes start (null: first visit). */
export function nextVisit(state: VisitState, now: string): VisitState & { since: string | null } {
  if (state.lastVisitAt === null) return { lastVisitAt: now, previousVisitAt: null, since: null };
  const gap = Date.parse(now) - Date.parse(state.lastVisitAt);
  const previousVisitAt = gap > VISIT_GAP_MS ? state.lastVisitAt : state.previousVisitAt;
  return { lastVisitAt: now, previousVisitAt, since: previousVisitAt };
}
