import type { Lang } from '#app/domain/lang';
import { csvImport } from '#app/i18n/csv-import';
import { translate } from '#app/i18n/i18n';
import { readFormData } from './form-data.server';

/** Every CSV upload is at most 2 MB (the request limits allow more for the form around it). */
export const CSV_UPLOAD_MAX_BYTES = 2 * 1024 * 1024;

/** What an import form brought: its form and CSV text, or why there is none (a csv-import message key). */
export type CsvUpload =
  | { formData: FormData; text: string; problem?: undefined }
  | { problem: 'fileRequired' | 'fileTooLarge' | 'fileEncoding' };

/**
 * The text of a file that must be UTF-8: null for malformed UTF-8 (which `file.text()` would turn
 * into U+FFFD without a word). A U+FFFD in the text is refused too, so the checked text posted
 * back on the apply (where the form's decoding has already replaced any bad byte) gets the same
 * answer as the file did.
 */
function utf8Text(bytes: ArrayBuffer | string): string | null {
  let text: string;
  try {
    text = typeof bytes === 'string' ? bytes : new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  return text.includes('\uFFFD') ? null : text;
}

/**
 * The form of an import and its CSV text: the chosen file (field `bestand`) on the check, or the
 * checked text sent back in the hidden field `csv` on the apply. A file or text above
 * CSV_UPLOAD_MAX_BYTES, and a body above the route's limit (which the server did not read:
 * `bodyTooLarge`, or readFormData's 413 without the server), is `fileTooLarge`, so the form says
 * so in its own words on both steps; an empty or missing one is `fileRequired`, one that is not
 * UTF-8 `fileEncoding`.
 */
export async function readCsvImport(request: Request, bodyTooLarge = false): Promise<CsvUpload> {
  if (bodyTooLarge) return { problem: 'fileTooLarge' };
  let formData: FormData;
  try {
    formData = await readFormData(request);
  } catch (error) {
    if (error instanceof Response && error.status === 413) return { problem: 'fileTooLarge' };
    throw error;
  }
  const file = formData.get('bestand');
  if (file && typeof file !== 'string') {
    if (file.size > CSV_UPLOAD_MAX_BYTES) return { problem: 'fileTooLarge' };
    if (file.size === 0) return { problem: 'fileRequired' };
    const text = utf8Text(await file.arrayBuffer());
    return text === null ? { problem: 'fileEncoding' } : { formData, text };
  }
  const csv = formData.get('csv');
  if (typeof csv !== 'string' || csv.length === 0) return { problem: 'fileRequired' };
  if (Buffer.byteLength(csv) > CSV_UPLOAD_MAX_BYTES) return { problem: 'fileTooLarge' };
  const text = utf8Text(csv);
  return text === null ? { problem: 'fileEncoding' } : { formData, text };
}

/** An import form's step with its form and CSV text, or the message and status that refuse it. */
export type CsvImportStep =
  | { intent: 'check' | 'apply'; formData: FormData; text: string; fileError?: undefined }
  | { fileError: string; status: 400 | 413 };

/**
 * Both imports' two steps: intent=check (the dry run) or intent=apply (the same checks again, then
 * all or nothing). Without a usable file, or with another intent, the form's message in the
 * user's language: 413 for a file too large, 400 otherwise.
 */
export async function readCsvImportStep(
  request: Request,
  lang: Lang,
  bodyTooLarge = false,
): Promise<CsvImportStep> {
  const upload = await readCsvImport(request, bodyTooLarge);
  const intent = upload.problem ? null : upload.formData.get('intent');
  if (upload.problem || (intent !== 'check' && intent !== 'apply'))
    return {
      fileError: translate(csvImport, lang, upload.problem ?? 'fileRequired'),
      status: upload.problem === 'fileTooLarge' ? 413 : 400,
    };
  return { intent, formData: upload.formData, text: upload.text };
}
