import { eq, inArray } from 'drizzle-orm';
import { settings } from '#db/schema';
import { DEFAULT_THRESHOLDS, type SuppressionThresholds } from '#app/domain/disclosure';
import { getDb } from '#app/utils/db.server';
import type { FigureSource } from './figure-sources.server';

function readNumber(key: string, fallback: number): number {
  const row = getDb().select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get();
  return positiveOr(row?.value, fallback);
}

function positiveOr(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

/** The day of the following month a report is due (setting report_due_day, default 15). */
export function getReportDueDay(): number {
  return readNumber('report_due_day', 15);
}

/** The small-number thresholds (settings small_count_threshold and small_denominator_threshold). */
export function readThresholds(): SuppressionThresholds {
  const rows = getDb()
    .select({ key: settings.key, value: settings.value })
    .from(settings)
    .where(inArray(settings.key, ['small_count_threshold', 'small_denominator_threshold']))
    .all();
  const get = (key: string, fallback: number) => positiveOr(rows.find((r) => r.key === key)?.value, fallback);
  return {
    smallCount: get('small_count_threshold', DEFAULT_THRESHOLDS.smallCount),
    smallDenominator: get('small_denominator_threshold', DEFAULT_THRESHOLDS.smallDenominator),
  };
}

/** Figure source: the small-number thresholds (figure-sources.server.ts). */
export const settingsSource = {
  name: 'settings (small-number thresholds)',
  reads: ['settings'],
  thresholds: readThresholds,
} as const satisfies FigureSource;
