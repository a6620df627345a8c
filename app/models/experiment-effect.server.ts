/**
 * "Voor en na" of one experiment: per indicator it names, the region's quarterly figures around the
 * start beside a reference (app/domain/experiment-effect.ts). The figures come from the scorecards as
 * this viewer may see them (viewer.server.ts: scope and suppression), so a reviewer's comparison is
 * made of approved, suppressed figures only.
 */
import { lastEndedQuarter } from '#app/domain/aggregation';
import {
  computeEffect,
  effectWindow,
  markersFor,
  type Effect,
  type ExperimentMarker,
  type QuarterFigure,
} from '#app/domain/experiment-effect';
import { getIndicator } from '#app/domain/indicators';
import type { ScoreRow } from '#app/domain/scorecard';
import { SOURCES } from './figure-sources.server';
import { loadScorecards } from './figures.server';
import { referenceLinesFor } from './references.server';
import { listRegions } from './regions.server';
import type { Viewer } from './viewer.server';

export type EffectReferenceInfo =
  | { kind: 'series'; label: string; source: string; sourceTable: string; retrievedOn: string }
  | { kind: 'regions'; regions: { id: number; name: string }[] };

export interface IndicatorEffect {
  code: string;
  reference: EffectReferenceInfo;
  effect: Effect;
}

function figureOf(row: ScoreRow | undefined, code: string): QuarterFigure | undefined {
  const f = row?.indicators[code];
  if (!row || !f) return undefined;
  return {
    months: row.months,
    numerator: f.numerator,
    denominator: f.denominator,
    value: f.value,
    hidden: f.hidden,
  };
}

/** The comparison for each indicator the experiment names (none without a start date). */
export function loadExperimentEffects(
  viewer: Viewer,
  experiment: { regionId: number; startDate: string | null; indicators: readonly string[] },
  today: Date = new Date(),
): { window: ReturnType<typeof effectWindow>; effects: IndicatorEffect[] } {
  const window = effectWindow(experiment.startDate, lastEndedQuarter(today));
  const codes = experiment.indicators.filter((c) => getIndicator(c));
  if (window.length === 0 || codes.length === 0) return { window, effects: [] };
  const regions = listRegions();
  const quarters = window.map((w) => w.quarter);
  const cards = loadScorecards(
    viewer,
    quarters,
    regions.map((r) => r.id),
  );
  const rowOf = (regionId: number, i: number) => cards[i].regions.find((r) => r.regionId === regionId);
  const effects = codes.map((code): IndicatorEffect => {
    const indicator = getIndicator(code)!;
    const region = quarters.map((_, i) => figureOf(rowOf(experiment.regionId, i), code));
    const series = referenceLinesFor({ indicatorCode: code, periods: quarters })[0];
    if (series) {
      const { label, source, sourceTable, retrievedOn } = series;
      return {
        code,
        reference: { kind: 'series', label, source, sourceTable, retrievedOn },
        effect: computeEffect({
          indicator,
          window,
          region,
          reference: { kind: 'series', values: series.values },
        }),
      };
    }
    const linked = SOURCES.registers.regionsWithExperimentNaming(code);
    const pool = regions.filter((r) => r.id !== experiment.regionId && !linked.has(r.id));
    return {
      code,
      reference: { kind: 'regions', regions: pool.map((r) => ({ id: r.id, name: r.name })) },
      effect: computeEffect({
        indicator,
        window,
        region,
        reference: {
          kind: 'regions',
          regions: pool.map((r) => ({
            regionId: r.id,
            figures: quarters.map((_, i) => figureOf(rowOf(r.id, i), code)),
          })),
        },
      }),
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
  const rows = SOURCES.registers.experimentsNaming(indicatorCode, regionIds);
  return markersFor(rows, categories);
}
