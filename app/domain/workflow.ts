import { type ReportStatus } from './report-status';
import { roleHasPermission, type PermissionName } from './permissions';
import { type Role } from './roles';
/**
 * Who may do what with a monthly report in which status. Pure; the server calls it on every write,
 * whatever the UI showed.
 *
 * concept → ingediend (the region's coordinator) → goedgekeurd (a manager; locked for everyone)
 *                                                 → teruggestuurd (a manager, reason required)
 * teruggestuurd → ingediend (the coordinator again); goedgekeurd → teruggestuurd (a manager reopens,
 * reason required). Who may make a move is a permission of the role table (app/domain/permissions.ts).
 */

export type WorkflowAction = 'submit' | 'approve' | 'return' | 'reopen';

interface Transition {
  from: readonly ReportStatus[];
  to: ReportStatus;
  permission: PermissionName;
  reasonRequired: boolean;
}

export const TRANSITIONS: Readonly<Record<WorkflowAction, Transition>> = {
  submit: {
    from: ['concept', 'teruggestuurd'],
    to: 'ingediend',
    permission: 'submit:report',
    reasonRequired: false,
  },
  approve: { from: ['ingediend'], to: 'goedgekeurd', permission: 'approve:report', reasonRequired: false },
  return: { from: ['ingediend'], to: 'teruggestuurd', permission: 'return:report', reasonRequired: true },
  reopen: { from: ['goedgekeurd'], to: 'teruggestuurd', permission: 'reopen:report', reasonRequired: true },
};

/**
 * Values may change: never once approved; in a draft or a returned report with `write:report` (a
 * coordinator, a manager), in a submitted one with `correct:report` (a manager, before approving).
 * Region access is checked apart.
 */
export function canEditValues(role: Role, status: ReportStatus): boolean {
  if (status === 'concept' || status === 'teruggestuurd') return roleHasPermission(role, 'write:report');
  if (status === 'ingediend') return roleHasPermission(role, 'correct:report');
  return false;
}

export function canTransition(role: Role, status: ReportStatus, action: WorkflowAction): boolean {
  const t = TRANSITIONS[action];
  return roleHasPermission(role, t.permission) && t.from.includes(status);
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
