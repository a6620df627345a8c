/**
 * The e-mails of the monthly cycle: who gets which message and when. Pure: the models pick the
 * recipients from the database, the texts are in app/i18n/messages.ts (in the recipient's
 * language), the outbox stores the result, the mail worker sends it.
 *
 * A message names only what its recipient may see: a coordinator hears about their own region's
 * report, a manager about any submitted report. Figures are never in an e-mail, only the month, the
 * region, the status and (for a return, reopen or correction) the manager's reason.
 */

export const MESSAGE_KINDS = [
  'submitted',
  'returned',
  'approved',
  'reopened',
  'corrected',
  'reminder',
  'overdue',
  'invitation',
  'password_reset',
  'dormant_warning',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];
/** The messages about a report (the monthly cycle); the rest are about the account itself. */
export type ReportMessageKind = Exclude<MessageKind, 'invitation' | 'password_reset' | 'dormant_warning'>;

/**
 * Who hears of a report's move, as a permission of the role table: those who approve hear of a
 * submission (managers), those who submit the region's reports of everything else (its coordinators).
 */
export function recipientPermission(kind: ReportMessageKind): 'approve:report' | 'submit:report' {
  return kind === 'submitted' ? 'approve:report' : 'submit:report';
}

/**
 * Which reminder a month needs today: 'reminder' from `daysBefore` days before the due date,
 * 'overdue' once the due date has passed, null otherwise. Only for a report in progress (draft or
 * returned) or a month without a report (`status` null: never started). Dates are 'YYYY-MM-DD'.
 */
export function reminderDue(input: {
  status: string | null;
  due: string;
  today: string;
  daysBefore: number;
}): 'reminder' | 'overdue' | null {
  if (input.status !== null && input.status !== 'concept' && input.status !== 'teruggestuurd') return null;
  if (input.today > input.due) return 'overdue';
  const dueMs = Date.parse(`${input.due}T00:00:00Z`);
  const todayMs = Date.parse(`${input.today}T00:00:00Z`);
  return (dueMs - todayMs) / 86_400_000 <= input.daysBefore ? 'reminder' : null;
}

/** Retry delay after the n-th failed attempt (1-based): 30 s doubling, at most one hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}
