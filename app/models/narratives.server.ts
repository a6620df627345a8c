/**
 * Quarterly narratives: a region's account of a quarter, with the monthly reports' workflow
 * (domain/workflow.ts: concept → ingediend → goedgekeurd / teruggestuurd, reasons, reopen) and
 * optimistic locking (a stale version is a conflict). Every save and status change is kept in
 * narrative_history. Readers without the region's 'read-all' access only ever get an approved one.
 */
import { and, asc, desc, eq } from 'drizzle-orm';
import { narrativeHistory, narratives, regions, users } from '#db/schema';
import { PRINCIPLE_CODES } from '#app/domain/principles';
import { canEditValues, canTransition, TRANSITIONS, type WorkflowAction } from '#app/domain/workflow';
import { userHasPermission } from '#app/domain/permissions';
import type { User } from '#app/utils/auth.server';
import { getDb } from '#app/utils/db.server';
import { recordAudit } from './audit.server';
import { seesUnapproved, type Viewer } from './viewer.server';
import { WRITE_TX } from '#db/client';
import { lastEndedQuarter } from '#app/domain/aggregation';

export type NarrativeIntent = 'save' | WorkflowAction;

export interface NarrativeText {
  context: string;
  learned: string;
  principles: Record<string, string>;
}

export class NarrativeConflictError extends Error {}
export class NarrativeForbiddenError extends Error {}

export function getNarrative({ regionId, quarter }: { regionId: number; quarter: string }) {
  return getDb()
    .select()
    .from(narratives)
    .where(and(eq(narratives.regionId, regionId), eq(narratives.quarter, quarter)))
    .get();
}

/** The region's narrative of a quarter as this viewer may see it: before approval only for its own. */
export function getNarrativeFor(viewer: Viewer, where: { regionId: number; quarter: string }) {
  const stored = getNarrative(where);
  return stored && (seesUnapproved(viewer, where.regionId) || stored.status === 'goedgekeurd')
    ? stored
    : null;
}

export function listNarrativeHistory({ narrativeId }: { narrativeId: number }) {
  return getDb()
    .select({
      version: narrativeHistory.version,
      action: narrativeHistory.action,
      status: narrativeHistory.status,
      reason: narrativeHistory.reason,
      at: narrativeHistory.at,
      name: users.name,
    })
    .from(narrativeHistory)
    .leftJoin(users, eq(users.id, narrativeHistory.userId))
    .where(eq(narrativeHistory.narrativeId, narrativeId))
    .orderBy(desc(narrativeHistory.id))
    .all();
}

/** The approved narratives of a quarter, in the regions' order (the progress report). */
export function listApprovedNarratives({ quarter }: { quarter: string }) {
  return getDb()
    .select({
      regionId: narratives.regionId,
      regionName: regions.name,
      regionSlug: regions.slug,
      context: narratives.context,
      learned: narratives.learned,
      principles: narratives.principles,
      approvedAt: narratives.approvedAt,
    })
    .from(narratives)
    .innerJoin(regions, eq(regions.id, narratives.regionId))
    .where(and(eq(narratives.quarter, quarter), eq(narratives.status, 'goedgekeurd')))
    .orderBy(asc(regions.sortOrder), asc(regions.name))
    .all();
}

function cleanPrinciples(p: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const code of PRINCIPLE_CODES) if (p[code]?.trim()) out[code] = p[code].trim();
  return out;
}

/**
 * One post of the narrative form: the text is saved when the user may still edit it, then the
 * workflow step (if any) is taken. All in one transaction at the version the form was loaded with.
 */
export function writeNarrative({
  user,
  regionId,
  quarter,
  expectedVersion,
  intent,
  text,
  reason,
}: {
  user: User;
  regionId: number;
  quarter: string;
  /** 0 for a narrative not yet stored */
  expectedVersion: number;
  intent: NarrativeIntent;
  text: NarrativeText;
  reason: string | null;
}) {
  const db = getDb();
  return db.transaction((tx) => {
    let row = tx
      .select()
      .from(narratives)
      .where(and(eq(narratives.regionId, regionId), eq(narratives.quarter, quarter)))
      .get();
    if ((row?.version ?? 0) !== expectedVersion) throw new NarrativeConflictError();
    const status = row?.status ?? 'concept';
    const now = new Date().toISOString();
    const principles = cleanPrinciples(text.principles);
    const editable = canEditValues(user.role, status);
    if (intent === 'save' && !editable) throw new NarrativeForbiddenError();
    if (intent !== 'save' && !canTransition(user.role, status, intent)) throw new NarrativeForbiddenError();
    if (!row) {
      row = tx
        .insert(narratives)
        .values({
          regionId,
          quarter,
          context: text.context.trim(),
          learned: text.learned.trim(),
          principles,
          updatedBy: user.id,
          updatedAt: now,
        })
        .returning()
        .get();
    } else {
      const next = {
        version: row.version + 1,
        updatedAt: now,
        updatedBy: user.id,
        ...(editable ? { context: text.context.trim(), learned: text.learned.trim(), principles } : {}),
      };
      row = tx.update(narratives).set(next).where(eq(narratives.id, row.id)).returning().get();
    }
    if (intent !== 'save') {
      const to = TRANSITIONS[intent].to;
      row = tx
        .update(narratives)
        .set({
          status: to,
          returnReason: to === 'teruggestuurd' ? reason : null,
          approvedAt: to === 'goedgekeurd' ? now : null,
          approvedBy: to === 'goedgekeurd' ? user.id : null,
        })
        .where(eq(narratives.id, row.id))
        .returning()
        .get();
    }
    tx.insert(narrativeHistory)
      .values({
        narrativeId: row.id,
        version: row.version,
        action: intent === 'reopen' ? 'return' : intent,
        status: row.status,
        context: row.context,
        learned: row.learned,
        principles: row.principles,
        reason: intent === 'return' || intent === 'reopen' ? reason : null,
        userId: user.id,
        at: now,
      })
      .run();
    recordAudit(
      {
        userId: user.id,
        action: `narrative.${intent}`,
        entityType: 'narrative',
        entityId: row.id,
        detail: { quarter },
      },
      tx,
    );
    return row;
  }, WRITE_TX);
}

/**
 * The narrative a region's coordinator has to write now: that of the last ended quarter, while it
 * is not yet submitted or approved (not started, a draft or returned). Null once it is with the
 * manager or approved.
 */
export function narrativeDue({ regionId, now }: { regionId: number; now: Date }) {
  const quarter = lastEndedQuarter(now);
  const stored = getNarrative({ regionId, quarter });
  const status = stored?.status ?? null;
  if (status === 'ingediend' || status === 'goedgekeurd') return null;
  return { quarter, status };
}

/** Every submitted narrative across the regions, the longest waiting first (the managers' queue). */
export function listSubmittedNarratives(now: Date) {
  return getDb()
    .select({
      id: narratives.id,
      quarter: narratives.quarter,
      updatedAt: narratives.updatedAt,
      regionName: regions.name,
      regionSlug: regions.slug,
    })
    .from(narratives)
    .innerJoin(regions, eq(regions.id, narratives.regionId))
    .where(eq(narratives.status, 'ingediend'))
    .orderBy(asc(narratives.updatedAt), asc(narratives.id))
    .all()
    .map((n) => ({
      ...n,
      daysWaiting: Math.max(0, Math.floor((now.getTime() - Date.parse(n.updatedAt)) / 86_400_000)),
    }));
}

/**
 * The narrative links of a region's pages: the one due now (for who may write it), then that of
 * the quarter shown, if this viewer may see it (reviewers and other regions only an approved one).
 */
export function regionNarrativeLinks(
  user: User,
  viewer: Viewer,
  regionId: number,
  shownQuarter: string | null,
): { quarter: string; status: string | null }[] {
  const out: { quarter: string; status: string | null }[] = [];
  if (userHasPermission(user, 'submit:report', { regionId })) {
    const due = narrativeDue({ regionId, now: new Date() });
    if (due) out.push(due);
  }
  if (shownQuarter && /^\d{4}-Q[1-4]$/.test(shownQuarter) && !out.some((n) => n.quarter === shownQuarter)) {
    const shown = getNarrativeFor(viewer, { regionId, quarter: shownQuarter });
    if (shown) out.push({ quarter: shownQuarter, status: shown.status });
  }
  return out;
}
