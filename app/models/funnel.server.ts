/**
 * The funnel plot of one indicator or outcome rate over one period (app/domain/funnel.ts), from the
 * figures the viewer may see: for a reviewer the rounded cells (numerator and denominator as
 * disclosed), a hidden region is not plotted and is named as hidden, and the centre line is the
 * total of the plotted regions only, so it says nothing about a hidden one.
 */
import { populationEntriesOf } from './population-in-scope.server';
import { bucketRange, grainOf, type Grain } from '#app/domain/aggregation';
import { buildOutcomes, getRateOutcome } from '#app/domain/outcomes';
import { getIndicator, type Indicator } from '#app/domain/indicators';
import { computeFunnel, type FunnelData, type FunnelKind } from '#app/domain/funnel';
import type { ShownFigure } from '#app/domain/disclosure';
import { loadScorecard, queryRegionBuckets } from './figures.server';

import { show } from './outcomes-shown.server';
import type { Viewer } from './viewer.server';

/** Which funnel an indicator has: a share (binomial) or a count per 100 (Poisson); null for the others. */
export function funnelKindOf(indicator: Indicator): { kind: FunnelKind; scale: number } | null {
  const f = indicator.formula;
  if (f.kind !== 'ratio') return null;
  if (indicator.unit === 'percent' && f.scale === 100 && f.stocks === 'level')
    return { kind: 'share', scale: 100 };
  // a count per 100 of a count; hours or families per FTE are no Poisson counts: no funnel
  if (indicator.unit === 'per100') return { kind: 'rate', scale: f.scale };
  return null;
}

function fromFigures(
  kind: FunnelKind,
  scale: number,
  unit: FunnelData['unit'],
  regionIds: readonly number[],
  figures: readonly (ShownFigure | undefined)[],
): FunnelData {
  const hidden: number[] = [];
  const unknown: number[] = [];
  const inputs: { id: number; numerator: number; size: number }[] = [];
  regionIds.forEach((id, k) => {
    const f = figures[k];
    if (f?.hidden) return void hidden.push(id);
    if (
      !f ||
      f.value === null ||
      typeof f.numerator !== 'number' ||
      typeof f.denominator !== 'number' ||
      !(f.denominator > 0)
    )
      return void unknown.push(id);
    if (kind === 'share' && f.numerator > f.denominator) return void unknown.push(id);
    inputs.push({ id, numerator: f.numerator, size: f.denominator });
  });
  return { kind, unit, funnel: computeFunnel(kind, inputs, scale), hidden, unknown };
}

/** The funnel of `what` (an indicator or a rate outcome) in `bucket`; null when it has none. */
export function loadFunnel(
  viewer: Viewer,
  what: string,
  bucket: string,
  regionIds: readonly number[],
): FunnelData | null {
  const indicator = getIndicator(what);
  if (indicator) {
    const k = funnelKindOf(indicator);
    if (!k) return null;
    const card = loadScorecard(viewer, bucket, regionIds);
    return fromFigures(
      k.kind,
      k.scale,
      indicator.unit === 'percent' ? 'percent' : indicator.unit === 'per100' ? 'per100' : 'rate',
      regionIds,
      card.regions.map((r) => r.indicators[indicator.code]),
    );
  }
  const rate = getRateOutcome(what);
  if (!rate) return null;
  const range = bucketRange(bucket);
  const rows = queryRegionBuckets({
    viewer,
    ...range,
    grain: (grainOf(bucket) ?? 'range') as Grain,
    regionIds,
  });
  const shown = show(
    viewer,
    buildOutcomes({
      regionIds,
      buckets: new Map(rows.map((r) => [r.regionId, r])),
      ranges: new Map(regionIds.map((id) => [id, range])),
      scopes: populationEntriesOf(regionIds),
    }),
  );
  // a rate per 10,000 children per year: count / child-years × 10,000, so a Poisson funnel over child-years
  // show() gives every figure with its denominator (here the child-years); Shown types only what the block reads
  const figures = shown.regions.map((r) => r?.[rate.code] as ShownFigure | undefined);
  return fromFigures('rate', 10_000, 'rate', regionIds, figures);
}
