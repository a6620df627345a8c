/**
 * How much a client may send, per route. Used twice: by the HTTP server before Remix reads a byte
 * (app/server/middleware.server.ts: the route the router will run is matched as Remix matches it,
 * and a declared Content-Length above its limit is a 413 at once, nothing buffered) and by
 * readFormData() while it reads the body (bytes and fields are counted as the body streams in and
 * refused at the limit), so a route test calling an action directly is bound by the same numbers.
 *
 * Which limit a route has is decided by its Remix route id, never by the text of the URL: `/LOGIN`,
 * `/%6Cogin` and `/login/` are the login route, as the router decides.
 * - `small` (16 KB): every route outside the signed-in layout (`routes/_app`): the login, language
 *   and logout forms, and any public page added later (invitations, password reset, a second
 *   factor) without it having to be listed; plus the signed-in routes listed below whose forms hold
 *   a few short fields.
 * - `form` (512 KB): the other signed-in routes. The largest form is a register entry (five text
 *   fields, together ≤ 22,200 characters; urlencoded, a three-byte character takes nine bytes:
 *   ≈ 200 KB).
 * - `import` (7 MB): the three CSV imports (report values, references, experience counts). Each takes a file of at most 2 MB (CSV_UPLOAD_MAX_BYTES),
 *   and its second step posts that text back urlencoded, where a separator or line end takes three
 *   bytes (worst case ≈ 6 MB). A body above it is not read, but the import page still answers with
 *   its own message (see the middleware).
 */
export const BODY_LIMITS = {
  small: 16 * 1024,
  form: 512 * 1024,
  import: 7 * 1024 * 1024,
} as const;
export type LimitKind = keyof typeof BODY_LIMITS;

/** No form of this app has more than ~150 fields (the report form: 61 elements and explanations). */
export const MAX_FIELDS = 1000;
/** A field name longer than this is not one of ours. */
export const MAX_NAME_LENGTH = 100;
/** Bracketed keys (`x[3]`) index arrays in Conform's parser; a larger index is refused. */
export const MAX_INDEX = 999;

/** The signed-in layout: routes below it may take `form`-sized bodies, all others `small` ones. */
export const SIGNED_IN_LAYOUT = 'routes/_app';

/** Routes (by Remix route id) whose limit is not their default. */
export const ROUTE_LIMITS: Readonly<Record<string, LimitKind>> = {
  'routes/_app.regios.$region.import': 'import',
  'routes/_app.referenties': 'import',
  'routes/_app.regios.$region.ervaring': 'import',
  'routes/_app.wachtwoord': 'small',
  'routes/_app.meldingen': 'small',
};

/**
 * The limit of the route that will run an action, given the ids of the matched routes (root
 * first) and the id of the route whose action runs.
 */
export function limitForRoute(matchedIds: readonly string[], actionId: string | null): number {
  if (actionId !== null && ROUTE_LIMITS[actionId]) return BODY_LIMITS[ROUTE_LIMITS[actionId]];
  return matchedIds.includes(SIGNED_IN_LAYOUT) ? BODY_LIMITS.form : BODY_LIMITS.small;
}

/**
 * The path as the router compares it: each segment percent-decoded, compared without regard to
 * case, a single-fetch `.data` suffix and trailing slashes dropped.
 */
export function routerPath(pathname: string): string {
  const decoded = pathname
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment).replace(/\//g, '%2F');
      } catch {
        return segment;
      }
    })
    .join('/');
  return (
    decoded
      .replace(/\.data$/, '')
      .replace(/^\/_root$/, '/')
      .replace(/\/+$/, '')
      .toLowerCase() || '/'
  );
}

const SMALL_SIGNED_IN = new Set(['/wachtwoord', '/meldingen']);
const PUBLIC = new Set(['/login', '/taal', '/logout', '/', '/ping']);

/**
 * The same limits by path, for an action called without the HTTP server (route tests, a request
 * that did not pass the middleware): the server's own decision, taken from the matched route, is
 * used whenever there is one (readFormData reads it from the request context).
 */
export function bodyLimitFor(pathname: string): number {
  const path = routerPath(pathname);
  if (
    /^\/regios\/[^/]+\/(import|ervaring)$/.test(path) ||
    path === '/referenties' ||
    path === '/referenties/cbs'
  )
    return BODY_LIMITS.import;
  if (PUBLIC.has(path) || SMALL_SIGNED_IN.has(path) || path.startsWith('/api/')) return BODY_LIMITS.small;
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

/**
 * Counts the fields of a body while it streams in, before any parser sees it: a urlencoded field
 * ends at `&`, a multipart part starts at its boundary line. `add` returns false as soon as there
 * are more than `max` fields. Constant memory: a boundary split over two chunks is still seen.
 */
export function fieldCounter(contentType: string | null, max: number = MAX_FIELDS) {
  const type = (contentType ?? '').toLowerCase();
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
  if (type.startsWith('multipart/form-data') && boundary) {
    const marker = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
    let tail = Buffer.alloc(0);
    let parts = 0;
    return {
      add(chunk: Uint8Array): boolean {
        const buf = Buffer.concat([tail, chunk]);
        for (let at = buf.indexOf(marker); at !== -1; at = buf.indexOf(marker, at + marker.length)) parts++;
        tail = buf.subarray(Math.max(0, buf.length - marker.length + 1));
        // the closing boundary line is counted too, as one more than the fields
        return parts - 1 <= max;
      },
    };
  }
  let fields = 1;
  return {
    add(chunk: Uint8Array): boolean {
      for (let at = chunk.indexOf(0x26); at !== -1; at = chunk.indexOf(0x26, at + 1)) fields++;
      return fields <= max;
    },
  };
}
