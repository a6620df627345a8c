import type { Lang } from '~/domain/lang';
import type { MessageKind } from '~/domain/notifications';
import { defineDictionary, translate } from './i18n';

/**
 * The e-mails of the monthly cycle, in the recipient's language (users.lang). A message names only
 * what its recipient may see: the month, the region, the status and a manager's reason, never figures.
 */
export const mail = defineDictionary(
  {
    submittedSubject: 'Te beoordelen: maandrapportage {region} {month}',
    submittedBody:
      '{actor} heeft de maandrapportage van {region} over {month} ingediend. Bekijk en beoordeel hem hier:\n{url}',
    returnedSubject: 'Teruggestuurd: maandrapportage {region} {month}',
    returnedBody:
      '{actor} heeft de maandrapportage van {region} over {month} teruggestuurd.\n\nReden: {reason}\n\nPas de rapportage aan en dien hem opnieuw in:\n{url}',
    approvedSubject: 'Goedgekeurd: maandrapportage {region} {month}',
    approvedBody: '{actor} heeft de maandrapportage van {region} over {month} goedgekeurd.\n{url}',
    reopenedSubject: 'Heropend: maandrapportage {region} {month}',
    reopenedBody:
      '{actor} heeft de goedgekeurde maandrapportage van {region} over {month} heropend.\n\nReden: {reason}\n\n{url}',
    correctedSubject: 'Gecorrigeerd: maandrapportage {region} {month}',
    correctedBody:
      '{actor} heeft waarden in de ingediende maandrapportage van {region} over {month} gecorrigeerd.\n\nReden: {reason}\n\nDe wijzigingen staan in de geschiedenis van de rapportage:\n{url}',
    reminderSubject: 'Herinnering: maandrapportage {region} {month} uiterlijk {due}',
    reminderBody:
      'De maandrapportage van {region} over {month} moet uiterlijk {due} zijn ingediend en is dat nog niet.\n{url}\n\nU kunt herinneringen uitzetten bij E-mailinstellingen.',
    overdueSubject: 'Te laat: maandrapportage {region} {month}',
    overdueBody:
      'De maandrapportage van {region} over {month} had uiterlijk {due} ingediend moeten zijn.\n{url}\n\nU kunt herinneringen uitzetten bij E-mailinstellingen.',
    someCoordinator: 'De coördinator',
    someManager: 'Een programmamanager',
    noReason: '—',
  },
  {
    submittedSubject: 'To review: monthly report {region} {month}',
    submittedBody: '{actor} submitted the monthly report of {region} for {month}. Review it here:\n{url}',
    returnedSubject: 'Returned: monthly report {region} {month}',
    returnedBody:
      '{actor} returned the monthly report of {region} for {month}.\n\nReason: {reason}\n\nCorrect the report and submit it again:\n{url}',
    approvedSubject: 'Approved: monthly report {region} {month}',
    approvedBody: '{actor} approved the monthly report of {region} for {month}.\n{url}',
    reopenedSubject: 'Reopened: monthly report {region} {month}',
    reopenedBody:
      '{actor} reopened the approved monthly report of {region} for {month}.\n\nReason: {reason}\n\n{url}',
    correctedSubject: 'Corrected: monthly report {region} {month}',
    correctedBody:
      "{actor} corrected values in the submitted monthly report of {region} for {month}.\n\nReason: {reason}\n\nThe changes are in the report's history:\n{url}",
    reminderSubject: 'Reminder: monthly report {region} {month} due {due}',
    reminderBody:
      'The monthly report of {region} for {month} is due {due} and has not been submitted yet.\n{url}\n\nYou can switch reminders off under E-mail settings.',
    overdueSubject: 'Overdue: monthly report {region} {month}',
    overdueBody:
      'The monthly report of {region} for {month} was due {due}.\n{url}\n\nYou can switch reminders off under E-mail settings.',
    someCoordinator: 'The coordinator',
    someManager: 'A programme manager',
    noReason: '—',
  },
);

export interface MessageContext {
  regionName: string;
  /** 'oktober 2026' / 'October 2026', in the recipient's language */
  month: string;
  /** the due date as shown on pages, in the recipient's language */
  due?: string;
  actorName?: string;
  reason?: string | null;
  /** absolute link to the report */
  url: string;
}

/** Subject and body of a message, in the recipient's language. */
export function composeMessage(kind: MessageKind, lang: Lang, c: MessageContext) {
  const params = {
    region: c.regionName,
    month: c.month,
    due: c.due ?? '',
    actor: c.actorName ?? translate(mail, lang, kind === 'submitted' ? 'someCoordinator' : 'someManager'),
    reason: c.reason ?? translate(mail, lang, 'noReason'),
    url: c.url,
  };
  return {
    subject: translate(mail, lang, `${kind}Subject`, params),
    body: translate(mail, lang, `${kind}Body`, params),
  };
}
