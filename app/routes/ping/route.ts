/**
 * An empty Remix route: no session, no database. The benchmark measures it as the framework's
 * floor, so every page can be given as a multiple of what Remix itself costs.
 */
export function loader() {
  return new Response('ok', {
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
