import type { Lang } from '#app/domain/lang';
import type { ReportMessageKind } from '#app/domain/notifications';
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
export function composeMessage(kind: ReportMessageKind, lang: Lang, c: MessageContext) {
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

/**
 * The account e-mails. A one-time link is never part of the stored body: the body holds {{link}},
 * which the mail worker fills in when it sends (the admin's outbox page shows a placeholder).
 */
export const accountMail = defineDictionary(
  {
    invitationSubject: 'Uitnodiging voor Proeftuinmonitor',
    invitationBody:
      'Beste {name},\n\n{actor} heeft een account voor u aangemaakt in Proeftuinmonitor ({email}).\nKies uw wachtwoord via deze link; hij is 72 uur geldig en werkt één keer:\n{{link}}\n\nVerwacht u deze uitnodiging niet? Dan kunt u dit bericht negeren.',
    password_resetSubject: 'Nieuw wachtwoord voor Proeftuinmonitor',
    password_resetBody:
      'Beste {name},\n\nU (of iemand anders) heeft een nieuw wachtwoord gevraagd voor {email}.\nKies een nieuw wachtwoord via deze link; hij is 1 uur geldig en werkt één keer:\n{{link}}\n\nHeeft u niets gevraagd? Dan kunt u dit bericht negeren; uw wachtwoord blijft zoals het is.',
    dormant_warningSubject: 'Uw account bij Proeftuinmonitor wordt binnenkort uitgeschakeld',
    dormant_warningBody:
      'Beste {name},\n\nU heeft al {days} dagen niet ingelogd op Proeftuinmonitor. Logt u niet in vóór {date}, dan wordt uw account ({email}) uitgeschakeld; de beheerder kan het dan weer inschakelen.\n{url}',
    someAdmin: 'De beheerder',
  },
  {
    invitationSubject: 'Invitation to Proeftuinmonitor',
    invitationBody:
      'Dear {name},\n\n{actor} created an account for you in Proeftuinmonitor ({email}).\nChoose your password with this link; it is valid for 72 hours and works once:\n{{link}}\n\nNot expecting this invitation? Then you can ignore this message.',
    password_resetSubject: 'New password for Proeftuinmonitor',
    password_resetBody:
      'Dear {name},\n\nYou (or someone else) asked for a new password for {email}.\nChoose a new password with this link; it is valid for 1 hour and works once:\n{{link}}\n\nDid you not ask for this? Then you can ignore this message; your password stays as it is.',
    dormant_warningSubject: 'Your Proeftuinmonitor account will be disabled soon',
    dormant_warningBody:
      'Dear {name},\n\nYou have not signed in to Proeftuinmonitor for {days} days. If you do not sign in before {date}, your account ({email}) will be disabled; the administrator can enable it again.\n{url}',
    someAdmin: 'The administrator',
  },
);

export type AccountMessageKind = 'invitation' | 'password_reset' | 'dormant_warning';

export function composeAccountMessage(
  kind: AccountMessageKind,
  lang: Lang,
  c: { name: string; email: string; actorName?: string; days?: number; date?: string; url?: string },
) {
  const params = {
    name: c.name,
    email: c.email,
    actor: c.actorName ?? translate(accountMail, lang, 'someAdmin'),
    days: String(c.days ?? ''),
    date: c.date ?? '',
    url: c.url ?? '',
  };
  return {
    subject: translate(accountMail, lang, `${kind}Subject`, params),
    body: translate(accountMail, lang, `${kind}Body`, params),
  };
}
