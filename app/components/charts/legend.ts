/**
 * Legend entries and line dashes: what the page needs of a chart before the chart code is there.
 * Kept apart from the recharts modules so that importing them does not load recharts (lazy.tsx).
 */
import { charts } from '#app/i18n/charts';
import { useT } from '#app/i18n/use-t';
import type { LegendItem } from './chart-export';
import { absentKinds, hasBands, type LineSeries } from './line-data';
import type { StackedSeries } from './stacked-bar-chart';

/** 0 = solid; once the palette repeats, dashes tell lines apart */
export const DASHES = ['', '6 3', '2 2', '8 3 2 3'];

/** Experiment markers: a dark dotted vertical line (contrast well above 3:1 on white). */
export const MARKER_COLOUR = '#333333';
export const MARKER_DASH = '3 3';

/** Legend entries for chart markers (vertical lines), each saying in full what it marks. */
export function markerLegend(markers: readonly { legend: string }[]) {
  return markers.map((m) => ({
    label: m.legend,
    colour: MARKER_COLOUR,
    kind: 'marker' as const,
    dash: MARKER_DASH,
  }));
}

/** The legend entries of a set of line series, in their order (the frame draws the legend). */
export function lineLegend(series: readonly Pick<LineSeries, 'label' | 'colour' | 'pattern'>[]) {
  return series.map((s) => ({
    label: s.label,
    colour: s.colour,
    kind: 'line' as const,
    dash: DASHES[s.pattern % DASHES.length],
  }));
}

/** The colour of the legend's band and hidden-value swatches (the chart draws them in each line's colour). */
export const LEGEND_NEUTRAL = '#555555';

/**
 * A line chart's legend: its lines, then what else it draws — the 95 % band where a point has an
 * interval, the "×" of a hidden value and the plain gap of an unknown one — each only when drawn.
 */
export function useLineChartLegend(series: readonly LineSeries[]): LegendItem[] {
  const t = useT(charts);
  const absent = absentKinds(series);
  return [
    ...lineLegend(series),
    ...(hasBands(series)
      ? [{ label: t('intervalBand'), colour: LEGEND_NEUTRAL, kind: 'band' as const }]
      : []),
    ...(absent.hidden ? [{ label: t('hiddenMarker'), colour: LEGEND_NEUTRAL, kind: 'hidden' as const }] : []),
    ...(absent.unknown ? [{ label: t('unknownGap'), colour: LEGEND_NEUTRAL, kind: 'note' as const }] : []),
  ];
}

/** Legend entries for stacked series, in their (status) order. */
export function boxLegend(series: readonly StackedSeries[]) {
  return series.map((s) => ({ label: s.label, colour: s.colour, kind: 'box' as const }));
}
