import { data } from '@remix-run/node';
import { translate } from '#app/i18n/i18n';
import { reports as dict } from '#app/i18n/reports';
import { planImport } from '#app/models/report-import.server';
import { applyImportBatch, ReportConflictError, ReportLockedError } from '#app/models/report-workflow.server';
import type { User } from '#app/utils/auth.server';
import { formatDateTime, formatMonth } from '#app/utils/format';
import { readCsvImportStep } from '#app/utils/csv-upload.server';
import { type Lang } from '#app/domain/lang';

/** intent=check: the dry run; intent=apply: the same checks again, then all or nothing. */
export async function handleImport(
  request: Request,
  lang: Lang,
  user: User,
  region: { id: number; slug: string; name: string; reportingStart: string },
  bodyTooLarge = false,
) {
  const t = (key: keyof typeof dict.nl, p?: Record<string, string | number>) => translate(dict, lang, key, p);
  const step = await readCsvImportStep(request, lang, bodyTooLarge);
  if (step.fileError !== undefined)
    return data(
      { fileError: step.fileError, plan: null, csv: null, notice: null, periods: [] as string[] },
      { status: step.status },
    );
  const { intent, formData, text } = step;
  const plan = planImport({ text, region, user, lang });
  const summary = {
    errors: plan.errors,
    changes: plan.changes,
    versions: plan.batches.map((b) => [b.reportId, b.expectedVersion]),
  };
  if (plan.errors.length > 0)
    return data({ fileError: null, plan: summary, csv: text, notice: null, periods: [] }, { status: 400 });
  if (intent === 'check') return { fileError: null, plan: summary, csv: text, notice: null, periods: [] };
  // Apply at the versions the dry run showed: a report changed since then is a conflict.
  let seen: Record<string, number> = {};
  try {
    seen = JSON.parse(String(formData.get('versions') ?? '{}')) as Record<string, number>;
  } catch {
    seen = {};
  }
  try {
    const result = applyImportBatch({
      userId: user.id,
      role: user.role,
      batches: plan.batches.map((b) => ({
        ...b,
        // A month the import starts has no version yet; one started since the dry run is a conflict.
        expectedVersion: b.reportId === null ? 0 : Number(seen[b.reportId] ?? -1),
      })),
    });
    // The months it touched, so the user can open each to check and submit it.
    const periods = [...new Set(plan.batches.map((b) => b.period))].sort();
    return {
      fileError: null,
      plan: null,
      csv: null,
      notice: t('importApplied', { count: result.changes }),
      periods,
    };
  } catch (error) {
    if (error instanceof ReportConflictError || error instanceof ReportLockedError) {
      const period = plan.batches.map((b) => formatMonth(b.period, lang)).join(', ');
      const message =
        error instanceof ReportConflictError
          ? t('importConflict', {
              period,
              name: error.updatedByName ?? '?',
              at: formatDateTime(error.updatedAt, lang),
            })
          : t('importLocked', { period, status: '' });
      return data(
        {
          fileError: null,
          plan: { ...summary, errors: [{ line: 0, message }] },
          csv: text,
          notice: null,
          periods: [],
        },
        { status: 409 },
      );
    }
    throw error;
  }
}
