/**
 * The posted form of an action, read with bounds before anything parses it:
 * - at most the route's limit of bytes (413), counted while the body streams in, so a body larger
 *   than the limit is never held in memory (the HTTP server refuses a larger declared
 *   Content-Length before Remix runs at all, and tells this function the limit of the route it
 *   matched; without the server, bodyLimitFor(path));
 * - at most MAX_FIELDS fields, counted in the raw bytes as they stream in (a `&`, a multipart
 *   boundary), so 262,000 empty fields are refused after the first few kilobytes instead of being
 *   parsed; then field names of at most MAX_NAME_LENGTH characters, array indices of
 *   at most MAX_INDEX and no Conform control fields (400), so Conform's parser, whose cost grows
 *   with the square of repeated fields and with the largest index, never sees such a form;
 * - a body that is not a form (another Content-Type, a broken multipart body) makes
 *   request.formData() throw a TypeError, which Remix would answer with a 500; it is the client's
 *   mistake, so it is a 400 and nothing is read or written.
 */
import { requestContextStorage } from './request-context.server';
import { badFieldName, bodyLimitFor, fieldCounter, MAX_FIELDS } from './request-limits';

function refuse(status: 400 | 413, nl: string, en: string): Response {
  return new Response(`${nl}\n${en}`, {
    status,
    statusText: status === 413 ? 'Payload Too Large' : 'Bad Request',
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' },
  });
}

const tooLarge = () => refuse(413, 'Het verzoek is te groot.', 'The request is too large.');
const tooManyFields = () =>
  refuse(400, 'Het formulier heeft te veel velden.', 'The form has too many fields.');

async function readBounded(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = request.headers.get('content-length');
  if (declared !== null && (!/^\d+$/.test(declared) || Number(declared) > limit)) throw tooLarge();
  if (!request.body) return new Uint8Array(new ArrayBuffer(0));
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  const fields = fieldCounter(request.headers.get('content-type'));
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    const refusal = total > limit ? tooLarge() : !fields.add(value) ? tooManyFields() : null;
    if (refusal) {
      // Not reader.cancel(): over HTTP that destroys the request and its connection before the
      // answer is out. The server drops the rest of the body after answering (drainUnreadBody).
      reader.releaseLock();
      throw refusal;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(new ArrayBuffer(total));
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

export async function readFormData(request: Request): Promise<FormData> {
  const limit = requestContextStorage().getStore()?.bodyLimit ?? bodyLimitFor(new URL(request.url).pathname);
  const body = await readBounded(request, limit);
  let form: FormData;
  try {
    form = await new Response(body, {
      headers: { 'Content-Type': request.headers.get('content-type') ?? '' },
    }).formData();
  } catch {
    throw refuse(400, 'Het verzoek bevat geen formulier.', 'The request does not contain a form.');
  }
  let count = 0;
  for (const name of form.keys()) {
    if (++count > MAX_FIELDS) throw tooManyFields();
    if (badFieldName(name) !== null)
      throw refuse(
        400,
        'Het formulier bevat een ongeldige veldnaam.',
        'The form contains an invalid field name.',
      );
  }
  return form;
}
