/**
 * Only paths of this app; anything else goes to the fallback. A browser strips tabs and line ends
 * from a Location, reads a backslash as a slash and `//host` as another site, so `/\t/evil.example`
 * leads away; a line end in a header makes the redirect itself throw. So: after decoding percent
 * escapes (a value may arrive encoded more than once), a target with a control character or a
 * backslash, one not starting with a single `/`, or one that resolves to another origin is refused.
 */
export function safeRedirect(to: string | undefined | null, fallback: string): string {
  if (typeof to !== 'string' || to === '' || to.length > 2000) return fallback;
  let decoded = to;
  for (let i = 0; i < 3; i++) {
    let next: string;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      return fallback;
    }
    if (next === decoded) break;
    decoded = next;
  }
  for (const form of [to, decoded]) {
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f\\]/.test(form)) return fallback;
    if (!form.startsWith('/') || form.startsWith('//')) return fallback;
  }
  const base = 'http://app.invalid';
  const url = new URL(to, base);
  const path = `${url.pathname}${url.search}${url.hash}`;
  // `/a/..//evil.example` normalises to `//evil.example`.
  if (url.origin !== base || path.startsWith('//')) return fallback;
  return path;
}
