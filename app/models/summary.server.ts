/**
 * "The answer first" (issue 23): the summary that heads the progress report and the reviewer's and
 * manager's start pages. Per outcome (from the outcomes block) and per indicator an experiment
 * names (from the scorecards): the programme total now, against the baseline and against the same
 * quarter a year earlier, with intervals computed from the figures as this viewer sees them, and a
 * comparison group only where a reference series of the same figure is stored.
 */
import { sql } from 'drizzle-orm';
import { bucketRange, bucketsBetween, grainOf } from '#app/domain/aggregation';
import { getIndicator, type Indicator } from '#app/domain/indicators';
import { OUTCOMES, outcomeUnit } from '#app/domain/outcomes';
import {
  hasShareInterval,
  indicatorInterval,
  rateInterval,
  shareInterval,
} from '#app/domain/figure-intervals';
import {
  buildSummaryLine,
  type SummaryInput,
  type SummaryLeftOut,
  type SummaryLine,
} from '#app/domain/summary';
import type { MatchedChange, MatchedLeftOut } from '#app/domain/baseline-coverage';
import { getDb } from '#app/utils/db.server';
import { loadIndicatorBaselines } from './baseline.server';
import { loadScorecard } from './figures.server';
import { loadOutcomeBlock, outcomeBlockMonths, type OutcomeBlock } from './outcomes.server';
import { cachedFigures } from './figures-cache.server';
import { addMonths } from '#app/domain/periods';
import { referenceLinesOf } from './references.server';
import { CBS_MEASURES, CBS_TABLES } from '#app/domain/cbs-catalogue';
import { baselineOf, listRegions } from './regions.server';
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
 * The first stored reference series of each indicator, its value in the period (or the mean of the
 * period's quarters) and its mean over the whole quarters from the earliest baseline month to the
 * latest: a comparison group's own change. No entry: no series stored. One read for all of them.
 */
function referencesFor(
  indicatorCodes: readonly string[],
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
  const lines = referenceLinesOf({ indicatorCodes, periods });
  const out = new Map<string, NonNullable<SummaryInput['reference']>>();
  for (const [code, [line]] of lines) {
    if (!line) continue;
    const at = (p: string) => line.values[periods.indexOf(p)] ?? null;
    out.set(code, {
      label: line.label,
      source: line.source,
      now: at(period) ?? mean(periodQuarters.map(at)),
      baseline: baseQuarters.length > 0 ? mean(baseQuarters.map(at)) : null,
    });
  }
  return out;
}

/** The pooled sides of a like-with-like change as the parts an interval needs. */
function matchedSides(
  parts: MatchedChange['parts'] | undefined,
  now: number | null,
  baseline: number | null,
): { now: ShownPartsLike | undefined; baseline: ShownPartsLike | undefined } {
  return parts
    ? { now: { ...parts.now, value: now }, baseline: { ...parts.baseline, value: baseline } }
    : { now: undefined, baseline: undefined };
}
type ShownPartsLike = { numerator: number; denominator: number; value: number | null };

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
 * The summary for a period and regions, kept at the current figures version and shared by every
 * page that shows it: the progress report and the managers' and reviewers' start pages ask for the
 * same one (the publication's, of all regions), which took most of a start page's time when it was
 * computed per view. It is made of the outcomes block's months (the trend, each region's baseline
 * and follow-up), the scorecards of the period and of the same period a year earlier (inside the
 * trend) and each region's baseline of the indicators experiments name (shifted by a cohort's
 * follow-up), so a save of another month keeps it. Any other write (the registers, which name the
 * indicators; a region; the references) recomputes it. `block`: the outcomes block already loaded
 * for the same viewer, period and regions (the progress report has it; it is the one kept in the
 * cache, so the summary is the same with or without it). Treat as read-only.
 */
export function loadSummary(
  viewer: Viewer,
  period: string,
  regionIds: readonly number[],
  block?: OutcomeBlock,
): Summary {
  const indicators = experimentIndicators();
  const months = outcomeBlockMonths(period, regionIds);
  const follows = new Set(indicators.map((i) => i.followUpMonths ?? 0));
  for (const r of listRegions())
    if (regionIds.includes(r.id))
      for (const f of follows) {
        const own = baselineOf(r);
        months.push({ from: addMonths(own.from, f), to: addMonths(own.to, f) });
      }
  const key = JSON.stringify([
    viewer.visibility,
    viewer.suppress,
    period,
    regionIds,
    indicators.map((i) => i.code),
    new Date().toISOString().slice(0, 10),
  ]);
  const parts = cachedFigures(`summary|${key}`, () => summaryParts(viewer, period, regionIds, block), months);
  return summaryOf(period, parts);
}

/**
 * A line's comparison group: a stored reference series of an indicator, read per view (the
 * reference tables are not among the figures' sources, so nothing read from them may be kept in
 * the figures cache), or the CBS reference the outcomes block holds.
 */
type ReferenceOf =
  { kind: 'series'; indicatorCode: string } | { kind: 'cbs'; reference: SummaryInput['reference'] };

/** What the summary's lines are made of, but for the reference series (see loadSummary). */
interface SummaryParts {
  yearEarlier: string | null;
  /** from the earliest to the latest baseline month of the regions (a series' baseline) */
  span: { from: string; to: string } | null;
  lines: { input: Omit<SummaryInput, 'reference'>; reference: ReferenceOf }[];
}

function summaryOf(period: string, parts: SummaryParts): Summary {
  const series = referencesFor(
    parts.lines.flatMap(({ reference: r }) => (r.kind === 'series' ? [r.indicatorCode] : [])),
    period,
    parts.span,
  );
  return {
    period,
    yearEarlier: parts.yearEarlier,
    lines: parts.lines.map(({ input, reference }) =>
      buildSummaryLine({
        ...input,
        reference: reference.kind === 'series' ? series.get(reference.indicatorCode) : reference.reference,
      }),
    ),
  };
}

/** The summary computed from its parts, bypassing its own cache entry (loadSummary; the tests). */
export function computeSummary(
  viewer: Viewer,
  period: string,
  regionIds: readonly number[],
  block?: OutcomeBlock,
): Summary {
  return summaryOf(period, summaryParts(viewer, period, regionIds, block));
}

function summaryParts(
  viewer: Viewer,
  period: string,
  regionIds: readonly number[],
  block?: OutcomeBlock,
): SummaryParts {
  const outcomes = block ?? loadOutcomeBlock(viewer, period, regionIds);
  const { current, baseline, yearEarlier } = outcomes.totalFigures;
  const span =
    outcomes.baselines.length === 0
      ? null
      : {
          from: outcomes.baselines.reduce((m, b) => (b.from < m ? b.from : m), outcomes.baselines[0].from),
          to: outcomes.baselines.reduce((m, b) => (b.to > m ? b.to : m), outcomes.baselines[0].to),
        };
  const names = new Map(listRegions().map((r) => [r.id, r.name]));
  const named = (leftOut: readonly MatchedLeftOut[] | undefined): SummaryLeftOut[] =>
    (leftOut ?? []).map((o) => ({ ...o, name: names.get(o.regionId) ?? String(o.regionId) }));
  const lines: SummaryParts['lines'] = outcomes.codes.map((code) => {
    const unit = outcomeUnit(code);
    const now = current[code];
    const def = OUTCOMES.find((o) => o.code === code);
    // like with like: the total line of the outcomes block pools the regions known in both periods
    const totalLine = outcomes.total?.lines.find((l) => l.code === code);
    const input: SummaryParts['lines'][number]['input'] = {
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
      matched: totalLine
        ? {
            ...matchedSides(totalLine.baselineParts, totalLine.baselineNow ?? null, totalLine.baseline),
            leftOut: named(totalLine.baselineLeftOut),
          }
        : undefined,
    };
    const reference: ReferenceOf =
      def?.kind === 'share'
        ? { kind: 'series', indicatorCode: def.indicator }
        : { kind: 'cbs', reference: cbsReferenceFor(outcomes, code) };
    return { input, reference };
  });

  const indicators = experimentIndicators();
  if (indicators.length > 0) {
    const card = loadScorecard(viewer, period, regionIds);
    const now = card.total;
    const earlierPeriod = yearEarlier?.period ?? null;
    const earlier = earlierPeriod ? loadScorecard(viewer, earlierPeriod, regionIds).total : null;
    for (const ind of indicators) {
      // like with like: the programme now and at its baseline over the regions known in both
      const base = loadIndicatorBaselines(
        viewer,
        ind,
        regionIds,
        regionIds.map((id) => card.regions.find((row) => row.regionId === id)?.indicators[ind.code]),
      );
      const m = base.matched;
      const f = now.indicators[ind.code];
      lines.push({
        input: {
          code: ind.code,
          kind: 'indicator',
          label: ind.label,
          unit: ind.unit,
          intervalKind: hasShareInterval(ind) ? 'share' : null,
          now: f && { ...f, interval: indicatorInterval(ind, f) },
          baseline: {
            numerator: base.total.numerator,
            denominator: base.total.denominator,
            value: base.total.value,
            hidden: false,
          },
          matched: m ? { ...matchedSides(m.parts, m.now, m.baseline), leftOut: named(m.leftOut) } : undefined,
          yearEarlier:
            earlier && earlierPeriod
              ? { period: earlierPeriod, figure: earlier.indicators[ind.code] }
              : undefined,
        },
        reference: { kind: 'series', indicatorCode: ind.code },
      });
    }
  }
  return { yearEarlier: yearEarlier?.period ?? null, span, lines };
}
