import { bucketRange, bucketsBetween, rangeBucket, type Grain } from '#app/domain/aggregation';
import { getIndicator, INDICATORS } from '#app/domain/indicators';
import { getRateOutcome } from '#app/domain/outcomes';
import { isPrincipleCode, type PrincipleCode } from '#app/domain/principles';
import type { ScoreRow } from '#app/domain/scorecard';
import { missingReason, type MissingReason } from '#app/domain/disclosure';
import { differenceSeries } from '#app/domain/reference';
import { principleMissing } from '#app/domain/scoring';
import { loadScorecard, loadScorecards } from '#app/models/figures.server';
import { referenceLinesFor } from '#app/models/references.server';
import { listExperimentMarkers } from '#app/models/experiment-effect.server';
import { loadOutcomeValues, loadPopulationLabels } from '#app/models/outcomes.server';
import { cbsReferenceLines } from '#app/models/comparison-groups.server';
import { cbsRegionalReferenceLines } from '#app/models/regional-reference-lines.server';
import type { Lang } from '#app/domain/lang';
import type { Viewer } from '#app/models/viewer.server';
import { loadFunnel } from '#app/models/funnel.server';

export const MAX_PERIODS = 24;

export interface CompareParams {
  what: string;
  grain: Exclude<Grain, 'range'>;
  from: string;
  to: string;
}

/** A principle score, or an indicator value (null when unknown or hidden). */
function pick(row: ScoreRow, what: string): number | null {
  if (isPrincipleCode(what)) {
    const p = row.groups[what as PrincipleCode];
    return p.sufficient ? p.score : null;
  }
  return row.indicators[what]?.value ?? null;
}

/** Whether an indicator value is hidden from this viewer (kleine noemer), not unknown. */
function hiddenIn(row: ScoreRow, what: string): boolean {
  return !isPrincipleCode(what) && (row.indicators[what]?.hidden ?? false);
}

/** Everything the compare page draws, computed here so the charts only draw. */
export function loadComparison(
  viewer: Viewer,
  regionIds: number[],
  q: CompareParams,
  /** the regions' names and the page's language, for the lines of each region's comparison group */
  opts?: { names: readonly string[]; lang: Lang },
) {
  const periods = bucketsBetween(bucketRange(q.from).from, bucketRange(q.to).to, q.grain);
  if (periods.length > MAX_PERIODS) return null;
  const range =
    periods.length === 1 ? periods[0] : rangeBucket(bucketRange(q.from).from, bucketRange(q.to).to);
  const whole = loadScorecard(viewer, range, regionIds);
  const cards = loadScorecards(viewer, periods, regionIds);
  const indicator = getIndicator(q.what);
  const principle = isPrincipleCode(q.what) ? (q.what as PrincipleCode) : null;
  // an outcome per 10,000 children: from the outcomes, not the scorecard (it has no indicator)
  const rate = getRateOutcome(q.what)
    ? loadOutcomeValues(viewer, q.what, [range, ...periods], regionIds)
    : null;
  const totalSeries = rate ? rate.slice(1).map((b) => b.total) : cards.map((c) => pick(c.total, q.what));
  const references = (
    indicator
      ? referenceLinesFor({ indicatorCode: indicator.code, periods }).filter((r) =>
          r.values.some((v) => v !== null),
        )
      : rate
        ? cbsReferenceLines(q.what, periods)
        : []
  ).map((r) => ({ ...r, difference: differenceSeries(totalSeries, r.values) }));
  // a rate's reference lines also hold each shown region's own comparison group (issue 24): its
  // difference is the region's series (as the viewer sees it) minus the group's
  const regional =
    rate && opts
      ? cbsRegionalReferenceLines(
          q.what,
          periods,
          regionIds.map((id, k) => ({ id, name: opts.names[k] ?? String(id) })),
          opts.lang,
        ).map(({ regionIndex, group: _group, ...r }) => ({
          ...r,
          subject: opts.names[regionIndex] ?? String(regionIds[regionIndex]),
          difference: differenceSeries(
            rate.slice(1).map((b) => b.regions[regionIndex] ?? null),
            r.values,
          ),
        }))
      : [];
  return {
    range,
    periods,
    // the regions at their size against the programme value (a share or a rate; null for the others)
    funnel: isPrincipleCode(q.what) ? null : loadFunnel(viewer, q.what, range, regionIds),
    bars: {
      regions: whole.regions.map((r, k) => ({
        value: rate ? rate[0].regions[k] : pick(r, q.what),
        interval: rate ? rate[0].regionIntervals[k] : (r.indicators[q.what]?.interval ?? null),
        hidden: !rate && hiddenIn(r, q.what),
        provisional: r.provisional,
      })),
      total: {
        value: rate ? rate[0].total : pick(whole.total, q.what),
        interval: rate ? rate[0].totalInterval : (whole.total.indicators[q.what]?.interval ?? null),
        hidden: !rate && hiddenIn(whole.total, q.what),
        provisional: whole.total.provisional,
      },
    },
    target: indicator ? whole.total.indicators[indicator.code].target : null,
    // a rate's children in scope per region: CBS or typed (issue 24)
    populations: rate ? loadPopulationLabels(regionIds, range) : null,
    // what the programme total leaves out, per indicator shown (one, or a principle's)
    coverage: (indicator ? [indicator] : rate ? [] : INDICATORS.filter((i) => i.group === q.what)).flatMap(
      (i) => {
        const excluded = whole.total.coverage?.excluded[i.code] ?? [];
        return excluded.length ? [{ code: i.code, excluded }] : [];
      },
    ),
    series: regionIds.map((_, k) =>
      rate ? rate.slice(1).map((b) => b.regions[k]) : cards.map((c) => pick(c.regions[k], q.what)),
    ),
    totalSeries,
    // why a value is absent (hidden or unknown); a principle's score is hidden when hidden
    // indicators are what keeps it from a score
    missing: indicator
      ? regionIds.map((_, k) => cards.map((c) => missingReason(c.regions[k].indicators[indicator.code])))
      : principle
        ? regionIds.map((_, k) => cards.map((c) => principleMissing(c.regions[k].groups[principle])))
        : rate
          ? regionIds.map((_, k) =>
              rate.slice(1).map((b): MissingReason | null => (b.regions[k] === null ? 'unknown' : null)),
            )
          : null,
    totalMissing: indicator
      ? cards.map((c) => missingReason(c.total.indicators[indicator.code]))
      : principle
        ? cards.map((c) => principleMissing(c.total.groups[principle]))
        : rate
          ? totalSeries.map((v): MissingReason | null => (v === null ? 'unknown' : null))
          : null,
    // each value's 95 % interval (as the viewer may see it); a principle's score has none
    intervals: indicator
      ? regionIds.map((_, k) => cards.map((c) => c.regions[k].indicators[indicator.code]?.interval ?? null))
      : rate
        ? regionIds.map((_, k) => rate.slice(1).map((b) => b.regionIntervals[k] ?? null))
        : null,
    totalIntervals: indicator
      ? cards.map((c) => c.total.indicators[indicator.code]?.interval ?? null)
      : rate
        ? rate.slice(1).map((b) => b.totalInterval)
        : null,
    references: [...references, ...regional],
    // the shown regions' experiments that name this indicator, marked on the line chart
    markers: indicator
      ? listExperimentMarkers({ indicatorCode: indicator.code, regionIds, categories: periods })
      : [],
    provisional: cards.map((c) => c.regions.map((r) => r.provisional)),
  };
}
