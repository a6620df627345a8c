/**
 * Legend entries and line dashes: what the page needs of a chart before the chart code is there.
 * Kept apart from the recharts modules so that importing them does not load recharts (lazy.tsx).
 */
import type { LineSeries } from './line-chart';
import type { StackedSeries } from './stacked-bar-chart';

/** 0 = solid; once the palette repeats, dashes tell lines apart */
export const DASHES = ['', '6 3', '2 2', '8 3 2 3'];

/** The legend entries of a set of line series, in their order (the frame draws the legend). */
export function lineLegend(series: readonly Pick<LineSeries, 'label' | 'colour' | 'pattern'>[]) {
  return series.map((s) => ({
    label: s.label,
    colour: s.colour,
    kind: 'line' as const,
    dash: DASHES[s.pattern % DASHES.length],
  }));
}

/** Legend entries for stacked series, in their (status) order. */
export function boxLegend(series: readonly StackedSeries[]) {
  return series.map((s) => ({ label: s.label, colour: s.colour, kind: 'box' as const }));
}
