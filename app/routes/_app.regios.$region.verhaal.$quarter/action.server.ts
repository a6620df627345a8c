import { data } from '@remix-run/node';
import { z } from 'zod';
import type { Lang } from '#app/domain/lang';
import { quarterOutOfWindowMessage } from '#app/domain/entered-fields';
import { isQuarterInWindow } from '#app/domain/periods';
import { PRINCIPLE_CODES } from '#app/domain/principles';
import { translate } from '#app/i18n/i18n';
import { narratives as dict } from '#app/i18n/narratives';
import { reportStatusLabel } from '#app/i18n/report-status';
import {
  getNarrative,
  NarrativeConflictError,
  NarrativeForbiddenError,
  writeNarrative,
} from '#app/models/narratives.server';
import { userHasPermission } from '#app/domain/permissions';
import type { User } from '#app/utils/auth.server';
import { readFormData } from '#app/utils/form-data.server';

const MAX = 4000;
const Intent = z.enum(['save', 'submit', 'approve', 'return', 'reopen']);

/** One post of the narrative form: validate, then save and/or take the workflow step. */
export async function handleNarrative(
  request: Request,
  lang: Lang,
  user: User,
  region: { id: number },
  quarter: string,
) {
  const t = (key: keyof typeof dict.nl, p?: Record<string, string | number>) => translate(dict, lang, key, p);
  const form = await readFormData(request);
  const str = (k: string) => {
    const v = form.get(k);
    return typeof v === 'string' ? v : '';
  };
  const text = {
    context: str('context'),
    learned: str('learned'),
    principles: Object.fromEntries(PRINCIPLE_CODES.map((p) => [p, str(`principle_${p}`)])),
  };
  const reason = str('reason').trim();
  const errors: { fieldId?: string; message: string }[] = [];
  const intent = Intent.safeParse(str('intent'));
  const version = Number(str('version'));
  if (!intent.success || !Number.isInteger(version) || version < 0) errors.push({ message: t('badIntent') });
  for (const [field, value] of [
    ['context', text.context],
    ['learned', text.learned],
    ...PRINCIPLE_CODES.map((p) => [`principle_${p}`, text.principles[p]]),
  ] as const)
    if (value.length > MAX) errors.push({ fieldId: field, message: t('tooLong', { n: MAX }) });
  if (intent.success && intent.data === 'submit' && text.context.trim() === '')
    errors.push({ fieldId: 'context', message: t('contextRequired') });
  if (intent.success && (intent.data === 'return' || intent.data === 'reopen') && reason === '')
    errors.push({ fieldId: 'reason', message: t('reasonRequired') });
  if (reason.length > MAX) errors.push({ fieldId: 'reason', message: t('tooLong', { n: MAX }) });
  // a quarter in the address outside the years a period may name (0000-Q1, 2099-Q4): nothing is written
  if (!isQuarterInWindow(quarter)) errors.push({ message: quarterOutOfWindowMessage(lang) });
  if (errors.length || !intent.success) return data({ errors, text, notice: null }, { status: 400 });
  try {
    writeNarrative({
      user,
      regionId: region.id,
      quarter,
      expectedVersion: version,
      intent: intent.data,
      text,
      reason: reason || null,
    });
    const done = {
      save: 'saved',
      submit: 'submitted',
      approve: 'approved',
      return: 'returned',
      reopen: 'reopened',
    } as const;
    return { intent: intent.data, errors: [], text: null, notice: t(done[intent.data]) };
  } catch (error) {
    if (error instanceof NarrativeConflictError)
      return data({ errors: [{ message: t('conflict') }], text, notice: null }, { status: 409 });
    if (error instanceof NarrativeForbiddenError) {
      const status = getNarrative({ regionId: region.id, quarter })?.status ?? 'concept';
      if (!userHasPermission(user, 'write:report', { regionId: region.id }))
        throw new Response('Forbidden', { status: 403 });
      return data(
        {
          errors: [{ message: t('locked', { status: reportStatusLabel(status, lang).toLowerCase() }) }],
          text,
          notice: null,
        },
        { status: 409 },
      );
    }
    throw error;
  }
}
