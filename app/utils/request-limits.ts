/**
 * How much a client may send, per kind of route. Used twice: by the HTTP server before Remix reads a
 * byte (app/server/middleware.server.ts: a declared Content-Length above the limit is a 413 at once,
 * nothing buffered) and by readFormData() while it reads the body (a body without a declared length
 * is counted as it streams in and refused at the limit), so a route test calling an action directly
 * is bound by the same numbers.
 *
 * Why these numbers: the login, language and logout forms hold a few short fields; the largest
 * other form is a register entry (five text fields, together ≤ 22,200 characters; urlencoded, a
 * three-byte character takes nine bytes: ≈ 200 KB); the import takes a CSV file of at most 2 MB,
 * and its second step posts that text back urlencoded, where a separator or line end takes three
 * bytes (worst case ≈ 6 MB).
 */
export const BODY_LIMITS = {
  small: 16 * 1024,
  form: 512 * 1024,
  import: 7 * 1024 * 1024,
} as const;

/** No form of this app has more than ~150 fields (the report form: 61 elements and explanations). */
export const MAX_FIELDS = 1000;
/** A field name longer than this is not one of ours. */
export const MAX_NAME_LENGTH = 100;
/** Bracketed keys (`x[3]`) index arrays in Conform's parser; a larger index is refused. */
export const MAX_INDEX = 999;

const SMALL_ROUTES = new Set(['/login', '/taal', '/logout', '/wachtwoord']);

export function bodyLimitFor(pathname: string): number {
  const path = pathname.replace(/\.data$/, '').replace(/\/+$/, '') || '/';
  if (SMALL_ROUTES.has(path)) return BODY_LIMITS.small;
  if (/^\/regios\/[^/]+\/import$/.test(path)) return BODY_LIMITS.import;
  return BODY_LIMITS.form;
}

/**
 * Why a field name is refused, or null. Conform turns `x[100000000]` into an array of a hundred
 * million slots (and then serialises it), and `__state__`/`__intent__` are its own control fields,
 * which no form of this app posts (a broken `__state__` made its JSON.parse throw).
 */
export function badFieldName(name: string): string | null {
  if (name.length > MAX_NAME_LENGTH) return 'name too long';
  if (name === '__state__' || name === '__intent__') return 'reserved name';
  if (name.includes('[') || name.includes(']') || name.includes('.')) {
    const indices = name.match(/\[(\d*)\]/g) ?? [];
    for (const index of indices) {
      const digits = index.slice(1, -1);
      if (digits.length > 3 || Number(digits) > MAX_INDEX) return 'index too large';
    }
    if ((name.match(/[[.]/g) ?? []).length > 4) return 'nested too deep';
  }
  return null;
}
