/**
 * Pages rendered once per data version (issue 15). The dashboard pages change only when someone
 * writes, yet React rendering and the encoding of their loader data cost 10–30 ms a view at national
 * scale. This cache keeps the rendered response of a GET of a listed page (document or `.data`)
 * under
 *
 *   (data version, viewer scope, the user the shell shows, language, day, URL)
 *
 * and sends it again with this response's CSP nonce put in at send time.
 *
 * - **Data version**: the figures version (raised by triggers in the writing transaction on every
 *   change to the tables figures come from, migration 0002) together with the sum of SQLite's
 *   AUTOINCREMENT counters (`sqlite_sequence`), which moves on every insert into an append-only
 *   table (audit log, value history, report events and comments, register history): every audited
 *   change, user edits included, is a new audit row. Both live in the database, so a save by any
 *   connection or process is seen at the next request, and every server process keeps its own
 *   cache coherently.
 * - **Viewer scope** comes from the one visibility module (models/viewer.server.ts); the user's public
 *   fields (the shell shows name and role) are in the key as well, so no page is ever sent to
 *   another user, let alone to another scope. A request without a valid session is never served
 *   from the cache (Remix answers it: the redirect to the login page).
 * - Only a 200 without Set-Cookie is kept. Headers (Cache-Control: private, no-store included) are
 *   sent again as Remix gave them; the browser caches nothing.
 *
 * A page may be listed in CACHED_PAGES only if everything its loaders read is covered by the data
 * version and the key: figures tables, registers, reports and their history, settings, the user.
 */
import type { Database, Statement } from 'better-sqlite3';
import { viewerForRequest, viewerScopeKey } from '#app/models/viewer.server';
import { getOptionalUser } from '#app/utils/auth.server';
import { getLang } from '#app/utils/lang.server';

/** The pages served from the cache (pathname without a trailing `.data`). */
export const CACHED_PAGES: readonly { name: string; pattern: RegExp }[] = [
  { name: 'overview', pattern: /^\/overzicht$/ },
  { name: 'compare', pattern: /^\/vergelijken$/ },
  { name: 'progress report', pattern: /^\/voortgang$/ },
  { name: 'region page', pattern: /^\/regios\/[a-z0-9-]+$/ },
  { name: 'indicator page', pattern: /^\/indicatoren\/[a-z0-9_]+$/ },
  { name: 'report form', pattern: /^\/regios\/[a-z0-9-]+\/rapportages\/\d{4}-\d{2}$/ },
];

const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

interface Entry {
  status: number;
  headers: [string, string][];
  /** the body (UTF-8) split where the CSP nonce of the response that rendered it stood */
  parts: Buffer[];
  bytes: number;
}

export interface PageCacheStats {
  hits: number;
  misses: number;
  entries: number;
  bytes: number;
}

export interface CachedResponse {
  status: number;
  headers: [string, string][];
  body: Buffer;
}

export type RenderPage = (request: Request, nonce: string) => Promise<Response>;

export function isCachedPage(pathname: string): boolean {
  const path = pathname.endsWith('.data') ? pathname.slice(0, -'.data'.length) : pathname;
  return CACHED_PAGES.some((p) => p.pattern.test(path));
}

export function createPageCache(client: Database, { maxBytes = DEFAULT_MAX_BYTES } = {}) {
  const entries = new Map<string, Entry>();
  let bytes = 0;
  let hits = 0;
  let misses = 0;
  let versionOf: Statement<[], { f: number | null; s: number | null }> | undefined;

  function dataVersion(): string | null {
    try {
      versionOf ??= client.prepare(
        `select (select version from figures_version where id = 1) as f,
                (select coalesce(sum(seq), 0) from sqlite_sequence) as s`,
      );
      const row = versionOf.get();
      return row?.f == null ? null : `${row.f}.${row.s ?? 0}`;
    } catch {
      return null; // a database without the version table: nothing is cached
    }
  }

  /** The cache key of a request, or null when it must go to Remix (not listed, not signed in). */
  async function keyFor(request: Request): Promise<string | null> {
    if (request.method !== 'GET') return null;
    const url = new URL(request.url);
    if (!isCachedPage(url.pathname)) return null;
    const user = await getOptionalUser(request);
    if (!user) return null;
    const version = dataVersion();
    if (version === null) return null;
    const scope = viewerScopeKey(viewerForRequest(user, url));
    const shown = [user.id, user.email, user.name, user.role, user.regionId];
    const day = new Date().toISOString().slice(0, 10);
    return JSON.stringify([version, scope, shown, await getLang(request), day, url.pathname + url.search]);
  }

  function remember(key: string, entry: Entry) {
    if (entry.bytes > maxBytes / 8) return;
    const old = entries.get(key);
    if (old) {
      bytes -= old.bytes;
      entries.delete(key);
    }
    while (bytes + entry.bytes > maxBytes && entries.size > 0) {
      const [oldestKey, oldest] = entries.entries().next().value!;
      entries.delete(oldestKey);
      bytes -= oldest.bytes;
    }
    entries.set(key, entry);
    bytes += entry.bytes;
  }

  function lookup(key: string): Entry | undefined {
    const entry = entries.get(key);
    if (entry) {
      // most recently used last, so the oldest go first when the cache is full
      entries.delete(key);
      entries.set(key, entry);
    }
    return entry;
  }

  /**
   * The response to a request: from the cache with this nonce, or rendered by `render` (and kept
   * when it may be). `nonce` is this response's CSP nonce, which `render` must use.
   */
  async function respond(
    request: Request,
    nonce: string,
    render: RenderPage,
  ): Promise<Response | CachedResponse> {
    const key = await keyFor(request);
    if (key === null) return render(request, nonce);
    const hit = lookup(key);
    if (hit) {
      hits++;
      return { status: hit.status, headers: hit.headers, body: joinParts(hit.parts, nonce) };
    }
    misses++;
    const response = await render(request, nonce);
    const type = response.headers.get('content-type') ?? '';
    if (
      response.status !== 200 ||
      response.headers.has('set-cookie') ||
      !/^text\/(html|x-script)/.test(type) ||
      nonce.length < 16
    )
      return response;
    const body = Buffer.from(await response.arrayBuffer());
    const headers = [...response.headers.entries()].filter(
      ([name]) => name !== 'content-length' && name !== 'date',
    );
    // Keyed by the version read before rendering: a write during the render makes the key stale
    // at once (the next request reads the newer version), so nothing older is ever sent as newer.
    remember(key, {
      status: response.status,
      headers,
      parts: splitBuffer(body, Buffer.from(nonce)),
      bytes: body.length,
    });
    return { status: response.status, headers, body };
  }

  return {
    respond,
    keyFor,
    stats: (): PageCacheStats => ({ hits, misses, entries: entries.size, bytes }),
    clear() {
      entries.clear();
      bytes = 0;
    },
  };
}

export type PageCache = ReturnType<typeof createPageCache>;

function splitBuffer(body: Buffer, separator: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = body.indexOf(separator); at >= 0; at = body.indexOf(separator, from)) {
    parts.push(body.subarray(from, at));
    from = at + separator.length;
  }
  parts.push(body.subarray(from));
  return parts;
}

function joinParts(parts: Buffer[], nonce: string): Buffer {
  if (parts.length === 1) return parts[0];
  const separator = Buffer.from(nonce);
  const pieces: Buffer[] = [];
  parts.forEach((part, i) => {
    if (i > 0) pieces.push(separator);
    pieces.push(part);
  });
  return Buffer.concat(pieces);
}
