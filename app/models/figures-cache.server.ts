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
import { DERIVED_ELEMENTS } from '#app/domain/catalogue';
import { addMonths, type Period } from '#app/domain/periods';
import { getDb } from '#app/utils/db.server';

/** Enough for every page's periods for a handful of viewer kinds; oldest entries go first. */
const MAX_ENTRIES = 256;

/** The months an entry's figures are made of (first and last month, inclusive). */
export interface FiguresRange {
  from: Period;
  to: Period;
}

interface Entry {
  value: unknown;
  /** the months its figures come from; without them, any write makes it stale */
  range?: FiguresRange | readonly FiguresRange[];
}

interface Cache {
  version: number;
  entries: Map<string, Entry>;
  readVersion: Statement<[], { version: number }>;
  /** the version and the per-month write counts in one read (one snapshot); null: no such table */
  readChanges: Statement<[], { version: number; changes: string }> | null;
  /** the per-month write counts at `version` (null: not known) */
  changes: Map<string, number> | null;
}

// Keyed by the connection, so two databases in one process (tests) never share figures.
const caches = new WeakMap<object, Cache>();

/**
 * A month's figures also change with the months whose values derived elements take (closed_12m_ago
 * is families_closed of twelve months before): a write to month m touches m and m + each lag.
 */
const LAGS = [
  0,
  ...new Set(DERIVED_ELEMENTS.flatMap((e) => (e.derivedFrom ? [e.derivedFrom.lagMonths] : []))),
];

function readChangesStatement(client: ReturnType<typeof getDb>['$client']) {
  try {
    return client.prepare<[], { version: number; changes: string }>(
      `select (select version from figures_version where id = 1) as version,
              (select json_group_object(period, changes) from figures_changes) as changes`,
    );
  } catch {
    return null; // a database without figures_changes: every write makes every entry stale
  }
}

function changesOf(row: { changes: string } | undefined): Map<string, number> | null {
  if (!row) return null;
  return new Map(Object.entries(JSON.parse(row.changes ?? '{}') as Record<string, number>));
}

/**
 * The months written since the cache's version, or null when that is not known: a write to any
 * other table the figures read (regions, settings, registers, …), a month not known ('*'), or a
 * write between the two reads. The figures version moves once per row written to every such
 * table, the counters once per row of reports and report_values: when both moved by the same
 * amount, only report rows were written, and the counters say of which months.
 */
function writtenMonths(cache: Cache, version: number, now: Map<string, number> | null): string[] | null {
  if (!cache.changes || !now || cache.version === -1) return null;
  let moved = 0;
  const months: string[] = [];
  for (const [period, n] of now) {
    const d = n - (cache.changes.get(period) ?? 0);
    if (d === 0) continue;
    if (d < 0 || period === '*') return null;
    moved += d;
    months.push(period);
  }
  return moved === version - cache.version ? months : null;
}

function inRanges(month: string, range: FiguresRange | readonly FiguresRange[]): boolean {
  const ranges: readonly FiguresRange[] = 'from' in range ? [range] : range;
  return ranges.some((r) => month >= r.from && month <= r.to);
}

function cacheFor(): Cache {
  const client = getDb().$client;
  let cache = caches.get(client);
  if (!cache) {
    cache = {
      version: -1,
      entries: new Map(),
      readVersion: client.prepare('select version from figures_version where id = 1'),
      readChanges: readChangesStatement(client),
      changes: null,
    };
    caches.set(client, cache);
  }
  let version = cache.readVersion.get()?.version ?? -1;
  if (version !== cache.version || version === -1) {
    const row = version === -1 ? undefined : cache.readChanges?.get();
    if (row) version = row.version;
    const now = changesOf(row);
    const months = writtenMonths(cache, version, now);
    if (months === null) cache.entries.clear();
    else {
      // keep every entry whose months no write touched (issue 26: a save recomputes its month only)
      const touched = months.flatMap((m) => LAGS.map((lag) => addMonths(m, lag)));
      for (const [key, entry] of cache.entries)
        if (!entry.range || touched.some((m) => inRanges(m, entry.range!))) cache.entries.delete(key);
    }
    cache.version = version;
    cache.changes = now;
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

/**
 * The value under `key` at the current figures version, computing (and keeping) it if needed.
 * `range`: the months its figures come from (one range or several); it is then kept across writes
 * to other months.
 */
export function cachedFigures<T>(
  key: string,
  compute: () => T,
  range?: FiguresRange | readonly FiguresRange[],
): T {
  const cache = cacheFor();
  const hit = cache.entries.get(key);
  if (hit) return hit.value as T;
  const value = computeCounted(compute);
  if (cache.version === -1) return value;
  if (cache.entries.size >= MAX_ENTRIES) cache.entries.delete(cache.entries.keys().next().value!);
  cache.entries.set(key, { value, range });
  return value;
}

/**
 * Several values at once: computes the missing keys together (one query for a range of periods).
 * `ranges[i]`: the months of keys[i] (see cachedFigures).
 */
export function cachedFiguresMany<T>(
  keys: readonly string[],
  computeMissing: (missing: number[]) => T[],
  ranges?: readonly FiguresRange[],
): T[] {
  const cache = cacheFor();
  // Take the cached values first: computing the missing ones may fill the cache with other entries
  // and evict one of these (the voortgang.csv 500 in a long browser run: a card came back undefined).
  const out = keys.map((k) => cache.entries.get(k)?.value as T);
  const missing = keys.flatMap((k, i) => (cache.entries.has(k) ? [] : [i]));
  const computed = missing.length > 0 ? computeCounted(() => computeMissing(missing)) : [];
  missing.forEach((i, j) => {
    out[i] = computed[j];
    if (cache.version === -1) return;
    if (cache.entries.size >= MAX_ENTRIES) cache.entries.delete(cache.entries.keys().next().value!);
    cache.entries.set(keys[i], { value: computed[j], range: ranges?.[i] });
  });
  return out;
}
