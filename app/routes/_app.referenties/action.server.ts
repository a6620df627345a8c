import { data } from '@remix-run/node';
import type { Lang } from '#app/domain/lang';
import { translate } from '#app/i18n/i18n';
import { references as dict } from '#app/i18n/references';
import {
  applyReferenceImport,
  planReferenceImport,
  ReferenceConflictError,
} from '#app/models/references.server';
import type { User } from '#app/utils/auth.server';
import { readCsvImportStep } from '#app/utils/csv-upload.server';

/** intent=check: the dry run; intent=apply: the same checks again, then all or nothing. */
export async function handleReferenceImport(request: Request, lang: Lang, user: User, bodyTooLarge = false) {
  const t = (key: keyof typeof dict.nl, p?: Record<string, string | number>) => translate(dict, lang, key, p);
  const step = await readCsvImportStep(request, lang, bodyTooLarge);
  if (step.fileError !== undefined)
    return data({ fileError: step.fileError, plan: null, csv: null, notice: null }, { status: step.status });
  const { intent, formData, text } = step;
  const plan = planReferenceImport({ text, lang });
  const summary = { errors: plan.errors, changes: plan.changes, token: plan.token };
  if (plan.errors.length > 0)
    return data({ fileError: null, plan: summary, csv: text, notice: null }, { status: 400 });
  if (intent === 'check') return { fileError: null, plan: summary, csv: text, notice: null };
  try {
    const result = applyReferenceImport({
      plan,
      token: String(formData.get('token') ?? ''),
      userId: user.id,
    });
    return { fileError: null, plan: null, csv: null, notice: t('importApplied', { count: result.changes }) };
  } catch (error) {
    if (!(error instanceof ReferenceConflictError)) throw error;
    return data(
      {
        fileError: null,
        plan: { ...summary, errors: [{ line: 0, message: t('importConflict') }] },
        csv: text,
        notice: null,
      },
      { status: 409 },
    );
  }
}
