import { parseWithZod } from '@conform-to/zod/v4';
import { data } from '@remix-run/node';
import { z } from 'zod';
import { getElement } from '#app/domain/catalogue';
import { createReportFormSchema, explanationField, valuesFromPayload } from '#app/domain/report-schema';
import { TRANSITIONS } from '#app/domain/workflow';
import { evaluateWarnings, unexplainedWarnings, warningKey } from '#app/domain/report-warnings';
import { reportStatusLabel } from '#app/i18n/report-status';
import { translate } from '#app/i18n/i18n';
import { reports as dict, type ReportsKey } from '#app/i18n/reports';
import { getOutlierHistory, listReportComments } from '#app/models/report-values.server';
import {
  addReportComment,
  ReportConflictError,
  ReportLockedError,
  saveReport,
  transitionReport,
} from '#app/models/report-workflow.server';
import { userHasPermission } from '#app/domain/permissions';
import type { User } from '#app/utils/auth.server';
import { formatDateTime } from '#app/utils/format';
import { readFormData } from '#app/utils/form-data.server';
import { type ReportStatus } from '#app/domain/report-status';
import { type Lang } from '#app/domain/lang';

export function statusText(status: ReportStatus, lang: Lang) {
  return reportStatusLabel(status, lang).toLowerCase();
}

const ReviewSchema = z.object({
  intent: z.enum(['approve', 'return', 'reopen']),
  version: z.coerce.number().int().positive(),
  reason: z.string().trim().max(2000).optional(),
});
const CommentSchema = z.object({ intent: z.literal('comment'), body: z.string().trim().min(1).max(2000) });

type Report = { id: number; period: string; status: ReportStatus; regionId: number };

export async function handleReportAction(request: Request, lang: Lang, user: User, report: Report) {
  const t = (key: ReportsKey, p?: Record<string, string | number>) => translate(dict, lang, key, p);
  const formData = await readFormData(request);
  const intent = String(formData.get('intent') ?? '');
  const refused = (error: unknown, status: ReportStatus) => {
    if (error instanceof ReportConflictError)
      return {
        status: 409,
        message: t('formConflict', {
          name: error.updatedByName ?? '?',
          at: formatDateTime(error.updatedAt, lang),
        }),
      };
    if (error instanceof ReportLockedError)
      return { status: 403, message: t('formLockedRefused', { status: statusText(status, lang) }) };
    throw error;
  };

  if (intent === 'save' || intent === 'submit') {
    const submission = parseWithZod(formData, { schema: createReportFormSchema(lang) });
    if (submission.status !== 'success')
      return data({ intent, result: submission.reply(), notice: null, conflict: false }, { status: 400 });
    const values = valuesFromPayload(submission.value as Record<string, unknown>, lang);
    // A manager who changes a submitted report corrects it: with a reason, in the timeline, and the
    // coordinator is told. Never a silent "concept opgeslagen" on a report that stays Ingediend.
    const correcting =
      intent === 'save' && userHasPermission(user, 'correct:report') && report.status === 'ingediend';
    const correctionReason = String(formData.get('correctionReason') ?? '')
      .trim()
      .slice(0, 2000);
    if (correcting && correctionReason === '')
      return data(
        {
          intent,
          result: submission.reply({ fieldErrors: { correctionReason: [t('correctionReasonRequired')] } }),
          notice: null,
          conflict: false,
        },
        { status: 400 },
      );
    let explanations: { ruleCode: string; elementCode: string; body: string }[] = [];
    if (intent === 'submit') {
      const warnings = evaluateWarnings(
        values,
        getOutlierHistory({ regionId: report.regionId, period: report.period }),
      );
      const given = new Map(
        warnings.map((w) => [
          warningKey(w),
          String(formData.get(explanationField(w.ruleCode, w.elementCode)) ?? '').trim(),
        ]),
      );
      const stored = listReportComments({ reportId: report.id }).flatMap((c) =>
        c.ruleCode && c.elementCode ? [{ ruleCode: c.ruleCode, elementCode: c.elementCode }] : [],
      );
      const missing = unexplainedWarnings(warnings, given, stored);
      if (missing.length > 0) {
        const fieldErrors = Object.fromEntries(
          missing.map((w) => [
            explanationField(w.ruleCode, w.elementCode),
            [`${getElement(w.elementCode)?.label[lang] ?? w.elementCode}: ${t('warningMissing')}`],
          ]),
        );
        return data(
          { intent, result: submission.reply({ fieldErrors }), notice: null, conflict: false },
          { status: 400 },
        );
      }
      explanations = warnings.flatMap((w) => {
        const body = given.get(warningKey(w)) ?? '';
        return body ? [{ ruleCode: w.ruleCode, elementCode: w.elementCode, body: body.slice(0, 2000) }] : [];
      });
    }
    try {
      const saved = saveReport({
        reportId: report.id,
        expectedVersion: submission.value.version,
        userId: user.id,
        role: user.role,
        values,
        submit: intent === 'submit' ? { explanations } : undefined,
        correction: correcting ? { reason: correctionReason } : undefined,
      });
      const notice =
        intent === 'submit'
          ? t('formSubmitted')
          : correcting
            ? t(saved.changes > 0 ? 'correctionSaved' : 'correctionNothing', { count: saved.changes })
            : t('formSaved', { count: saved.changes });
      return { intent, result: submission.reply({ resetForm: true }), notice, conflict: false };
    } catch (error) {
      const r = refused(error, report.status);
      return data(
        {
          intent,
          result: submission.reply({ formErrors: [r.message] }),
          notice: null,
          conflict: r.status === 409,
        },
        { status: r.status },
      );
    }
  }

  if (intent === 'approve' || intent === 'return' || intent === 'reopen') {
    const parsed = ReviewSchema.safeParse(Object.fromEntries(formData));
    const reason = parsed.success ? (parsed.data.reason ?? '') : '';
    if (!parsed.success || (intent !== 'approve' && reason === ''))
      return data(
        { intent, error: { fieldId: 'reason', message: t('workflowReasonRequired') }, notice: null },
        { status: 400 },
      );
    try {
      transitionReport({
        reportId: report.id,
        expectedVersion: parsed.data.version,
        userId: user.id,
        role: user.role,
        action: intent,
        reason: reason || null,
      });
    } catch (error) {
      const r = refused(error, report.status);
      return data(
        { intent, error: { fieldId: undefined, message: r.message }, notice: null },
        { status: r.status },
      );
    }
    return {
      intent,
      error: null,
      notice: t('workflowDone', { status: statusText(TRANSITIONS[intent].to, lang) }),
    };
  }

  if (intent === 'comment') {
    const parsed = CommentSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success)
      return data(
        { intent, error: { fieldId: 'comment-body', message: t('commentsRequired') }, notice: null },
        { status: 400 },
      );
    addReportComment({ reportId: report.id, userId: user.id, body: parsed.data.body });
    return { intent, error: null, notice: t('commentsAdded') };
  }

  return data(
    { intent, error: { fieldId: undefined, message: t('unknownIntent') }, notice: null },
    { status: 400 },
  );
}
