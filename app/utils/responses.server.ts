/**
 * Refusals in one line (as Epic Stack's invariantResponse): thrown, so loaders stay flat. The
 * message is already translated; pages show it in the error page, JSON routes as `{ error }`.
 */
export function badRequest(message: string, as: 'page' | 'json' = 'page'): never {
  if (as === 'json') throw Response.json({ error: message }, { status: 400 });
  throw new Response(message, {
    status: 400,
    statusText: 'Bad Request',
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
