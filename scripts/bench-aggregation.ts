/**
 * Part of `npm run bench`, run in its own process against DATABASE_PATH: the scorecard aggregation
 * the overview uses (one quarter, every region, approved data) against a raw full scan of the data
 * values table, the physical floor of reading the data. Measured computed from the database
 * (uncached, what the first request after a write pays) and as pages get it (from the cache of
 * figures at the current figures version, which includes reading that version). Prints one JSON line.
 */
import { getDb } from '#app/utils/db.server';
import { listRegions } from '#app/models/regions.server';
import { computeScorecards, loadScorecard } from '#app/models/figures.server';
import { viewerForRequest } from '#app/models/viewer.server';

const RUNS = 60;
const db = getDb();
const regionIds = listRegions().map((r) => r.id);
const viewer = viewerForRequest({ role: 'manager', regionId: null }, new URL('http://x/?approved=1'));
const scan = db.$client.prepare('select count(*) as n, sum(value) as s from report_values');

function time(fn: () => unknown) {
  const out: number[] = [];
  for (let i = 0; i < 5; i++) fn();
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  out.sort((a, b) => a - b);
  return { p50: out[Math.floor(RUNS / 2)], p95: out[Math.ceil(RUNS * 0.95) - 1] };
}

const aggregation = time(() => computeScorecards(viewer, ['2026-Q3'], regionIds));
const cached = time(() => loadScorecard(viewer, '2026-Q3', regionIds));
const raw = time(() => scan.get());
console.log(
  JSON.stringify({
    aggregationMs: aggregation.p50,
    p95AggregationMs: aggregation.p95,
    cachedMs: cached.p50,
    p95CachedMs: cached.p95,
    rawScanMs: raw.p50,
    p95RawScanMs: raw.p95,
  }),
);
