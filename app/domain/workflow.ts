import { type ReportStatus } from './report-status';
import { type Role } from './roles';
/**
 * Who may do what with a monthly report in which status. Pure; the server calls it on every write,
 * whatever the UI showed.
 *
 * concept → ingediend (the region's coordinator) → goedgekeurd (a manager; locked for everyone)
 *                                                 → teruggestuurd (a manager, reason required)
 * teruggestuurd → ingediend (the coordinator again); goedgekeurd → teruggestuurd (a manager reopens,
 * reason required).
 */

export type WorkflowAction = 'submit' | 'approve' | 'return' | 'reopen';

interface Transition {
  from: readonly ReportStatus[];
  to: ReportStatus;
  roles: readonly Role[];
  reasonRequired: boolean;
}

export const TRANSITIONS: Readonly<Record<WorkflowAction, Transition>> = {
  submit: {
    from: ['concept', 'teruggestuurd'],
    to: 'ingediend',
    roles: ['coordinator'],
    reasonRequired: false,
  },
  approve: { from: ['ingediend'], to: 'goedgekeurd', roles: ['manager'], reasonRequired: false },
  return: { from: ['ingediend'], to: 'teruggestuurd', roles: ['manager'], reasonRequired: true },
  reopen: { from: ['goedgekeurd'], to: 'teruggestuurd', roles: ['manager'], reasonRequired: true },
};

/**
 * Values may change: never once approved; a coordinator only in a draft or a returned report, a
 * manager also in a submitted one (to correct before approving). Region access is checked apart.
 */
export function canEditValues(role: Role, status: ReportStatus): boolean {
  if (role === 'manager') return status !== 'goedgekeurd';
  if (role === 'coordinator') return status === 'concept' || status === 'teruggestuurd';
  return false;
}

export function canTransition(role: Role, status: ReportStatus, action: WorkflowAction): boolean {
  const t = TRANSITIONS[action];
  return t.roles.includes(role) && t.from.includes(status);
}

export function allowedActions(role: Role, status: ReportStatus): WorkflowAction[] {
  return (Object.keys(TRANSITIONS) as WorkflowAction[]).filter((a) => canTransition(role, status, a));
}

/**
 * A month is overdue when its due date ('YYYY-MM-DD') has passed and its report has not been
 * submitted: a draft, a returned report, or no report at all (`status` null: never started).
 */
export function isOverdue(status: ReportStatus | null, due: string, today: string): boolean {
  return (status === null || status === 'concept' || status === 'teruggestuurd') && today > due;
}
