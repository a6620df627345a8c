import { describe, expect, test } from 'vitest';
import { nextVisit } from './visits';

describe('nextVisit', () => {
  test('a first visit has nothing to compare with, also when reloaded within the visit', () => {
    const first = nextVisit({ lastVisitAt: null, previousVisitAt: null }, '2026-12-01T09:00:00.000Z');
    expect(first).toEqual({ lastVisitAt: '2026-12-01T09:00:00.000Z', previousVisitAt: null, since: null });
    const reload = nextVisit(first, '2026-12-01T09:20:00.000Z');
    expect(reload).toEqual({ lastVisitAt: '2026-12-01T09:20:00.000Z', previousVisitAt: null, since: null });
  });

  test('after more than 30 minutes away a new visit shows what changed since the end of the last one', () => {
    const state = { lastVisitAt: '2026-12-01T09:20:00.000Z', previousVisitAt: null };
    // exactly 30 minutes later is still the same visit
    expect(nextVisit(state, '2026-12-01T09:50:00.000Z').since).toBe(null);
    const next = nextVisit(state, '2026-12-03T14:00:00.000Z');
    expect(next).toEqual({
      lastVisitAt: '2026-12-03T14:00:00.000Z',
      previousVisitAt: '2026-12-01T09:20:00.000Z',
      since: '2026-12-01T09:20:00.000Z',
    });
    // reloading during that visit keeps the same starting point
    expect(nextVisit(next, '2026-12-03T14:10:00.000Z').since).toBe('2026-12-01T09:20:00.000Z');
  });
});
