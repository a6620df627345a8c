/**
 * The e-mails of the monthly cycle: who gets which message and what it says. Pure: the models
 * pick the recipients from the database, the outbox stores the result, the mail worker sends it.
 *
 * A message names only what its recipient may see: a coordinator hears about their own region's
 * report, a manager about any submitted report. Figures are never in an e-mail, only the month, the
 * region, the status and (for a return, reopen or correction) the manager's reason.
 */
import type { Lang } from './lang';

export const MESSAGE_KINDS = [
  'submitted',
  'returned',
  'approved',
  'reopened',
  'corrected',
  'reminder',
  'overdue',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** Managers hear of submissions; the region's coordinators of everything else. */
export function recipientRole(kind: MessageKind): 'manager' | 'coordinator' {
  return kind === 'submitted' ? 'manager' : 'coordinator';
}

export interface MessageContext {
  regionName: string;
  /** 'oktober 2026' / 'October 2026' */
  month: string;
  /** the due date as shown on pages */
  due?: string;
  actorName?: string;
  reason?: string | null;
  /** absolute link to the report */
  url: string;
}

const TEXT: Record<Lang, Record<MessageKind, (c: MessageContext) => { subject: string; body: string }>> = {
  nl: {
    submitted: (c) => ({
      subject: `Te beoordelen: maandrapportage ${c.regionName} ${c.month}`,
      body: `${c.actorName ?? 'De coördinator'} heeft de maandrapportage van ${c.regionName} over ${c.month} ingediend. Bekijk en beoordeel hem hier:\n${c.url}`,
    }),
    returned: (c) => ({
      subject: `Teruggestuurd: maandrapportage ${c.regionName} ${c.month}`,
      body: `${c.actorName ?? 'Een programmamanager'} heeft de maandrapportage van ${c.regionName} over ${c.month} teruggestuurd.\n\nReden: ${c.reason ?? '—'}\n\nPas de rapportage aan en dien hem opnieuw in:\n${c.url}`,
    }),
    approved: (c) => ({
      subject: `Goedgekeurd: maandrapportage ${c.regionName} ${c.month}`,
      body: `${c.actorName ?? 'Een programmamanager'} heeft de maandrapportage van ${c.regionName} over ${c.month} goedgekeurd.\n${c.url}`,
    }),
    reopened: (c) => ({
      subject: `Heropend: maandrapportage ${c.regionName} ${c.month}`,
      body: `${c.actorName ?? 'Een programmamanager'} heeft de goedgekeurde maandrapportage van ${c.regionName} over ${c.month} heropend.\n\nReden: ${c.reason ?? '—'}\n\n${c.url}`,
    }),
    corrected: (c) => ({
      subject: `Gecorrigeerd: maandrapportage ${c.regionName} ${c.month}`,
      body: `${c.actorName ?? 'Een programmamanager'} heeft waarden in de ingediende maandrapportage van ${c.regionName} over ${c.month} gecorrigeerd.\n\nReden: ${c.reason ?? '—'}\n\nDe wijzigingen staan in de geschiedenis van de rapportage:\n${c.url}`,
    }),
    reminder: (c) => ({
      subject: `Herinnering: maandrapportage ${c.regionName} ${c.month} uiterlijk ${c.due ?? ''}`,
      body: `De maandrapportage van ${c.regionName} over ${c.month} moet uiterlijk ${c.due ?? ''} zijn ingediend en is dat nog niet.\n${c.url}\n\nU kunt herinneringen uitzetten bij Meldingen.`,
    }),
    overdue: (c) => ({
      subject: `Te laat: maandrapportage ${c.regionName} ${c.month}`,
      body: `De maandrapportage van ${c.regionName} over ${c.month} had uiterlijk ${c.due ?? ''} ingediend moeten zijn.\n${c.url}\n\nU kunt herinneringen uitzetten bij Meldingen.`,
    }),
  },
  en: {
    submitted: (c) => ({
      subject: `To review: monthly report ${c.regionName} ${c.month}`,
      body: `${c.actorName ?? 'The coordinator'} submitted the monthly report of ${c.regionName} for ${c.month}. Review it here:\n${c.url}`,
    }),
    returned: (c) => ({
      subject: `Returned: monthly report ${c.regionName} ${c.month}`,
      body: `${c.actorName ?? 'A programme manager'} returned the monthly report of ${c.regionName} for ${c.month}.\n\nReason: ${c.reason ?? '—'}\n\nCorrect the report and submit it again:\n${c.url}`,
    }),
    approved: (c) => ({
      subject: `Approved: monthly report ${c.regionName} ${c.month}`,
      body: `${c.actorName ?? 'A programme manager'} approved the monthly report of ${c.regionName} for ${c.month}.\n${c.url}`,
    }),
    reopened: (c) => ({
      subject: `Reopened: monthly report ${c.regionName} ${c.month}`,
      body: `${c.actorName ?? 'A programme manager'} reopened the approved monthly report of ${c.regionName} for ${c.month}.\n\nReason: ${c.reason ?? '—'}\n\n${c.url}`,
    }),
    corrected: (c) => ({
      subject: `Corrected: monthly report ${c.regionName} ${c.month}`,
      body: `${c.actorName ?? 'A programme manager'} corrected values in the submitted monthly report of ${c.regionName} for ${c.month}.\n\nReason: ${c.reason ?? '—'}\n\nThe changes are in the report's history:\n${c.url}`,
    }),
    reminder: (c) => ({
      subject: `Reminder: monthly report ${c.regionName} ${c.month} due ${c.due ?? ''}`,
      body: `The monthly report of ${c.regionName} for ${c.month} is due ${c.due ?? ''} and has not been submitted yet.\n${c.url}\n\nYou can switch reminders off under Notifications.`,
    }),
    overdue: (c) => ({
      subject: `Overdue: monthly report ${c.regionName} ${c.month}`,
      body: `The monthly report of ${c.regionName} for ${c.month} was due ${c.due ?? ''}.\n${c.url}\n\nYou can switch reminders off under Notifications.`,
    }),
  },
};

/** Subject and body of a message, in the recipient's language. */
export function composeMessage(kind: MessageKind, lang: Lang, context: MessageContext) {
  return TEXT[lang][kind](context);
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
