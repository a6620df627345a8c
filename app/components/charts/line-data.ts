/**
 * What a line chart draws, shaped from the series as the server computed them (no recharts here,
 * so pages and tests can use it without loading the chart code):
 *
 * - a row per category with each line's value, its 95 % band as [lower, upper] where the point has
 *   an interval, and an error bar [value − lower, upper − value] where the band has no neighbour
 *   to run to (a single point cannot make an area);
 * - the hidden values: a marker per line and category at the chart's base line, never at the value
 *   (a hidden value has none to show), stacked upwards when several lines are hidden at once.
 *
 * A hidden or unknown point has neither a band nor an error bar: a band never spans it.
 */
import type { MissingReason } from '#app/domain/disclosure';

/** A point's interval in the line's own unit (as figure-intervals.ts gives it). */
export interface PointInterval {
  lower: number;
  upper: number;
}

export interface LineSeries {
  key: string;
  label: string;
  colour: string;
  /** 0 = solid; once the palette repeats, dashes tell lines apart */
  pattern: number;
  values: readonly (number | null)[];
  /** why a value is absent, per category: 'hidden' gets a marker, unknown and partial a plain gap */
  missing?: readonly (MissingReason | null | undefined)[];
  /** the 95 % interval of each point, where it has one */
  intervals?: readonly (PointInterval | null | undefined)[];
}

export type ChartRow = Record<string, string | number | null | [number, number]>;

export const bandKey = (key: string) => `${key}__band`;
export const errorKey = (key: string) => `${key}__error`;

/** The interval drawn at one point: only for a shown value, never for a hidden or unknown one. */
export function bandAt(s: LineSeries, i: number): PointInterval | null {
  const value = s.values[i];
  const interval = s.intervals?.[i];
  if (value === null || value === undefined || !interval || s.missing?.[i]) return null;
  if (!Number.isFinite(interval.lower) || !Number.isFinite(interval.upper)) return null;
  return { lower: interval.lower, upper: interval.upper };
}

/** Whether any point of any series has an interval to draw (then the legend names the band). */
export function hasBands(series: readonly LineSeries[]): boolean {
  return series.some((s) => s.values.some((_, i) => bandAt(s, i) !== null));
}

/** The rows recharts draws: values, bands and the error bars of isolated points. */
export function lineChartRows(categories: readonly string[], series: readonly LineSeries[]): ChartRow[] {
  return categories.map((category, i) => {
    const row: ChartRow = { category };
    for (const s of series) {
      const value = s.values[i] ?? null;
      row[s.key] = value;
      const band = bandAt(s, i);
      row[bandKey(s.key)] = band ? [band.lower, band.upper] : null;
      const isolated = band && !bandAt(s, i - 1) && !bandAt(s, i + 1);
      row[errorKey(s.key)] =
        isolated && value !== null
          ? [Math.max(0, value - band.lower), Math.max(0, band.upper - value)]
          : null;
    }
    return row;
  });
}

export interface HiddenMarker {
  category: string;
  key: string;
  label: string;
  colour: string;
  /** 0 at the base line, 1 above it … when several lines are hidden in one category */
  slot: number;
}

/** The hidden values' markers, per category in the series' order. */
export function hiddenMarkers(categories: readonly string[], series: readonly LineSeries[]): HiddenMarker[] {
  const out: HiddenMarker[] = [];
  categories.forEach((category, i) => {
    let slot = 0;
    for (const s of series) {
      if (s.missing?.[i] !== 'hidden' || s.values[i] != null) continue;
      out.push({ category, key: s.key, label: s.label, colour: s.colour, slot: slot++ });
    }
  });
  return out;
}

/** Which kinds of absent value the chart has, so the legend explains only what is drawn. */
export function absentKinds(series: readonly LineSeries[]): { hidden: boolean; unknown: boolean } {
  let hidden = false;
  let unknown = false;
  for (const s of series)
    s.values.forEach((v, i) => {
      if (v !== null && v !== undefined) return;
      if (s.missing?.[i] === 'hidden') hidden = true;
      else if (s.missing?.[i]) unknown = true;
    });
  return { hidden, unknown };
}
