/**
 * A fixed clock for tests whose expectation depends on "today" (the demo's months, due dates,
 * the template's month). Only `Date` is faked, so timers and promises run as usual.
 *
 * The demo's last month is October 2026; `DEMO_TODAY` is a day in November 2026, when that month
 * is the newest complete one and November is the month being reported.
 */
import { afterEach, vi } from 'vitest';

export const DEMO_TODAY = '2026-11-10T09:00:00.000Z';

/** Sets the clock to `iso` for the rest of the current test (restored after each test). */
export function setToday(iso: string = DEMO_TODAY) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
}

afterEach(() => {
  vi.useRealTimers();
});
