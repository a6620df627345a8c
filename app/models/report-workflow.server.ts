/**
 * Every write to a monthly report: saving values, workflow transitions, comments. Each runs in one
 * transaction that checks the version the user started from (optimistic locking), the lock of the
 * status, records value history and report events, and appends to the audit log.
 */
import { and, eq, sql } from 'drizzle-orm';
import { WRITE_TX, type AppDatabase } from '#db/client';
import { reportComments, reportEvents, reports, reportValues, users, valueHistory } from '#db/schema';
import { canEditValues, canTransition, TRANSITIONS, type WorkflowAction } from '#app/domain/workflow';
import { getDb } from '#app/utils/db.server';
import { recordAudit } from './audit.server';
import { ReportExistsError, startReportIn } from './reports.server';
import { queueReportMessage } from './outbox.server';
import { type Role } from '#app/domain/roles';

type Tx = Parameters<Parameters<AppDatabase['transaction']>[0]>[0];

/** The report changed since the user opened it. */
export class ReportConflictError extends Error {
  constructor(
    readonly updatedByName: string | null,
    readonly updatedAt: string,
  ) {
    super('report version conflict');
  }
}

/** The report's status does not allow this (approved, or submitted for a coordinator). */
export class ReportLockedError extends Error {}

function currentReport(tx: Tx, reportId: number) {
  const r = tx.select().from(reports).where(eq(reports.id, reportId)).get();
  if (!r) throw new Error(`report ${reportId} not found`);
  return r;
}

function conflict(tx: Tx, reportId: number): never {
  const row = tx
    .select({ name: users.name, at: reports.updatedAt })
    .from(reports)
    .leftJoin(users, eq(users.id, reports.updatedBy))
    .where(eq(reports.id, reportId))
    .get();
  throw new ReportConflictError(row?.name ?? null, row?.at ?? '');
}

/** UPDATE … WHERE id = ? AND version = ?; no row means someone else saved first. */
function bumpVersion(
  tx: Tx,
  reportId: number,
  expectedVersion: number,
  userId: number,
  set: Partial<typeof reports.$inferInsert> = {},
) {
  const at = new Date().toISOString();
  const result = tx
    .update(reports)
    .set({ ...set, version: sql`${reports.version} + 1`, updatedAt: at, updatedBy: userId })
    .where(and(eq(reports.id, reportId), eq(reports.version, expectedVersion)))
    .run();
  if (result.changes === 0) conflict(tx, reportId);
  return at;
}

/** Writes the values that differ from the stored ones, each with a history row. Returns the changes. */
export function applyValueChanges(
  tx: Tx,
  input: {
    reportId: number;
    values: Record<string, number | null>;
    userId: number;
    source: 'form' | 'import';
    at: string;
  },
) {
  const stored = new Map(
    tx
      .select({ code: reportValues.elementCode, value: reportValues.value })
      .from(reportValues)
      .where(eq(reportValues.reportId, input.reportId))
      .all()
      .map((r) => [r.code, r.value]),
  );
  const changes: { elementCode: string; oldValue: number | null; newValue: number | null }[] = [];
  for (const [elementCode, newValue] of Object.entries(input.values)) {
    const oldValue = stored.get(elementCode) ?? null;
    if (oldValue === newValue) continue;
    changes.push({ elementCode, oldValue, newValue });
    tx.insert(reportValues)
      .values({ reportId: input.reportId, elementCode, value: newValue })
      .onConflictDoUpdate({
        target: [reportValues.reportId, reportValues.elementCode],
        set: { value: newValue },
      })
      .run();
    tx.insert(valueHistory)
      .values({
        reportId: input.reportId,
        elementCode,
        oldValue,
        newValue,
        source: input.source,
        changedBy: input.userId,
        changedAt: input.at,
      })
      .run();
  }
  return changes;
}

export interface SaveReportInput {
  reportId: number;
  expectedVersion: number;
  userId: number;
  role: Role;
  values: Record<string, number | null>;
  /** Submit after saving, with the explanations of the warnings (stored as comments). */
  submit?: { explanations: { ruleCode: string; elementCode: string; body: string }[] };
  /**
   * A manager changing a submitted report: the reason goes into the timeline (an event that keeps
   * the status, ingediend → ingediend) and the region's coordinators get a message.
   */
  correction?: { reason: string };
}

export function saveReport(input: SaveReportInput) {
  return getDb().transaction((tx) => {
    const report = currentReport(tx, input.reportId);
    if (!canEditValues(input.role, report.status)) throw new ReportLockedError();
    if (input.submit && !canTransition(input.role, report.status, 'submit')) throw new ReportLockedError();
    const set: Partial<typeof reports.$inferInsert> = {};
    if (input.submit) {
      set.status = 'ingediend';
      set.submittedAt = new Date().toISOString();
      set.submittedBy = input.userId;
    }
    const at = bumpVersion(tx, input.reportId, input.expectedVersion, input.userId, set);
    const changes = applyValueChanges(tx, { ...input, source: 'form', at });
    if (input.correction && changes.length > 0 && report.status === 'ingediend') {
      tx.insert(reportEvents)
        .values({
          reportId: input.reportId,
          fromStatus: report.status,
          toStatus: report.status,
          userId: input.userId,
          reason: input.correction.reason,
          at,
        })
        .run();
      queueReportMessage(tx, {
        kind: 'corrected',
        reportId: input.reportId,
        actorId: input.userId,
        reason: input.correction.reason,
      });
    }
    if (input.submit) {
      for (const e of input.submit.explanations)
        tx.insert(reportComments)
          .values({
            reportId: input.reportId,
            userId: input.userId,
            body: e.body,
            ruleCode: e.ruleCode,
            elementCode: e.elementCode,
            createdAt: at,
          })
          .run();
      tx.insert(reportEvents)
        .values({
          reportId: input.reportId,
          fromStatus: report.status,
          toStatus: 'ingediend',
          userId: input.userId,
          at,
        })
        .run();
      queueReportMessage(tx, { kind: 'submitted', reportId: input.reportId, actorId: input.userId });
    }
    recordAudit(
      {
        userId: input.userId,
        action: input.submit ? 'report.submit' : input.correction ? 'report.correct' : 'report.save',
        entityType: 'report',
        entityId: input.reportId,
        detail: {
          changes,
          explanations: input.submit?.explanations.length ?? 0,
          ...(input.correction ? { reason: input.correction.reason } : {}),
        },
      },
      tx,
    );
    return { changes: changes.length };
  }, WRITE_TX);
}

const MESSAGE_OF = {
  approve: 'approved',
  return: 'returned',
  reopen: 'reopened',
  submit: 'submitted',
} as const;

export function transitionReport(input: {
  reportId: number;
  expectedVersion: number;
  userId: number;
  role: Role;
  action: WorkflowAction;
  reason: string | null;
}) {
  const t = TRANSITIONS[input.action];
  return getDb().transaction((tx) => {
    const report = currentReport(tx, input.reportId);
    if (!canTransition(input.role, report.status, input.action)) throw new ReportLockedError();
    const set: Partial<typeof reports.$inferInsert> = { status: t.to };
    if (input.action === 'approve') {
      set.approvedAt = new Date().toISOString();
      set.approvedBy = input.userId;
    }
    if (input.action === 'reopen') {
      set.approvedAt = null;
      set.approvedBy = null;
    }
    const at = bumpVersion(tx, input.reportId, input.expectedVersion, input.userId, set);
    tx.insert(reportEvents)
      .values({
        reportId: input.reportId,
        fromStatus: report.status,
        toStatus: t.to,
        userId: input.userId,
        reason: input.reason,
        at,
      })
      .run();
    queueReportMessage(tx, {
      kind: MESSAGE_OF[input.action],
      reportId: input.reportId,
      actorId: input.userId,
      reason: input.reason,
    });
    recordAudit(
      {
        userId: input.userId,
        action: `report.${input.action}`,
        entityType: 'report',
        entityId: input.reportId,
        detail: { from: report.status, to: t.to, reason: input.reason },
      },
      tx,
    );
  }, WRITE_TX);
}

export function addReportComment(input: { reportId: number; userId: number; body: string }) {
  getDb().transaction((tx) => {
    const row = tx
      .insert(reportComments)
      .values({ reportId: input.reportId, userId: input.userId, body: input.body })
      .returning({ id: reportComments.id })
      .get();
    recordAudit(
      {
        userId: input.userId,
        action: 'report.comment',
        entityType: 'report',
        entityId: input.reportId,
        detail: { commentId: row.id },
      },
      tx,
    );
  }, WRITE_TX);
}

/**
 * Applies an import: every report at the version the dry run saw, all or nothing. A lock or a
 * newer version on any report rolls the whole import back.
 */
/** The values of one month of an import, checked against the report's version. */
export interface ImportBatch {
  /** null: a month not started yet, started here in the same transaction */
  reportId: number | null;
  regionId: number;
  period: string;
  expectedVersion: number;
  values: Record<string, number | null>;
}

export function applyImportBatch(input: { userId: number; role: Role; batches: ImportBatch[] }) {
  return getDb().transaction((tx) => {
    let total = 0;
    for (const b of input.batches) {
      let reportId = b.reportId;
      let expectedVersion = b.expectedVersion;
      if (reportId === null) {
        // Someone started it since the dry run: their draft may hold values, so that is a conflict.
        try {
          reportId = startReportIn(tx, { regionId: b.regionId, period: b.period, userId: input.userId });
        } catch (error) {
          if (error instanceof ReportExistsError)
            throw new ReportConflictError(null, new Date().toISOString());
          throw error;
        }
        expectedVersion = currentReport(tx, reportId).version;
      }
      const report = currentReport(tx, reportId);
      if (!canEditValues(input.role, report.status)) throw new ReportLockedError(report.period);
      const at = bumpVersion(tx, reportId, expectedVersion, input.userId);
      const changes = applyValueChanges(tx, {
        reportId,
        values: b.values,
        userId: input.userId,
        source: 'import',
        at,
      });
      total += changes.length;
      recordAudit(
        {
          userId: input.userId,
          action: 'report.import',
          entityType: 'report',
          entityId: reportId,
          detail: { changes },
        },
        tx,
      );
    }
    return { changes: total };
  }, WRITE_TX);
}
