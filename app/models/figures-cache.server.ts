/**
 * A cache of computed dashboard figures, valid for one figures version. The version lives in the
 * database (table figures_version) and triggers raise it in the same transaction as every write to
 * the tables the figures come from (reports, report_values, regions, experiments, bottlenecks,
 * indicator_targets, settings). Every server process reads it once per cached call (one indexed
 * row), so a write made by any process is seen at the next request, and figures of periods that did
 * not change are not computed again for every page view.
 *
 * Cached values are shared between requests: callers must treat them as read-only. The tables the
 * version follows are declared by the figures' sources in figure-sources.server.ts.
 */
import type { Statement } from 'better-sqlite3';
import { getDb } from '#app/utils/db.server';

/** Enough for every page's periods for a handful of viewer kinds; oldest entries go first. */
const MAX_ENTRIES = 256;

interface Cache {
  version: number;
  entries: Map<string, unknown>;
  readVersion: Statement<[], { version: number }>;
}

// Keyed by the connection, so two databases in one process (tests) never share figures.
const caches = new WeakMap<object, Cache>();

function cacheFor(): Cache {
  const client = getDb().$client;
  let cache = caches.get(client);
  if (!cache) {
    cache = {
      version: -1,
      entries: new Map(),
      readVersion: client.prepare('select version from figures_version where id = 1'),
    };
    caches.set(client, cache);
  }
  const version = cache.readVersion.get()?.version ?? -1;
  if (version !== cache.version || version === -1) {
    cache.version = version;
    cache.entries.clear();
  }
  return cache;
}

/** How many cached computations are running now (> 0: inside one): what test/figures-sources.test.ts reads. */
let computing = 0;
export function isComputingFigures(): boolean {
  return computing > 0;
}
function computeCounted<T>(compute: () => T): T {
  computing += 1;
  try {
    return compute();
  } finally {
    computing -= 1;
  }
}

/** The value under `key` at the current figures version, computing (and keeping) it if needed. */
export function cachedFigures<T>(key: string, compute: () => T): T {
  const cache = cacheFor();
  if (cache.entries.has(key)) return cache.entries.get(key) as T;
  const value = computeCounted(compute);
  if (cache.version === -1) return value;
  if (cache.entries.size >= MAX_ENTRIES) cache.entries.delete(cache.entries.keys().next().value!);
  cache.entries.set(key, value);
  return value;
}

/** Several values at once: computes the missing keys together (one query for a range of periods). */
export function cachedFiguresMany<T>(
  keys: readonly string[],
  computeMissing: (missing: number[]) => T[],
): T[] {
  const cache = cacheFor();
  // Take the cached values first: computing the missing ones may fill the cache with other entries
  // and evict one of these (the voortgang.csv 500 in a long browser run: a card came back undefined).
  const out = keys.map((k) => cache.entries.get(k) as T);
  const missing = keys.flatMap((k, i) => (cache.entries.has(k) ? [] : [i]));
  const computed = missing.length > 0 ? computeCounted(() => computeMissing(missing)) : [];
  missing.forEach((i, j) => {
    out[i] = computed[j];
    if (cache.version === -1) return;
    if (cache.entries.size >= MAX_ENTRIES) cache.entries.delete(cache.entries.keys().next().value!);
    cache.entries.set(keys[i], computed[j]);
  });
  return out;
}
