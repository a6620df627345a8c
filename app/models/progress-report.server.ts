import { sql } from 'drizzle-orm';
import { bucketRange, previousBucket } from '#app/domain/aggregation';
import { endOfMonth } from '#app/domain/periods';
import { PRINCIPLE_CODES, type PrincipleCode } from '#app/domain/principles';
import { INDICATORS } from '#app/domain/indicators';
import { INLINE_REGIONS } from '#app/domain/page-weight';
import type { ProgressIndicator, ProgressRow, ProgressScore, ScoreRow } from '#app/domain/scorecard';
import { roundAsShown, unitDigits } from '#app/domain/number-format';
import { loadScorecards } from '#app/models/figures.server';
import { listRegionInfo } from '#app/models/regions.server';
import { PUBLICATION_VIEWER, viewerThresholds } from '#app/models/viewer.server';
import { loadOutcomeBlock } from '#app/models/outcomes.server';
import { loadSummary } from '#app/models/summary.server';
import { getDb } from '#app/utils/db.server';

/** Per region each principle's score per period of the report (null: too few figures, unknown or hidden). */
export interface RegionTrendRow {
  regionId: number;
  scores: Record<PrincipleCode, (number | null)[]>;
}

/** Scores of the period and the periods before it, lessons and the bottleneck pipeline. */
export function loadProgressReport(period: string) {
  const buckets = [period];
  while (buckets.length < 4) buckets.unshift(previousBucket(buckets[0]));
  const regions = listRegionInfo();
  const cards = loadScorecards(
    PUBLICATION_VIEWER,
    buckets,
    regions.map((r) => r.id),
  );
  const { from, to } = bucketRange(period);
  const db = getDb();
  const lessons = db.all<{
    id: number;
    title: string;
    region: string;
    outcome: string | null;
    lessons: string;
  }>(sql`
    select e.id, e.title, g.name as region, e.outcome, e.lessons from experiments e
    join regions g on g.id = e.region_id
    where e.lessons is not null and trim(e.lessons) <> '' and e.end_date <= ${endOfMonth(to)}
    order by (e.end_date >= ${`${from}-01`}) desc, e.end_date desc limit 6`);
  const pipeline = db.all<{ status: string; n: number }>(sql`
    select status, count(*) as n from bottlenecks where identified_date <= ${endOfMonth(to)}
    group by status`);
  const outcomes = loadOutcomeBlock(
    PUBLICATION_VIEWER,
    period,
    regions.map((r) => r.id),
  );
  // the answer first: outcomes and experiments' indicators against the baseline, with intervals
  const summary = loadSummary(
    PUBLICATION_VIEWER,
    period,
    regions.map((r) => r.id),
    outcomes,
  );
  // per region its trend: each principle's score per period as the publication shows it
  // (approved figures only, small numbers suppressed: scores made of the shown indicator scores)
  const regionTrends = regions.map((r, k): RegionTrendRow => ({
    regionId: r.id,
    scores: Object.fromEntries(
      PRINCIPLE_CODES.map((p) => [
        p,
        cards.map((c) => {
          const g = c.regions[k].groups[p];
          return g.sufficient ? g.score : null;
        }),
      ]),
    ) as Record<PrincipleCode, (number | null)[]>,
  }));
  return {
    buckets,
    regions,
    cards,
    regionTrends,
    outcomes,
    summary,
    lessons,
    pipeline,
    thresholds: viewerThresholds(PUBLICATION_VIEWER),
  };
}

/**
 * The progress report's last scorecard as the browser gets it: with more than INLINE_REGIONS regions
 * each region's row holds of the four principles the score as the tables write it (whole points),
 * whether it is sufficient, its coverage and any hidden indicators, and of the workforce indicators
 * its table shows the value as written and, where they say something, hidden, why unknown and the
 * interval; the principles' indicator values, counts, targets and indicator scores of each region
 * are on the indicator's and the region's pages. The programme total stays whole.
 */
export function progressCard(card: { bucket: string; regions: ScoreRow[]; total: ScoreRow }) {
  if (card.regions.length <= INLINE_REGIONS) return card;
  // the principles' indicator tables show the programme total only at this scale (each region's
  // values are on the indicator's page): of each region, the workforce indicators its table shows
  const shown = INDICATORS.filter((i) => i.group === 'workforce');
  return {
    bucket: card.bucket,
    total: card.total,
    regions: card.regions.map((r): ProgressRow & Pick<ScoreRow, 'regionId' | 'bucket' | 'provisional'> => ({
      regionId: r.regionId,
      bucket: r.bucket,
      provisional: r.provisional,
      groups: Object.fromEntries(
        PRINCIPLE_CODES.map((p) => {
          const { score, sufficient, coverage, hiddenIndicators } = r.groups[p];
          const g: ProgressScore = {
            score: score === null ? null : roundAsShown(score, unitDigits('score100')),
            sufficient,
            coverage,
          };
          if (hiddenIndicators) g.hiddenIndicators = hiddenIndicators;
          return [p, g];
        }),
      ) as ProgressRow['groups'],
      indicators: Object.fromEntries(
        shown
          .filter((i) => r.indicators[i.code])
          .map((i) => {
            const { value, hidden, reason, interval } = r.indicators[i.code]!;
            const f: ProgressIndicator = {
              value: value === null ? null : roundAsShown(value, unitDigits(i.unit)),
            };
            if (hidden) f.hidden = hidden;
            if (reason) f.reason = reason;
            if (interval) f.interval = interval;
            return [i.code, f];
          }),
      ),
    })),
  };
}

/**
 * Per region its principle scores over the report's periods as the table writes them: at national
 * scale in whole points (42 regions × four principles × four periods), else as computed.
 */
export function progressRegionTrends(trends: RegionTrendRow[]): RegionTrendRow[] {
  if (trends.length <= INLINE_REGIONS) return trends;
  return trends.map((t) => ({
    regionId: t.regionId,
    scores: Object.fromEntries(
      PRINCIPLE_CODES.map((p) => [p, t.scores[p].map((v) => (v === null ? null : roundAsShown(v, 0)))]),
    ) as RegionTrendRow['scores'],
  }));
}
