/**
 * Sends the outbox. Runs inside the server process on a timer, never inside a request: a slow or
 * failing mail server delays only this loop. Each round claims due messages with one UPDATE …
 * RETURNING (so several server processes never send the same message), sends them one by one, and
 * either marks them sent or schedules a retry with back-off. A message claimed by a process that
 * died is claimed again once its claim expires: nothing is lost on a restart.
 */
import type { AppDatabase } from '#db/client';
import { retryDelayMs } from '#app/domain/notifications';

export interface MailTransport {
  sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
}

interface Row {
  id: number;
  to_address: string;
  subject: string;
  body: string;
  secret_link: string | null;
  attempts: number;
}

const CLAIM_MS = 120_000;

/** Claims up to `limit` messages that are due at `now` and not claimed by another round. */
export function claimDueMessages(db: AppDatabase, now: Date, limit = 20): Row[] {
  const at = now.toISOString();
  return db.$client
    .prepare(
      `update outbox set claimed_until = ?
       where id in (select id from outbox
                    where sent_at is null and next_attempt_at <= ?
                      and (claimed_until is null or claimed_until <= ?)
                    order by id limit ?)
       returning id, to_address, subject, body, secret_link, attempts`,
    )
    .all(new Date(now.getTime() + CLAIM_MS).toISOString(), at, at, limit) as Row[];
}

/** One round: sends what is due; returns how many were sent and how many failed (and will be retried). */
export async function deliverDueMessages(input: {
  db: AppDatabase;
  transport: MailTransport;
  from: string;
  now?: Date;
}): Promise<{ sent: number; failed: number }> {
  const now = input.now ?? new Date();
  const rows = claimDueMessages(input.db, now);
  let sent = 0;
  let failed = 0;
  const done = input.db.$client.prepare(
    // a one-time link leaves the database once it is sent
    'update outbox set sent_at = ?, attempts = attempts + 1, claimed_until = null, last_error = null, secret_link = null where id = ?',
  );
  const retry = input.db.$client.prepare(
    'update outbox set attempts = attempts + 1, next_attempt_at = ?, claimed_until = null, last_error = ? where id = ?',
  );
  for (const row of rows) {
    try {
      await input.transport.sendMail({
        from: input.from,
        to: row.to_address,
        subject: row.subject,
        text: row.secret_link === null ? row.body : row.body.replace('{{link}}', row.secret_link),
      });
      done.run(new Date().toISOString(), row.id);
      sent++;
    } catch (error) {
      const next = new Date(now.getTime() + retryDelayMs(row.attempts + 1)).toISOString();
      retry.run(next, String((error as Error)?.message ?? error).slice(0, 500), row.id);
      failed++;
    }
  }
  return { sent, failed };
}

/**
 * Starts the loop: every `intervalMs`, queue the reminders that are due and, when a transport is
 * configured, send the outbox. Without one (demo mode) messages stay in the outbox for the admin's
 * Berichten page. Returns a function that stops the loop.
 */
export function startMailWorker(input: {
  db: AppDatabase;
  transport: MailTransport | null;
  from: string;
  intervalMs?: number;
  onRound?: () => void;
  log?: (message: string) => void;
}): () => void {
  let running = false;
  let stopped = false;
  const round = async () => {
    if (running || stopped) return;
    running = true;
    try {
      input.onRound?.();
      if (input.transport) {
        const r = await deliverDueMessages({ db: input.db, transport: input.transport, from: input.from });
        if (r.failed > 0) input.log?.(`mail: ${r.sent} sent, ${r.failed} failed (will retry)`);
      }
    } catch (error) {
      input.log?.(`mail: round failed: ${String(error)}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void round(), input.intervalMs ?? 15_000);
  timer.unref();
  void round();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
