import { bucketOf, bucketRange, previousBucket } from '#app/domain/aggregation';
import { differenceSeries } from '#app/domain/reference';
import { missingReason } from '#app/domain/disclosure';
import { loadScorecards } from './figures.server';
import { referenceLinesFor } from './references.server';
import { listExperimentMarkers } from './experiment-effect.server';
import type { Viewer } from './viewer.server';

/** The quarters ending with the one that holds the end of `period`, oldest first. */
export function quartersUpTo(period: string, count: number): string[] {
  let q = bucketOf(bucketRange(period).to, 'quarter');
  const out = [q];
  while (out.length < count) out.unshift((q = previousBucket(q)));
  return out;
}

/**
 * One indicator per quarter: each region, the programme total (as the viewer may see them:
 * suppression applies), the reference series stored for the indicator, and programme − reference.
 */
export function loadIndicatorTrend(
  viewer: Viewer,
  indicatorCode: string,
  period: string,
  regionIds: readonly number[],
) {
  const quarters = quartersUpTo(period, 4);
  const cards = loadScorecards(viewer, quarters, regionIds);
  const total = cards.map((c) => c.total.indicators[indicatorCode]?.value ?? null);
  const references = referenceLinesFor({ indicatorCode, periods: quarters }).map((r) => ({
    ...r,
    difference: differenceSeries(total, r.values),
  }));
  return {
    quarters,
    regions: regionIds.map((_, k) => cards.map((c) => c.regions[k].indicators[indicatorCode]?.value ?? null)),
    total,
    // why a value is absent: hidden (kleine noemer) and unknown look different in the table
    missing: regionIds.map((_, k) => cards.map((c) => missingReason(c.regions[k].indicators[indicatorCode]))),
    totalMissing: cards.map((c) => missingReason(c.total.indicators[indicatorCode])),
    // each value's 95 % interval (from the viewer's own figures: rounded counts for a reviewer)
    intervals: regionIds.map((_, k) =>
      cards.map((c) => c.regions[k].indicators[indicatorCode]?.interval ?? null),
    ),
    totalIntervals: cards.map((c) => c.total.indicators[indicatorCode]?.interval ?? null),
    references,
    markers: listExperimentMarkers({ indicatorCode, regionIds, categories: quarters }),
  };
}
