/** Every CSV upload is at most 2 MB (the request limits allow a little more for the form around it). */
export const CSV_UPLOAD_MAX_BYTES = 2 * 1024 * 1024;

/**
 * The CSV text of an import form: the chosen file (field `bestand`) on the check, or the checked
 * text sent back in the hidden field `csv` on the apply. Null when there is none, it is empty, or
 * it is larger than CSV_UPLOAD_MAX_BYTES.
 */
export async function readCsvUpload(formData: FormData): Promise<string | null> {
  const file = formData.get('bestand');
  if (file && typeof file !== 'string') {
    if (file.size === 0 || file.size > CSV_UPLOAD_MAX_BYTES) return null;
    return file.text();
  }
  const csv = formData.get('csv');
  return typeof csv === 'string' && csv.length > 0 && csv.length <= CSV_UPLOAD_MAX_BYTES ? csv : null;
}
