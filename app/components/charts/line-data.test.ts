import { describe, expect, test } from 'vitest';
import {
  absentKinds,
  bandKey,
  errorKey,
  hasBands,
  hiddenMarkers,
  lineChartRows,
  type LineSeries,
} from './line-data';

const categories = ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'];

const a: LineSeries = {
  key: 'a',
  label: 'Regio A',
  colour: '#332288',
  pattern: 0,
  values: [40, 50, null, 60],
  missing: [null, null, 'hidden', null],
  // the hidden quarter's interval must never be drawn, even if one were given
  intervals: [
    { lower: 30.5, upper: 50.1 },
    { lower: 41, upper: 59 },
    { lower: 1, upper: 99 },
    { lower: 48.25, upper: 70.5 },
  ],
};
const b: LineSeries = {
  key: 'b',
  label: 'Regio B',
  colour: '#117733',
  pattern: 1,
  values: [null, 20, null, null],
  missing: ['unknown', null, 'hidden', 'partial'],
  intervals: [null, { lower: 12, upper: 31 }, null, null],
};

describe('line chart data: bands, error bars and hidden markers (#22, #23)', () => {
  test('a band at each shown point with an interval, an error bar where the band has no neighbour', () => {
    const rows = lineChartRows(categories, [a, b]);
    expect(rows.map((r) => r[bandKey('a')])).toEqual([[30.5, 50.1], [41, 59], null, [48.25, 70.5]]);
    // Q1–Q2 make an area; Q4 stands alone between a hidden quarter and the end: an error bar
    expect(rows.map((r) => r[errorKey('a')])).toEqual([null, null, null, [11.75, 10.5]]);
    expect(rows.map((r) => r.a)).toEqual([40, 50, null, 60]);
    // Regio B: one shown point between unknown and hidden ones
    expect(rows.map((r) => r[bandKey('b')])).toEqual([null, [12, 31], null, null]);
    expect(rows.map((r) => r[errorKey('b')])).toEqual([null, [8, 11], null, null]);
    expect(rows.map((r) => r.category)).toEqual(categories);
  });

  test('a band never spans a hidden or unknown point', () => {
    const rows = lineChartRows(categories, [a, b]);
    expect(rows[2][bandKey('a')]).toBeNull();
    expect(rows[2][errorKey('a')]).toBeNull();
    expect(rows[0][bandKey('b')]).toBeNull();
    expect(rows[3][bandKey('b')]).toBeNull();
  });

  test('hidden values get a marker each, stacked per category; unknown and partial get none', () => {
    expect(hiddenMarkers(categories, [a, b])).toEqual([
      { category: '2026-Q3', key: 'a', label: 'Regio A', colour: '#332288', slot: 0 },
      { category: '2026-Q3', key: 'b', label: 'Regio B', colour: '#117733', slot: 1 },
    ]);
    expect(hiddenMarkers(categories, [b])).toEqual([
      { category: '2026-Q3', key: 'b', label: 'Regio B', colour: '#117733', slot: 0 },
    ]);
  });

  test('the legend explains only what is drawn', () => {
    expect(absentKinds([a])).toEqual({ hidden: true, unknown: false });
    expect(absentKinds([b])).toEqual({ hidden: true, unknown: true });
    const plain: LineSeries = { key: 'c', label: 'C', colour: '#000', pattern: 0, values: [1, null] };
    expect(absentKinds([plain])).toEqual({ hidden: false, unknown: false });
    expect(hasBands([plain])).toBe(false);
    expect(hasBands([a])).toBe(true);
    // a series whose only interval sits on a hidden point has no band
    expect(hasBands([{ ...a, intervals: [null, null, { lower: 1, upper: 2 }, null] }])).toBe(false);
  });
});
