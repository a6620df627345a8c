import { describe, expect, test } from 'vitest';
import { allowedActions, canEditValues, canTransition, isOverdue } from './workflow';

describe('report workflow', () => {
  test('a coordinator edits and submits a draft or a returned report, nothing else', () => {
    expect(allowedActions('coordinator', 'concept')).toEqual(['submit']);
    expect(allowedActions('coordinator', 'teruggestuurd')).toEqual(['submit']);
    expect(allowedActions('coordinator', 'ingediend')).toEqual([]);
    expect(canEditValues('coordinator', 'ingediend')).toBe(false);
    expect(canEditValues('coordinator', 'goedgekeurd')).toBe(false);
  });

  test('a manager approves or returns a submitted report and reopens an approved one', () => {
    expect(allowedActions('manager', 'ingediend')).toEqual(['approve', 'return']);
    expect(allowedActions('manager', 'goedgekeurd')).toEqual(['reopen']);
    expect(allowedActions('manager', 'concept')).toEqual([]);
    expect(canEditValues('manager', 'goedgekeurd')).toBe(false);
    expect(canEditValues('manager', 'ingediend')).toBe(true);
  });

  test('reviewers and admins do nothing', () => {
    for (const role of ['reviewer', 'admin'] as const) {
      expect(canEditValues(role, 'concept')).toBe(false);
      expect(canTransition(role, 'ingediend', 'approve')).toBe(false);
    }
  });

  test('a draft or returned report past its due date is overdue; submitted or approved never is', () => {
    expect(isOverdue('concept', '2026-11-15', '2026-11-16')).toBe(true);
    expect(isOverdue('teruggestuurd', '2026-11-15', '2026-11-30')).toBe(true);
    expect(isOverdue('concept', '2026-11-15', '2026-11-15')).toBe(false);
    expect(isOverdue('ingediend', '2026-11-15', '2026-12-01')).toBe(false);
    expect(isOverdue('goedgekeurd', '2026-11-15', '2026-12-01')).toBe(false);
    // a month nobody started (no report) is overdue just the same, from the day after its due date
    expect(isOverdue(null, '2026-12-15', '2026-12-16')).toBe(true);
    expect(isOverdue(null, '2026-12-15', '2026-12-15')).toBe(false);
  });
});
