/**
 * The outbox: every e-mail is first a row here, written in the same transaction as the change that
 * causes it, so a message is never lost (a crash either keeps both or neither) and the request
 * never waits for a mail server. The mail worker (app/server/mail-worker.server.ts) sends them.
 */
import { and, desc, eq, inArray, or, type SQL } from 'drizzle-orm';
import { WRITE_TX, type AppDatabase } from '#db/client';
import { outbox, regions, reports, users } from '#db/schema';
import { recipientPermission, reminderDue, type ReportMessageKind } from '#app/domain/notifications';
import { composeMessage } from '#app/i18n/messages';
import type { Lang } from '#app/domain/lang';
import { dueDate } from '#app/domain/periods';
import { getDb } from '#app/utils/db.server';
import { listMonthsNotStarted } from './todo.server';
import { getEnv } from '#app/utils/env.server';
import { formatDate, formatMonth } from '#app/utils/format';
import { rolesWithPermission, type PermissionName } from '#app/domain/permissions';

type Tx = Parameters<Parameters<AppDatabase['transaction']>[0]>[0];
type Db = AppDatabase | Tx;

/**
 * The users who hold a permission for a region (app/domain/permissions.ts): the roles granted it
 * everywhere, and the region's own users of the roles granted it for their own region. `reach`
 * 'own' keeps the latter only (a reminder goes to the region's own people, not to every manager).
 */
function holdersOf(permission: PermissionName, regionId: number, reach: 'all' | 'own' = 'all'): SQL {
  const { any, own } = rolesWithPermission(permission);
  const ofRegion = and(inArray(users.role, own), eq(users.regionId, regionId))!;
  return reach === 'own' ? ofRegion : or(inArray(users.role, any), ofRegion)!;
}

/** Base of the links in messages (APP_URL); relative paths when unset. */
export function appUrl(path: string): string {
  const base = (getEnv().APP_URL ?? '').replace(/\/$/, '');
  return `${base}${path}`;
}

/**
 * Queues the message of a workflow event on a report for everyone who should hear of it: managers
 * for a submission, the region's coordinators for the rest. Disabled users get nothing.
 */
export function queueReportMessage(
  tx: Db,
  input: { kind: ReportMessageKind; reportId: number; actorId: number; reason?: string | null },
) {
  const report = tx
    .select({
      period: reports.period,
      regionId: reports.regionId,
      regionName: regions.name,
      slug: regions.slug,
    })
    .from(reports)
    .innerJoin(regions, eq(regions.id, reports.regionId))
    .where(eq(reports.id, input.reportId))
    .get();
  if (!report) return 0;
  const actor = tx.select({ name: users.name }).from(users).where(eq(users.id, input.actorId)).get();
  const recipients = tx
    .select({ id: users.id, email: users.email, lang: users.lang })
    .from(users)
    .where(and(holdersOf(recipientPermission(input.kind), report.regionId), eq(users.disabled, false)))
    .all()
    .filter((u) => u.id !== input.actorId);
  // Each recipient reads the message in their own language (users.lang).
  const compose = (lang: Lang) =>
    composeMessage(input.kind, lang, {
      regionName: report.regionName,
      month: formatMonth(report.period, lang),
      actorName: actor?.name,
      reason: input.reason,
      url: appUrl(`/regios/${report.slug}/rapportages/${report.period}`),
    });
  for (const r of recipients)
    tx.insert(outbox)
      .values({ kind: input.kind, recipientId: r.id, toAddress: r.email, ...compose(r.lang) })
      .run();
  return recipients.length;
}

/**
 * Queues the reminders that are due on `today`: for every month of a region whose report is in
 * progress (draft or returned) or was never started (no report row), whose due date is `daysBefore`
 * days away or has passed, one message per coordinator of the region who has not switched reminders
 * off. The dedupe key (kind, region, month, recipient) makes each reminder once-only, also when a
 * month nobody started gets its report row later.
 */
export function queueDueReminders(input: { today: string; daysBefore: number; dueDay: number }) {
  const db = getDb();
  const open: {
    period: string;
    status: string | null;
    regionId: number;
    regionName: string;
    slug: string;
  }[] = db
    .select({
      period: reports.period,
      status: reports.status,
      regionId: reports.regionId,
      regionName: regions.name,
      slug: regions.slug,
    })
    .from(reports)
    .innerJoin(regions, eq(regions.id, reports.regionId))
    .where(inArray(reports.status, ['concept', 'teruggestuurd']))
    .all();
  const notStarted = listMonthsNotStarted({
    now: new Date(`${input.today}T12:00:00Z`),
    dueDay: input.dueDay,
  }).map((m) => ({ ...m, status: null }));
  let queued = 0;
  db.transaction((tx) => {
    for (const r of [...open, ...notStarted]) {
      const due = dueDate(r.period, input.dueDay);
      const kind = reminderDue({ status: r.status, due, today: input.today, daysBefore: input.daysBefore });
      if (!kind) continue;
      const recipients = tx
        .select({ id: users.id, email: users.email, lang: users.lang })
        .from(users)
        .where(
          and(
            holdersOf('submit:report', r.regionId, 'own'),
            eq(users.disabled, false),
            eq(users.remindersEnabled, true),
          ),
        )
        .all();
      const compose = (lang: Lang) =>
        composeMessage(kind, lang, {
          regionName: r.regionName,
          month: formatMonth(r.period, lang),
          due: formatDate(due, lang),
          // a month nobody started has no report page yet: the list, where it is started
          url: appUrl(`/regios/${r.slug}/rapportages${r.status === null ? '' : `/${r.period}`}`),
        });
      for (const u of recipients) {
        const result = tx
          .insert(outbox)
          .values({
            kind,
            recipientId: u.id,
            toAddress: u.email,
            ...compose(u.lang),
            dedupeKey: reminderKey(kind, r.regionId, r.period, u.id),
          })
          .onConflictDoNothing()
          .run();
        queued += result.changes;
      }
    }
  }, WRITE_TX);
  return queued;
}

/** Once-only key of a reminder; migration 0006 rewrote the older report-id keys into this form. */
export function reminderKey(
  kind: ReportMessageKind,
  regionId: number,
  period: string,
  userId: number,
): string {
  return `${kind}:${regionId}:${period}:${userId}`;
}

/** The admin's view of the outbox: newest first, with its state. */
export function listOutbox({ limit = 200 }: { limit?: number } = {}) {
  return getDb()
    .select({
      id: outbox.id,
      kind: outbox.kind,
      toAddress: outbox.toAddress,
      subject: outbox.subject,
      body: outbox.body,
      createdAt: outbox.createdAt,
      attempts: outbox.attempts,
      sentAt: outbox.sentAt,
      lastError: outbox.lastError,
      nextAttemptAt: outbox.nextAttemptAt,
    })
    .from(outbox)
    .orderBy(desc(outbox.id))
    .limit(limit)
    .all();
}

export function setRemindersEnabled(userId: number, enabled: boolean) {
  getDb().update(users).set({ remindersEnabled: enabled }).where(eq(users.id, userId)).run();
}

export function getRemindersEnabled(userId: number): boolean {
  return (
    getDb().select({ on: users.remindersEnabled }).from(users).where(eq(users.id, userId)).get()?.on ?? true
  );
}
