/**
 * Pages rendered once per data version (issue 15). The dashboard pages change only when someone
 * writes, yet React rendering and the encoding of their loader data cost 10–30 ms a view at national
 * scale. This cache keeps the rendered response of a GET of a listed page (document or `.data`)
 * under
 *
 *   (data version, viewer scope, the user the shell shows, language, day, URL)
 *
 * and sends the very same bytes again: the body, and its gzip made once when it was kept (ADR 023).
 *
 * - **No nonce per response for a kept page.** A kept page's inline scripts (Remix's context and
 *   loader data, React's streaming, the head's one line) are allowed by their sha256 hashes instead
 *   of a nonce: the page is rendered with the nonce of the response that rendered it, and only the
 *   inline scripts that carry that nonce (unguessable at render time, so nothing injected into the
 *   page's data can carry it) are hashed. Every response of the entry sends the same body with a
 *   policy whose `'nonce-…'` is replaced by those hashes (`policyFor`), so the body is identical and
 *   its gzip is kept with it, one gzip member, sent as it is (a once-per-entry body made of several
 *   gzip members was read only up to its first member by Chromium: docs/performance.md).
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
import crypto from 'node:crypto';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
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
/** compression's own threshold: smaller bodies are sent as they are */
const GZIP_MIN_BYTES = 1024;
const gzip = promisify(zlib.gzip);

interface Entry {
  status: number;
  headers: [string, string][];
  /** the body exactly as every response of this entry sends it */
  body: Buffer;
  /** the body gzipped once (a single gzip member), or null when it is too small to compress */
  gzip: Buffer | null;
  /** CSP sources (`'sha256-…'`) of the page's own inline scripts */
  scriptHashes: string[];
  bytes: number;
}

export interface PageCacheStats {
  hits: number;
  misses: number;
  /** of the hits, those that waited for a render of the same page under way */
  coalesced: number;
  entries: number;
  bytes: number;
}

export interface CachedResponse {
  status: number;
  headers: [string, string][];
  body: Buffer;
  /** the body gzipped when it was kept, to send as it is to a client that accepts gzip */
  gzip: Buffer | null;
  /** the sources that allow the body's inline scripts in place of the response's nonce */
  scriptHashes: string[];
}

export type RenderPage = (request: Request, nonce: string) => Promise<Response>;

export function isCachedPage(pathname: string): boolean {
  const path = pathname.endsWith('.data') ? pathname.slice(0, -'.data'.length) : pathname;
  return CACHED_PAGES.some((p) => p.pattern.test(path));
}

export function createPageCache(client: Database, { maxBytes = DEFAULT_MAX_BYTES } = {}) {
  const entries = new Map<string, Entry>();
  /** renders under way, by key: a request for a key being rendered waits for that render */
  const rendering = new Map<string, Promise<Entry | null>>();
  let bytes = 0;
  let hits = 0;
  let misses = 0;
  /** hits that waited for a render under way */
  let coalesced = 0;
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
   * The response to a request: from the cache, or rendered by `render` (and kept when it may be).
   * `nonce` is this response's CSP nonce, which `render` must use. A CachedResponse (a hit, or a
   * render that was kept) does not depend on the nonce: its policy is `policyFor(…)`.
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
      return sent(hit);
    }
    // The first view after a save: readers asking for the same page at once wait for one render
    // (its entry is what a hit sends), instead of each rendering it again.
    const underWay = rendering.get(key);
    if (underWay) {
      const entry = await underWay;
      if (entry) {
        hits++;
        coalesced++;
        return sent(entry);
      }
      return render(request, nonce);
    }
    misses++;
    let settle!: (entry: Entry | null) => void;
    rendering.set(
      key,
      new Promise<Entry | null>((resolve) => {
        settle = resolve;
      }),
    );
    let kept: Entry | null = null;
    try {
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
      const compressed = body.length >= GZIP_MIN_BYTES ? await gzip(body) : null;
      kept = {
        status: response.status,
        headers,
        body,
        gzip: compressed,
        scriptHashes: inlineScriptHashes(body.toString('utf8'), nonce),
        bytes: body.length + (compressed?.length ?? 0),
      };
      // Keyed by the version read before rendering: a write during the render makes the key stale
      // at once (the next request reads the newer version), so nothing older is ever sent as newer.
      remember(key, kept);
      return sent(kept);
    } finally {
      rendering.delete(key);
      settle(kept);
    }
  }

  return {
    respond,
    keyFor,
    stats: (): PageCacheStats => ({ hits, misses, coalesced, entries: entries.size, bytes }),
    clear() {
      entries.clear();
      bytes = 0;
    },
  };
}

export type PageCache = ReturnType<typeof createPageCache>;

function sent(entry: Entry): CachedResponse {
  const { status, headers, body, gzip, scriptHashes } = entry;
  return { status, headers, body, gzip, scriptHashes };
}

/**
 * The sha256 sources of the inline scripts of `html` that carry `nonce` (the ones the app rendered
 * itself), in order, each once. A script without that nonce is not allowed, as under the nonce.
 */
export function inlineScriptHashes(html: string, nonce: string): string[] {
  const hashes = new Set<string>();
  const nonceAttribute = ` nonce="${nonce}"`;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const [, attributes, text] = m;
    if (!attributes.includes(nonceAttribute) || /\ssrc=/.test(attributes)) continue;
    hashes.add(`'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/**
 * The Content-Security-Policy of a kept page: the response's own policy (`policy`, with
 * `'nonce-<nonce>'` in script-src) with the nonce replaced by the page's script hashes.
 */
export function policyFor(policy: string, nonce: string, scriptHashes: readonly string[]): string {
  const source = `'nonce-${nonce}'`;
  if (nonce.length === 0 || !policy.includes(source)) return policy;
  return policy.replace(` ${source}`, scriptHashes.map((h) => ` ${h}`).join(''));
}
