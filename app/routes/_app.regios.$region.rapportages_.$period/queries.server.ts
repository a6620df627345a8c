import { getZodConstraint } from '@conform-to/zod/v4';
import { DATA_ELEMENTS, isAskedIn } from '#app/domain/catalogue';
import { elementHelpTexts, sectionHelpTexts } from '#app/domain/element-help.server';
import type { Lang } from '#app/domain/lang';
import { createReportFormSchema } from '#app/domain/report-schema';
import { isPeriod, dueDate } from '#app/domain/periods';
import { allowedActions, canEditValues } from '#app/domain/workflow';
import { findRegionBySlug } from '#app/models/regions.server';
import {
  findReport,
  getOutlierHistory,
  getPreviousMonthValues,
  getSameMonthLastYearValues,
  getReportValues,
  listReportComments,
  listReportEvents,
  listValueHistory,
} from '#app/models/report-values.server';
import { getReportDueDay } from '#app/models/settings.server';
import { getReviewSummary } from '#app/models/review-queue.server';
import type { User } from '#app/utils/auth.server';
import { notFound, requirePermission, requireUserWithPermission } from '#app/utils/permissions.server';
import { userHasPermission } from '#app/domain/permissions';

/** Signed in, on the reports page, with this access to the region, and the report exists. */
export async function requireReport(
  request: Request,
  params: { region?: string; period?: string },
  access: 'read:report' | 'write:report',
) {
  const user = await requireUserWithPermission(request, 'read:report');
  const region = findRegionBySlug(params.region ?? '') ?? notFound();
  requirePermission(user, access, { regionId: region.id });
  if (!isPeriod(params.period ?? '')) notFound();
  const report = findReport({ regionId: region.id, period: params.period! }) ?? notFound();
  return { user, region, report };
}

/** The schema's HTML constraints (maxlength, required): the same in every language, made once. */
let constraint: ReturnType<typeof getZodConstraint> | undefined;
function reportFormConstraint() {
  return (constraint ??= getZodConstraint(createReportFormSchema('nl')));
}

export function loadReportPage(
  user: User,
  region: { id: number; slug: string; name: string },
  report: NonNullable<ReturnType<typeof findReport>>,
  lang: Lang,
) {
  const scope = { regionId: region.id, period: report.period };
  const mayWrite = userHasPermission(user, 'write:report', { regionId: region.id });
  return {
    region: { id: region.id, slug: region.slug, name: region.name },
    report,
    due: dueDate(report.period, getReportDueDay()),
    /**
     * The help text of each field the form shows (the elements asked in this month), in the user's
     * language: the texts are not in the browser's JavaScript (element-help.server.ts).
     */
    help: elementHelpTexts(
      DATA_ELEMENTS.filter((e) => isAskedIn(e, report.period)).map((e) => e.code),
      lang,
    ),
    /** what each section of the form is about, in the user's language */
    sectionHelp: sectionHelpTexts(lang),
    /** the form's HTML constraints from its schema (the browser checks without zod, report-schema.ts) */
    constraint: reportFormConstraint(),
    values: getReportValues({ reportId: report.id }),
    previous: getPreviousMonthValues(scope),
    lastYear: getSameMonthLastYearValues(scope),
    history: getOutlierHistory(scope),
    changes: listValueHistory({ reportId: report.id }),
    events: listReportEvents({ reportId: report.id }),
    comments: listReportComments({ reportId: report.id }),
    canEdit: mayWrite && canEditValues(user.role, report.status),
    /** A manager editing a submitted report makes a correction (reason required, coordinator told). */
    correcting: mayWrite && userHasPermission(user, 'correct:report') && report.status === 'ingediend',
    canSubmit: mayWrite && allowedActions(user.role, report.status).includes('submit'),
    reviewActions: mayWrite ? allowedActions(user.role, report.status).filter((a) => a !== 'submit') : [],
    canComment: mayWrite,
    /** For a manager on a submitted report: what to look at before approving or returning. */
    review:
      userHasPermission(user, 'approve:report') && report.status === 'ingediend'
        ? getReviewSummary({ reportId: report.id, regionId: region.id, period: report.period })
        : null,
  };
}
