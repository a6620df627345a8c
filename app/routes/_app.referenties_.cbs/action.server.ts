import { data } from '@remix-run/node';
import { z } from 'zod';
import { CBS_TABLES, isCbsTableId, type CbsTableId } from '#app/domain/cbs-catalogue';
import type { Lang } from '#app/domain/lang';
import { translate, type Params } from '#app/i18n/i18n';
import { cbsPage as dict, type CbsPageKey } from '#app/i18n/cbs-page';
import {
  approveImport,
  CbsImportGoneError,
  createPendingImport,
  discardImport,
  fetchCbsTable,
  getCbsFetch,
  readCbsFiles,
  type CbsTableRead,
} from '#app/models/cbs-import.server';
import type { User } from '#app/utils/auth.server';
import { getDb } from '#app/utils/db.server';
import { CSV_UPLOAD_MAX_BYTES } from '#app/utils/csv-upload.server';
import { readFormData } from '#app/utils/form-data.server';

const Intent = z.enum(['fetch', 'upload', 'approve', 'discard']);

export type CbsActionResult = { error: string | null; notice: string | null };

/**
 * fetch / upload: read the tables whole (any failure stores nothing) and keep them as a pending
 * import with its dry run; approve / discard: decide on that pending import.
 */
export async function handleCbsAction(request: Request, lang: Lang, user: User, bodyTooLarge = false) {
  const t = (key: CbsPageKey, p?: Params) => translate(dict, lang, key, p);
  const refuse = (message: string, status = 400) =>
    data<CbsActionResult>({ error: message, notice: null }, { status });
  if (bodyTooLarge) return refuse(t('fileTooLarge'), 413);
  let form: FormData;
  try {
    form = await readFormData(request);
  } catch (error) {
    if (error instanceof Response && error.status === 413) return refuse(t('fileTooLarge'), 413);
    throw error;
  }
  const intent = Intent.safeParse(form.get('intent'));
  if (!intent.success) return refuse(t('chooseTable'));
  const db = getDb();

  if (intent.data === 'approve' || intent.data === 'discard') {
    const importId = Number(form.get('importId'));
    if (!Number.isInteger(importId) || importId <= 0) return refuse(t('importGone'), 409);
    if (intent.data === 'discard') {
      return discardImport(db, { importId, userId: user.id })
        ? { error: null, notice: t('discarded') }
        : refuse(t('importGone'), 409);
    }
    try {
      const r = approveImport(db, { importId, userId: user.id });
      return { error: null, notice: t('approved', { ...r }) };
    } catch (error) {
      if (error instanceof CbsImportGoneError) return refuse(t('importGone'), 409);
      throw error;
    }
  }

  const reads: CbsTableRead[] = [];
  if (intent.data === 'fetch') {
    const chosen = form.getAll('table').map(String);
    if (chosen.length === 0) return refuse(t('chooseTable'));
    const unknown = chosen.find((id) => !isCbsTableId(id));
    if (unknown !== undefined) return refuse(t('unknownTable', { table: unknown }));
    for (const id of chosen as CbsTableId[]) {
      const r = await fetchCbsTable(id, lang, getCbsFetch());
      if (!r.ok) return refuse(r.message, 502);
      reads.push(r.value);
    }
  } else {
    const table = String(form.get('table') ?? '');
    if (!(table in CBS_TABLES)) return refuse(t('unknownTable', { table }));
    const files = form.getAll('bestand').filter((f): f is File => typeof f !== 'string' && f.size > 0);
    if (files.some((f) => f.size > CSV_UPLOAD_MAX_BYTES)) return refuse(t('fileTooLarge'), 413);
    const r = readCbsFiles(
      table,
      await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() }))),
      lang,
    );
    if (!r.ok) return refuse(r.message);
    reads.push(r.value);
  }
  createPendingImport(db, { reads, source: reads[0]!.source, userId: user.id });
  return { error: null, notice: null };
}
