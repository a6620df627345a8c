import { describe, expect, test } from 'vitest';
import { reminderDue } from './notifications';

describe('reminderDue', () => {
  const base = { due: '2026-12-15', daysBefore: 3 };
  test('a month nobody started (no report) gets the reminder and the overdue message like a draft', () => {
    expect(reminderDue({ ...base, status: null, today: '2026-12-11' })).toBe(null);
    expect(reminderDue({ ...base, status: null, today: '2026-12-12' })).toBe('reminder');
    expect(reminderDue({ ...base, status: null, today: '2026-12-15' })).toBe('reminder');
    expect(reminderDue({ ...base, status: null, today: '2026-12-16' })).toBe('overdue');
    expect(reminderDue({ ...base, status: 'teruggestuurd', today: '2026-12-16' })).toBe('overdue');
  });
  test('a submitted or approved report gets none', () => {
    expect(reminderDue({ ...base, status: 'ingediend', today: '2026-12-16' })).toBe(null);
    expect(reminderDue({ ...base, status: 'goedgekeurd', today: '2026-12-12' })).toBe(null);
  });
});
