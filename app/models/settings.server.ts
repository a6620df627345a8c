import { eq } from 'drizzle-orm';
import { settings } from '../../db/schema';
import { getDb } from '~/utils/db.server';

function readNumber(key: string, fallback: number): number {
  const row = getDb().select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get();
  const n = Number(row?.value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

/** The day of the following month a report is due (setting report_due_day, default 15). */
export function getReportDueDay(): number {
  return readNumber('report_due_day', 15);
}

/** Counts below this are shown as "<n" to reviewers (setting small_count_threshold, default 5). */
export function getSmallCountThreshold(): number {
  return readNumber('small_count_threshold', 5);
}
