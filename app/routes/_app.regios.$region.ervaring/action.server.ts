import { data } from '@remix-run/node';
import { EXPERIENCE_COLUMNS, type ColumnMapping } from '#app/domain/experience-csv';
import { isExperiencePeriod } from '#app/domain/experience-items';
import { userHasPermission } from '#app/domain/permissions';
import { type Lang } from '#app/domain/lang';
import { experience as dict, type ExperienceKey } from '#app/i18n/experience';
import { translate, type Params } from '#app/i18n/i18n';
import {
  applyExperienceImport,
  approveExperiencePeriod,
  ExperienceLockedError,
  planExperienceImport,
  reopenExperiencePeriod,
  saveMapping,
} from '#app/models/experience.server';
import type { User } from '#app/utils/auth.server';
import { readCsvImportStep } from '#app/utils/csv-upload.server';
import { readFormData } from '#app/utils/form-data.server';
import { forbidden } from '#app/utils/permissions.server';

type Region = { id: number; slug: string; name: string };

export interface PlanLine {
  line: number;
  period: string;
  group: string;
  route: string;
  item: string;
  invited: number | null;
  responded: number;
  answered: number;
  agreed: number;
}

const reply = (v: {
  fileError?: string | null;
  plan?: { errors: { line: number; message: string }[]; lines: PlanLine[] } | null;
  csv?: string | null;
  notice?: string | null;
  mappingError?: string | null;
}) => ({ fileError: null, plan: null, csv: null, notice: null, mappingError: null, ...v });

/**
 * The page's four intents: check and apply (the import, multipart), mapping (the region's column
 * names), approve (a manager, one period). Each asks its own permission for the region.
 */
export async function handleExperienceAction(
  request: Request,
  lang: Lang,
  user: User,
  region: Region,
  bodyTooLarge = false,
) {
  const t = (key: ExperienceKey, p?: Params) => translate(dict, lang, key, p);
  // A body the server did not read (above the import limit) can only have been a file.
  if (bodyTooLarge) {
    const step = await readCsvImportStep(request, lang, true);
    return data(reply({ fileError: step.fileError ?? null }), { status: 413 });
  }
  const peek = await readFormData(request.clone());
  const intent = peek.get('intent');
  if (intent === 'approve') {
    if (!userHasPermission(user, 'approve:experience', { regionId: region.id })) forbidden();
    const period = String(peek.get('period') ?? '');
    const ok =
      isExperiencePeriod(period) && approveExperiencePeriod({ regionId: region.id, period, userId: user.id });
    return ok
      ? reply({ notice: t('approved', { period }) })
      : data(reply({ mappingError: null, notice: null, fileError: t('notSubmitted', { period }) }), {
          status: 400,
        });
  }
  if (intent === 'reopen') {
    if (!userHasPermission(user, 'reopen:experience', { regionId: region.id })) forbidden();
    const period = String(peek.get('period') ?? '');
    const reason = String(peek.get('reason') ?? '').trim();
    if (reason.length < 3 || reason.length > 500)
      return data(reply({ fileError: t('reopenReason') }), { status: 400 });
    const ok =
      isExperiencePeriod(period) &&
      reopenExperiencePeriod({ regionId: region.id, period, userId: user.id, reason });
    return ok
      ? reply({ notice: t('reopened', { period }) })
      : data(reply({ fileError: t('notApproved', { period }) }), { status: 400 });
  }
  if (intent === 'mapping') {
    const columns: ColumnMapping = {};
    for (const col of EXPERIENCE_COLUMNS) {
      const v = String(peek.get(`col-${col}`) ?? '').trim();
      if (v.length > 100) return data(reply({ mappingError: t('mappingTooLong') }), { status: 400 });
      if (v !== '' && v !== col) columns[col] = v;
    }
    saveMapping({ regionId: region.id, columns, userId: user.id });
    return reply({ notice: t('mappingSaved') });
  }
  if (intent !== 'check' && intent !== 'apply')
    return data(reply({ fileError: t('badIntent') }), { status: 400 });
  const step = await readCsvImportStep(request, lang);
  if (step.fileError !== undefined)
    return data(reply({ fileError: step.fileError }), { status: step.status });
  const plan = planExperienceImport({ text: step.text, regionId: region.id, lang });
  const lines: PlanLine[] = plan.rows.flatMap((r) =>
    Object.entries(r.items).map(([item, c]) => ({
      line: r.line,
      period: r.period,
      group: r.group,
      route: r.route,
      item,
      invited: r.invited,
      responded: r.responded,
      ...c,
    })),
  );
  const summary = { errors: plan.errors, lines };
  if (plan.errors.length > 0) return data(reply({ plan: summary, csv: step.text }), { status: 400 });
  if (step.intent === 'check') return reply({ plan: summary, csv: step.text });
  try {
    const result = applyExperienceImport({ regionId: region.id, rows: plan.rows, userId: user.id });
    return reply({ notice: t('applied', { count: result.lines }) });
  } catch (error) {
    if (error instanceof ExperienceLockedError)
      return data(
        reply({
          plan: {
            errors: [{ line: 0, message: t('csvOtherPeriodApproved', { period: error.period }) }],
            lines: [],
          },
          csv: step.text,
        }),
        { status: 409 },
      );
    throw error;
  }
}
