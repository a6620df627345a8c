/**
 * "The answer first" (issue 23): the summary that heads the progress report and the reviewer's and
 * manager's start pages. Per outcome (from the outcomes block) and per indicator an experiment
 * names (from the scorecards): the programme total now, against the baseline and against the same
 * quarter a year earlier, with intervals computed from the figures as this viewer sees them, and a
 * comparison group only where a reference series of the same figure is stored.
 */
import { sql } from 'drizzle-orm';
import { bucketRange, bucketsBetween, grainOf } from '#app/domain/aggregation';
import { programmeBaseline } from '#app/domain/baseline';
import { getIndicator, type Indicator } from '#app/domain/indicators';
import { OUTCOMES, outcomeUnit } from '#app/domain/outcomes';
import {
  hasShareInterval,
  indicatorInterval,
  rateInterval,
  shareInterval,
} from '#app/domain/figure-intervals';
import { buildSummaryLine, type SummaryLine } from '#app/domain/summary';
import { getDb } from '#app/utils/db.server';
import { loadBaselineRows } from './baseline.server';
import { loadScorecard } from './figures.server';
import { loadOutcomeBlock, type OutcomeBlock } from './outcomes.server';
import { referenceLinesFor } from './references.server';
import { CBS_MEASURES, CBS_TABLES } from '#app/domain/cbs-catalogue';
import type { Viewer } from './viewer.server';

export interface Summary {
  period: string;
  /** the period compared for seasonality (same quarter a year earlier), null for none */
  yearEarlier: string | null;
  lines: SummaryLine[];
}

/** Indicators named by an experiment that is not stopped, in catalogue order, not already an outcome. */
function experimentIndicators(): Indicator[] {
  const named = new Set(
    getDb()
      .all<{ code: string }>(
        sql`select distinct i.value as code from experiments e, json_each(e.indicators) i
            where e.status <> 'gestopt'`,
      )
      .map((r) => r.code),
  );
  const outcomeIndicators = new Set(OUTCOMES.flatMap((o) => (o.kind === 'share' ? [o.indicator] : [])));
  return [...named]
    .map((c) => getIndicator(c))
    .filter((i): i is Indicator => !!i && !outcomeIndicators.has(i.code))
    .sort((a, b) => a.code.localeCompare(b.code));
}

const shareKind = (code: string) => {
  const ind = getIndicator(code);
  return !!ind && hasShareInterval(ind);
};

const mean = (xs: readonly (number | null)[]) =>
  xs.length === 0 || xs.some((x) => x === null) ? null : xs.reduce<number>((s, x) => s + x!, 0) / xs.length;

/**
 * The first stored reference series of an indicator, its value in the period (or the mean of the
 * period's quarters) and its mean over the whole quarters from the earliest baseline month to the
 * latest: a comparison group's own change. Undefined: no series stored.
 */
function referenceFor(
  indicatorCode: string,
  period: string,
  baselineSpan: { from: string; to: string } | null,
) {
  const periodQuarters =
    grainOf(period) === 'quarter'
      ? [period]
      : bucketsBetween(bucketRange(period).from, bucketRange(period).to, 'quarter');
  const baseQuarters = baselineSpan
    ? bucketsBetween(baselineSpan.from, baselineSpan.to, 'quarter').filter((q) => {
        const r = bucketRange(q);
        return r.from >= baselineSpan.from && r.to <= baselineSpan.to;
      })
    : [];
  const periods = [...new Set([period, ...periodQuarters, ...baseQuarters])];
  const line = referenceLinesFor({ indicatorCode, periods })[0];
  if (!line) return undefined;
  const at = (p: string) => line.values[periods.indexOf(p)] ?? null;
  return {
    label: line.label,
    source: line.source,
    now: at(period) ?? mean(periodQuarters.map(at)),
    baseline: baseQuarters.length > 0 ? mean(baseQuarters.map(at)) : null,
  };
}

/**
 * A rate outcome's comparison group from CBS figures (issue 24): the programme total's reference
 * (the Netherlands), named by its CBS table, with the difference in change and its own interval.
 * Undefined where no CBS figure fits (the summary then says "geen vergelijkingsgroep").
 */
function cbsReferenceFor(block: OutcomeBlock, code: string) {
  const ref = block.references.rows
    .find((r) => r.regionId === null)
    ?.references.find((r) => r.code === code && r.group !== null);
  const mapping = block.references.mappings.find((m) => m.code === code);
  if (!ref || !mapping) return undefined;
  const table = CBS_TABLES[CBS_MEASURES[mapping.measure].table];
  return {
    label: table.title,
    source: `CBS StatLine ${table.id}`,
    now: ref.value,
    baseline: ref.baseline,
    difference: ref.difference,
  };
}

/**
 * The summary for a period and regions. `block` is the outcomes block already loaded for the same
 * viewer, period and regions (the progress report has it); otherwise it is loaded here.
 */
export function loadSummary(
  viewer: Viewer,
  period: string,
  regionIds: readonly number[],
  block?: OutcomeBlock,
): Summary {
  const outcomes = block ?? loadOutcomeBlock(viewer, period, regionIds);
  const { current, baseline, yearEarlier } = outcomes.totalFigures;
  const span =
    outcomes.baselines.length === 0
      ? null
      : {
          from: outcomes.baselines.reduce((m, b) => (b.from < m ? b.from : m), outcomes.baselines[0].from),
          to: outcomes.baselines.reduce((m, b) => (b.to > m ? b.to : m), outcomes.baselines[0].to),
        };
  const lines: SummaryLine[] = outcomes.codes.map((code) => {
    const unit = outcomeUnit(code);
    const now = current[code];
    const def = OUTCOMES.find((o) => o.code === code);
    return buildSummaryLine({
      code,
      kind: 'outcome',
      label: outcomes.labels[code],
      unit,
      intervalKind:
        unit === 'rate' ? 'rate' : def?.kind === 'share' && shareKind(def.indicator) ? 'share' : null,
      now: now && {
        ...now,
        denominator: now.denominator ?? null,
        interval:
          unit === 'rate'
            ? rateInterval({ ...now, denominator: now.denominator ?? null })
            : shareInterval({ ...now, denominator: now.denominator ?? null }),
      },
      baseline: baseline[code] && { ...baseline[code], denominator: baseline[code].denominator ?? null },
      yearEarlier: yearEarlier
        ? {
            period: yearEarlier.period,
            figure: yearEarlier.figures[code] && {
              ...yearEarlier.figures[code],
              denominator: yearEarlier.figures[code].denominator ?? null,
            },
          }
        : undefined,
      reference:
        def?.kind === 'share' ? referenceFor(def.indicator, period, span) : cbsReferenceFor(outcomes, code),
    });
  });

  const indicators = experimentIndicators();
  if (indicators.length > 0) {
    const now = loadScorecard(viewer, period, regionIds).total;
    const earlierPeriod = yearEarlier?.period ?? null;
    const earlier = earlierPeriod ? loadScorecard(viewer, earlierPeriod, regionIds).total : null;
    const baselineRows = new Map<number, ReturnType<typeof loadBaselineRows>>();
    for (const ind of indicators) {
      const follow = ind.followUpMonths ?? 0;
      if (!baselineRows.has(follow)) baselineRows.set(follow, loadBaselineRows(viewer, regionIds, follow));
      const rows = baselineRows.get(follow)!;
      const base = programmeBaseline(
        ind,
        regionIds.map((regionId) => {
          const f = rows.get(regionId)?.row?.indicators[ind.code];
          return {
            regionId,
            numerator: f ? f.numerator : null,
            denominator: f ? f.denominator : null,
            hidden: f?.hidden ?? false,
          };
        }),
      );
      const f = now.indicators[ind.code];
      lines.push(
        buildSummaryLine({
          code: ind.code,
          kind: 'indicator',
          label: ind.label,
          unit: ind.unit,
          intervalKind: hasShareInterval(ind) ? 'share' : null,
          now: f && { ...f, interval: indicatorInterval(ind, f) },
          baseline: {
            numerator: base.numerator,
            denominator: base.denominator,
            value: base.value,
            hidden: false,
          },
          yearEarlier:
            earlier && earlierPeriod
              ? { period: earlierPeriod, figure: earlier.indicators[ind.code] }
              : undefined,
          reference: referenceFor(ind.code, period, span),
        }),
      );
    }
  }
  return { period, yearEarlier: yearEarlier?.period ?? null, lines };
}
