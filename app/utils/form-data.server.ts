/**
 * The posted form of an action. A body that is not a form (another Content-Type, a broken
 * multipart body) makes request.formData() throw a TypeError, which Remix would answer with a 500;
 * it is the client's mistake, so it is a 400 and nothing is read or written.
 */
export async function readFormData(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    throw new Response('Het verzoek bevat geen formulier.\nThe request does not contain a form.', {
      status: 400,
      statusText: 'Bad Request',
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
}
