/**
 * "Voor en na" of one experiment (domain/experiment-effect.ts): per indicator or outcome rate it
 * names, the region's pooled figure before and after the start beside the pool of regions without
 * a running experiment on it, and the difference-in-differences with its 95 % interval. The figures
 * come from queryRegionBuckets as this viewer may see them: months for exact viewers, the rounded
 * quarter cells for reviewers (no single month is disclosed), so a reviewer's comparison is made of
 * approved, rounded figures only.
 */
import { bucketOf, bucketRange, lastEndedQuarter, type RegionBucket } from '#app/domain/aggregation';
import {
  computeEffect,
  effectWindow,
  markersFor,
  poolCandidates,
  type Effect,
  type EffectTarget,
  type ExperimentMarker,
} from '#app/domain/experiment-effect';
import { effectTarget, targetLabel, targetUnit } from '#app/domain/effect-targets';
import type { Text } from '#app/domain/lang';
import { addMonths, lastEndedPeriod } from '#app/domain/periods';
import { didInterval, type Interval } from '#app/domain/effect-interval';
import {
  computeExperienceEffect,
  experienceEffectWindow,
  itemCadence,
  periodIndexOfDate,
  periodMonths,
  type ExperienceEffect,
} from '#app/domain/experience-effect';
import { getExperienceItem, periodFromIndex, periodIndex } from '#app/domain/experience-items';
import { loadMonthBuckets, queryRegionBuckets, type FigureQuery } from './figures.server';
import { cachedFigures } from './figures-cache.server';
import { listRegions } from './regions.server';
import { viewerThresholds, type Viewer } from './viewer.server';
import { populationEntriesOf } from './population-in-scope.server';
import { SOURCES } from './figure-sources.server';

export interface IndicatorEffect {
  code: string;
  /** its name in both languages, its unit, and whether it is an indicator or an outcome rate */
  label: Text;
  unit: ReturnType<typeof targetUnit>;
  kind: EffectTarget['kind'];
  effect: Effect;
  /** the 95 % interval of the difference-in-differences (null: none, see intervalReason) */
  interval: Interval | null;
  intervalReason: 'noDid' | 'noCounts' | null;
}

/** The last month of a period ending by `month`: the month itself, or for quarters the last whole quarter's end. */
function lastMonthBy(month: string, grain: 'month' | 'quarter'): string {
  if (grain === 'month') return month;
  const q = bucketRange(bucketOf(month, 'quarter'));
  return q.to === month ? month : addMonths(q.from, -1);
}

/** What the before/after reads of an experiment: its region, dates and the targets it names. */
export interface EffectExperiment {
  regionId: number;
  startDate: string | null;
  endDate?: string | null;
  indicators: readonly string[];
}

type EffectsResult = { window: ReturnType<typeof effectWindow>; effects: IndicatorEffect[] };

/** The months an experiment's comparison can read: the window up to the last ended period. */
function firstWindow(viewer: Viewer, experiment: EffectExperiment, today: Date) {
  const grain = viewer.suppress ? 'quarter' : 'month';
  const ended = viewer.suppress ? bucketRange(lastEndedQuarter(today)).to : lastEndedPeriod(today);
  // "after" is the time the experiment ran: it stops with its end (a reviewer: its last whole quarter)
  const end = experiment.endDate ? lastMonthBy(experiment.endDate.slice(0, 7), grain) : null;
  const last = end && end < ended ? end : ended;
  return { grain, last, window: effectWindow(experiment.startDate, last, grain) } as const;
}

/**
 * The comparison for each target the experiment names (none without a start date), kept at the
 * current figures version (issue 23's page computed two years of months of every region per view):
 * it is made of the months of its first window (the window up to the last ended period, which holds
 * the shorter window of a region not yet reported), so a save of another month keeps it, and a save
 * of one of its months recomputes it from the months kept per month (loadMonthBuckets). Any other
 * write (the registers, a region, its children in scope, the thresholds) recomputes it. Read-only.
 */
export function loadExperimentEffects(
  viewer: Viewer,
  experiment: EffectExperiment,
  today: Date = new Date(),
): EffectsResult {
  const { last, window } = firstWindow(viewer, experiment, today);
  if (!window) return { window, effects: [] };
  const key = JSON.stringify([
    viewer.visibility,
    viewer.suppress,
    experiment.regionId,
    experiment.startDate,
    experiment.endDate ?? null,
    experiment.indicators,
    last,
  ]);
  return cachedFigures(
    `experiment-effects|${key}`,
    () =>
      computeExperimentEffects(viewer, experiment, today, (q) =>
        q.grain === 'month'
          ? loadMonthBuckets(q.viewer, q.from, q.to, q.regionIds ?? [])
          : queryRegionBuckets(q),
      ),
    { from: window.before.from, to: window.after?.to ?? window.before.to },
  );
}

/**
 * The comparison computed from the database, bypassing the cache (loadExperimentEffects; the tests).
 * `read`: where the units come from (queryRegionBuckets, or the months kept per month).
 */
export function computeExperimentEffects(
  viewer: Viewer,
  experiment: EffectExperiment,
  today: Date = new Date(),
  read: (q: FigureQuery) => RegionBucket[] = queryRegionBuckets,
): EffectsResult {
  const { grain, last, window: first } = firstWindow(viewer, experiment, today);
  const targets = experiment.indicators
    .map((c) => effectTarget(c))
    .filter((t): t is EffectTarget => t !== undefined);
  if (!first || targets.length === 0) return { window: first, effects: [] };
  const regions = listRegions();
  const ids = regions.map((r) => r.id);
  const units = new Map<number, RegionBucket[]>(ids.map((id) => [id, []]));
  for (const row of read({
    viewer,
    from: first.before.from,
    to: first.after?.to ?? first.before.to,
    grain,
    regionIds: ids,
  }))
    units.get(row.regionId)?.push(row);
  // "after" runs to the region's last month with figures: a month not yet reported is not unknown
  const perUnit = grain === 'quarter' ? 3 : 1;
  const seen = (units.get(experiment.regionId) ?? [])
    .filter((u) => u.months >= perUnit && u.elements.size > 0)
    .map((u) => bucketRange(u.bucket).to)
    .sort();
  const lastSeen = seen[seen.length - 1];
  const window = lastSeen && lastSeen < last ? effectWindow(experiment.startDate, lastSeen, grain)! : first;
  const span = { from: window.before.from, to: window.after?.to ?? window.before.to };
  // the children the rates use: CBS's where it covers the scope, the typed scope otherwise (as every rate)
  const scopes = populationEntriesOf(ids);
  const spans = SOURCES.registers.experimentSpans();
  const thresholds = viewerThresholds(viewer);
  const effects = targets.map((target): IndicatorEffect => {
    const effect = computeEffect({
      target,
      window,
      regionId: experiment.regionId,
      candidates: poolCandidates(regions, experiment.regionId, spans, target.code, span),
      units,
      scopes,
      thresholds,
    });
    const interval = didInterval(target, effect);
    return {
      code: target.code,
      label: { nl: targetLabel(target.code, 'nl'), en: targetLabel(target.code, 'en') },
      unit: targetUnit(target.code),
      kind: target.kind,
      effect,
      interval,
      intervalReason: interval ? null : effect.differenceInDifferences === null ? 'noDid' : 'noCounts',
    };
  });
  return { window, effects };
}

/**
 * The starts and ends of the experiments (of these regions) that name the indicator, placed on a
 * chart's categories. The registers are readable by every programme role, so no figure scope applies.
 */
export function listExperimentMarkers({
  indicatorCode,
  regionIds,
  categories,
}: {
  indicatorCode: string;
  regionIds: readonly number[];
  categories: readonly string[];
}): ExperimentMarker[] {
  return markersFor(SOURCES.registers.experimentsNaming(indicatorCode, regionIds), categories);
}

/**
 * The before/after of each experience item the experiment names (issue 25): per quarter (per
 * half-year for professionals), from the experience counts this viewer may see (approved periods
 * and rounded counts for reviewers). "After" stops with the experiment's end.
 */
export function loadExperienceEffects(
  viewer: Viewer,
  experiment: EffectExperiment,
): (ExperienceEffect & { label: Text })[] {
  const items = experiment.indicators.filter((c) => getExperienceItem(c));
  if (!experiment.startDate || items.length === 0) return [];
  const cells = SOURCES.experience.cells({ viewer });
  const regions = listRegions();
  const spans = SOURCES.registers.experimentSpans();
  return items.flatMap((item) => {
    const cadence = itemCadence(item);
    const groups = new Set(getExperienceItem(item)!.groups);
    const own = cells.filter((c) => groups.has(c.group));
    if (!cadence || own.length === 0) return [];
    // the last period with figures; "after" stops with the period holding the experiment's end
    let last = Math.max(...own.map((c) => periodIndex(c.period)));
    if (experiment.endDate) last = Math.min(last, periodIndexOfDate(experiment.endDate, cadence));
    const window = experienceEffectWindow(experiment.startDate!, periodFromIndex(last, cadence), cadence);
    const span = {
      from: periodMonths(periodIndex(window.before.from), cadence).from,
      to: periodMonths(periodIndex(window.after?.to ?? window.before.to), cadence).to,
    };
    const effect = computeExperienceEffect({
      item,
      window,
      regionId: experiment.regionId,
      candidates: poolCandidates(regions, experiment.regionId, spans, item, span),
      cells: own,
      rounded: viewer.suppress,
    });
    return [{ ...effect, label: getExperienceItem(item)!.label }];
  });
}
