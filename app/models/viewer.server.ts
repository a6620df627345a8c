/**
 * Who may see which report's figures, and how: the one home of that rule. Every page, JSON
 * endpoint and CSV export that shows programme figures gets a Viewer here and passes it to the
 * queries (which put its scope in their WHERE clause) and to `showForViewer` (small-number
 * suppression, the domain's `showFigureSet`). A Viewer can only be made here, so a query that
 * takes one cannot be called around this module.
 *
 * - manager: every report, or approved only with the ?approved=1 switch; exact figures;
 * - coordinator: their own region's reports in any status (marked "voorlopig"), other regions'
 *   approved reports; exact figures;
 * - reviewer: approved reports only, small numbers suppressed;
 * - the progress report (a publication, for every reader): as a reviewer;
 * - admin: no programme data at all (pages refuse them too).
 */
import { eq, or, sql, type SQL } from 'drizzle-orm';
import { reports } from '#db/schema';
import {
  showFigureSet,
  type FigureSet,
  type ShownFigureSet,
  type SuppressionThresholds,
} from '#app/domain/disclosure';
import { userHasPermission } from '#app/domain/permissions';
import type { User } from '#app/utils/auth.server';
import { readThresholds } from './settings.server';

export type Visibility =
  { kind: 'all' } | { kind: 'approved'; ownRegionId: number | null } | { kind: 'none' };

declare const madeHere: unique symbol;

export interface Viewer {
  visibility: Visibility;
  /** reviewers and the publication: counts 1–4 as "<5", small-denominator values hidden */
  suppress: boolean;
  /** approved data only (a manager who switched, reviewers, the publication) */
  approvedOnly: boolean;
  readonly [madeHere]: true;
}

function make(v: Omit<Viewer, typeof madeHere>): Viewer {
  return v as Viewer;
}

/**
 * What a user may see of the figures, from the role table (app/domain/permissions.ts):
 * `read:figures:exact` or `read:figures:disclosed` (suppressed), and unapproved reports of every
 * region (`read:report:any`, with the ?approved=1 switch) or of the own region (`read:report:own`).
 */
export function viewerFor(user: Pick<User, 'role' | 'regionId'>, approvedOnlySwitch = false): Viewer {
  const exact = userHasPermission(user, 'read:figures:exact');
  if (!exact && !userHasPermission(user, 'read:figures:disclosed'))
    return make({ visibility: { kind: 'none' }, suppress: true, approvedOnly: true });
  if (!exact)
    return make({ visibility: { kind: 'approved', ownRegionId: null }, suppress: true, approvedOnly: true });
  if (userHasPermission(user, 'read:report:any'))
    return make({
      visibility: approvedOnlySwitch ? { kind: 'approved', ownRegionId: null } : { kind: 'all' },
      suppress: false,
      approvedOnly: approvedOnlySwitch,
    });
  const ownRegionId = userHasPermission(user, 'read:report:own') ? user.regionId : null;
  return make({ visibility: { kind: 'approved', ownRegionId }, suppress: false, approvedOnly: false });
}

/** The viewer for a request: managers may add ?approved=1 to see approved data only. */
export function viewerForRequest(user: Pick<User, 'role' | 'regionId'>, url: URL): Viewer {
  return viewerFor(user, url.searchParams.get('approved') === '1');
}

/**
 * The viewer's scope as text: equal exactly when two viewers are shown the same figures. The page
 * cache keys rendered pages by it (app/server/page-cache.server.ts).
 */
export function viewerScopeKey(viewer: Viewer): string {
  const v = viewer.visibility;
  const scope = v.kind === 'approved' ? `approved:${v.ownRegionId ?? '-'}` : v.kind;
  return `${scope}|suppress:${viewer.suppress}|approvedOnly:${viewer.approvedOnly}`;
}

/** The progress report is a publication: approved data only, small numbers suppressed, for everyone. */
export const PUBLICATION_VIEWER: Viewer = make({
  visibility: { kind: 'approved', ownRegionId: null },
  suppress: true,
  approvedOnly: true,
});

/** The viewer's scope as SQL over a `reports` table aliased `r` (the figures' raw queries). */
export function reportScopeSql(viewer: Viewer): SQL {
  const v = viewer.visibility;
  if (v.kind === 'all') return sql`1 = 1`;
  if (v.kind === 'none') return sql`0 = 1`;
  if (v.ownRegionId === null) return sql`r.status = 'goedgekeurd'`;
  return sql`(r.status = 'goedgekeurd' or r.region_id = ${v.ownRegionId})`;
}

/** The same scope for drizzle's query builder over the `reports` table (exports). */
export function reportScope(viewer: Viewer): SQL | undefined {
  const v = viewer.visibility;
  if (v.kind === 'all') return undefined;
  if (v.kind === 'none') return eq(reports.id, -1);
  const approved = eq(reports.status, 'goedgekeurd');
  return v.ownRegionId === null ? approved : or(approved, eq(reports.regionId, v.ownRegionId));
}

/** Whether the viewer may see a region's work before approval (drafts, submitted reports, narratives). */
export function seesUnapproved(viewer: Viewer, regionId: number): boolean {
  const v = viewer.visibility;
  return v.kind === 'all' || (v.kind === 'approved' && v.ownRegionId === regionId);
}

/** The thresholds this viewer's figures are suppressed with (null: exact figures). */
export function viewerThresholds(viewer: Viewer): SuppressionThresholds | null {
  return viewer.suppress ? readThresholds() : null;
}

/**
 * The finest period this viewer is shown figures for: suppressed viewers see whole quarters (a
 * month would be a part of a shown quarter sum; see figures.server.ts).
 */
export function finestGrain(viewer: Viewer): 'month' | 'quarter' {
  return viewer.suppress ? 'quarter' : 'month';
}

/** What this viewer may be shown of a figure set (see the domain's showFigureSet). */
export function showForViewer(viewer: Viewer, set: FigureSet): ShownFigureSet {
  return showFigureSet(set, viewerThresholds(viewer));
}
