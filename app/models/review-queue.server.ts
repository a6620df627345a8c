/** The managers' review queue and the review summary of one submitted report. */
import { asc, eq } from 'drizzle-orm';
import { regions, reports } from '#db/schema';
import { addMonths } from '#app/domain/periods';
import { summarizeForReview } from '#app/domain/review-summary';
import { getDb } from '#app/utils/db.server';
import {
  findReport,
  getOutlierHistory,
  getPreviousMonthValues,
  getReportValues,
  listReportComments,
} from './report-values.server';

/** The review summary of one report: warnings with explanations, empty fields, largest changes. */
export function getReviewSummary(input: { reportId: number; regionId: number; period: string }) {
  const scope = { regionId: input.regionId, period: input.period };
  const lastYear = findReport({ regionId: input.regionId, period: addMonths(input.period, -12) });
  return summarizeForReview({
    values: getReportValues({ reportId: input.reportId }),
    previous: getPreviousMonthValues(scope),
    lastYear: lastYear ? getReportValues({ reportId: lastYear.id }) : {},
    history: getOutlierHistory(scope),
    explanations: listReportComments({ reportId: input.reportId }),
  });
}

/** Every submitted report across the regions, oldest submission first, with its summary counts. */
export function listReviewQueue(now: Date) {
  const rows = getDb()
    .select({
      id: reports.id,
      regionId: reports.regionId,
      period: reports.period,
      submittedAt: reports.submittedAt,
      regionName: regions.name,
      regionSlug: regions.slug,
    })
    .from(reports)
    .innerJoin(regions, eq(regions.id, reports.regionId))
    .where(eq(reports.status, 'ingediend'))
    .orderBy(asc(reports.submittedAt), asc(reports.id))
    .all();
  return rows.map((r) => {
    const summary = getReviewSummary({ reportId: r.id, regionId: r.regionId, period: r.period });
    const waitingMs = r.submittedAt ? now.getTime() - Date.parse(r.submittedAt) : 0;
    return {
      ...r,
      daysWaiting: Math.max(0, Math.floor(waitingMs / 86_400_000)),
      warnings: summary.warnings.length,
      explained: summary.warnings.filter((w) => w.explanation).length,
      empty: summary.empty.length,
      changes: summary.changes.slice(0, 3),
    };
  });
}
