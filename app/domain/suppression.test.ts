import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  DEFAULT_THRESHOLDS as T,
  HIDDEN_COUNT,
  showFigureSet,
  type FigureCell,
  type FigureSet,
  type ShownFigure,
} from './suppression';

const COUNTS = { numerator: true, denominator: true };
const fig = (numerator: number | null, denominator: number | null, parts = COUNTS): FigureCell => ({
  numerator,
  denominator,
  value: numerator !== null && denominator ? (numerator / denominator) * 100 : null,
  score: numerator !== null && denominator ? 50 : null,
  countParts: parts,
});
const one = (f: FigureCell, t = T) =>
  showFigureSet({ regions: [{ f }], total: null, counts: [] }, t).regions[0].f;
const counts = (values: (number | null)[], t = T) =>
  showFigureSet({ regions: [], total: null, counts: values.map((value) => ({ value, isCount: true })) }, t)
    .counts;
/** Regions of one indicator `a` with their programme total (Σ over the regions with both parts known). */
function column(regions: [number | null, number | null][]): FigureSet {
  const known = regions.filter(([n, d]) => n !== null && d !== null) as [number, number][];
  return {
    regions: regions.map(([n, d]) => ({ a: fig(n, d) })),
    total: {
      a: fig(
        known.reduce((s, [n]) => s + n, 0),
        known.reduce((s, [, d]) => s + d, 0),
      ),
    },
    counts: [],
  };
}

describe('primary suppression', () => {
  test('counts 1 to 4 are shown as <5; 0, 5 and unknown are shown as they are', () => {
    expect(counts([0, 1, 4, 5, null])).toEqual([0, '<5', '<5', 5, null]);
  });

  test('the thresholds come from the settings', () => {
    expect(counts([6], { smallCount: 10, smallDenominator: 10 })).toEqual(['<10']);
  });

  test('a value that is not a count (days, FTE) is never suppressed', () => {
    const set = { regions: [], total: null, counts: [{ value: 3, isCount: false }] };
    expect(showFigureSet(set, T).counts).toEqual([3]);
  });

  test('a value whose denominator is below 10 is hidden, and its numerator with it (9 of 9 is 100 %)', () => {
    expect(one(fig(9, 9))).toEqual({
      numerator: HIDDEN_COUNT,
      denominator: 9,
      value: null,
      score: null,
      hidden: true,
    });
    expect(one(fig(6, 10))).toEqual({ numerator: 6, denominator: 10, value: 60, score: 50, hidden: false });
  });

  test('a value is hidden when its numerator is <5 (7.2 % × 55.6 FTE would give 4)', () => {
    const f = one({
      numerator: 4,
      denominator: 55.6,
      value: 7.2,
      score: 30,
      countParts: { numerator: true, denominator: false },
    });
    expect(f).toEqual({ numerator: '<5', denominator: 55.6, value: null, score: null, hidden: true });
    expect(one(fig(3, 500))).toMatchObject({ numerator: '<5', denominator: 500, value: null, hidden: true });
  });

  test('a denominator that is not a count (FTE) neither hides the value nor becomes <5', () => {
    const f = one({
      numerator: 40,
      denominator: 3.5,
      value: 11.4,
      score: 100,
      countParts: { numerator: true, denominator: false },
    });
    expect(f).toEqual({ numerator: 40, denominator: 3.5, value: 11.4, score: 100, hidden: false });
  });

  test('a rate per 10,000 children is hidden with a count of 1–4, whatever its population', () => {
    const rate = { countParts: { numerator: true, denominator: false }, rate: true as const, score: null };
    // 3 placements over 7,500 child-years: 4 per 10,000 would give the 3 back
    expect(one({ ...rate, numerator: 3, denominator: 7_500, value: 4 })).toEqual({
      numerator: '<5',
      denominator: 7_500,
      value: null,
      score: null,
      hidden: true,
    });
    expect(one({ ...rate, numerator: 5, denominator: 7_500, value: 6.67 })).toMatchObject({
      value: 6.67,
      hidden: false,
    });
    expect(one({ ...rate, numerator: 0, denominator: 7_500, value: 0 })).toMatchObject({
      value: 0,
      hidden: false,
    });
  });

  test('parts hidden elsewhere (a year hides what its quarters hide) hide the value', () => {
    const f = one({ ...fig(40, 80), forced: { numerator: true, denominator: false } });
    expect(f).toMatchObject({ numerator: HIDDEN_COUNT, denominator: 80, value: null, hidden: true });
  });
});

describe('complementary suppression', () => {
  test('total minus the regions shown: the next-smallest region cell is hidden too, the total stays', () => {
    // legal aid: 48 − (17 + 12 + 8 + 7) = 4 would give the second region's numerator
    const shown = showFigureSet(
      column([
        [17, 23],
        [4, 17],
        [12, 16],
        [8, 11],
        [7, 12],
      ]),
      T,
    );
    expect(shown.regions.map((r) => r.a.numerator)).toEqual([17, '<5', 12, 8, HIDDEN_COUNT]);
    expect(shown.regions[4].a).toMatchObject({ denominator: 12, value: null, hidden: true });
    expect(shown.total!.a).toMatchObject({ numerator: 48, denominator: 79, hidden: false });
  });

  test('a region without data is left out of the total and is no help', () => {
    const shown = showFigureSet(
      column([
        [20, 30],
        [null, null],
        [3, 12],
        [30, 40],
      ]),
      T,
    );
    expect(shown.regions.map((r) => r.a.numerator)).toEqual([HIDDEN_COUNT, null, '<5', 30]);
  });

  test('<5 is 1 to 4: three <5 cells summing to 12 are all 4, so a fourth cell is hidden', () => {
    const shown = showFigureSet(
      column([
        [4, 4],
        [4, 4],
        [4, 4],
        [5, 5],
        [9, 12],
      ]),
      T,
    );
    const d = shown.regions.map((r) => r.a.denominator);
    expect(d.slice(0, 3)).toEqual(['<5', '<5', '<5']);
    expect(d.filter((x) => x === HIDDEN_COUNT)).toHaveLength(1);
  });

  test('x is 0 or at least 5: x + <5 = 6 would give 5 and 1, so a third cell is hidden', () => {
    const shown = showFigureSet(
      column([
        [1, 20],
        [5, 20],
        [30, 40],
        [40, 50],
      ]),
      T,
    );
    expect(shown.regions.map((r) => r.a.numerator)).toEqual(['<5', HIDDEN_COUNT, HIDDEN_COUNT, 40]);
    expect(shown.total!.a.numerator).toBe(76);
  });

  test('an element shown beside the figure it makes up is hidden with it (case flow, value export)', () => {
    const set: FigureSet = {
      regions: [{ a: fig(9, 9) }],
      total: null,
      counts: [],
      elements: [{ reviewed: { value: 9, isCount: true }, filed: { value: 9, isCount: true } }],
      links: [
        { key: 'a', part: 'numerator', terms: [{ element: 'reviewed', sign: 1 }] },
        { key: 'a', part: 'denominator', terms: [{ element: 'filed', sign: 1 }] },
      ],
    };
    expect(showFigureSet(set, T).elements).toEqual([{ reviewed: HIDDEN_COUNT, filed: 9 }]);
  });

  test('a sum of elements minus the shown ones: one more element is hidden', () => {
    // triage: 13 in total = 4 + 4 + 5; with 5 shown, 13 − 5 = 8 = 4 + 4 would give both <5 cells
    const set: FigureSet = {
      regions: [{ a: fig(10, 13) }],
      total: null,
      counts: [],
      elements: [
        { s: { value: 4, isCount: true }, c: { value: 4, isCount: true }, m: { value: 5, isCount: true } },
      ],
      links: [
        {
          key: 'a',
          part: 'denominator',
          terms: ['s', 'c', 'm'].map((element) => ({ element, sign: 1 as const })),
        },
      ],
    };
    const e = showFigureSet(set, T).elements[0];
    expect(e).toEqual({ s: '<5', c: '<5', m: HIDDEN_COUNT });
  });

  test('a link that the numbers do not satisfy is not used', () => {
    const set: FigureSet = {
      regions: [{ a: fig(20, 40) }],
      total: null,
      counts: [],
      elements: [{ x: { value: 3, isCount: true } }],
      links: [{ key: 'a', part: 'numerator', terms: [{ element: 'x', sign: 1 }] }],
    };
    expect(showFigureSet(set, T).regions[0].a.numerator).toBe(20);
  });

  test('random columns: no shown value beside a hidden part, never one hidden cell in a sum, no sum pinned by <5 bounds', () => {
    const cell = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 30 }));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell, fc.integer({ min: 0, max: 40 })), { minLength: 2, maxLength: 7 }),
        (rows) => {
          const regions = rows.map(([n, d]) => [
            n === null ? null : Math.min(n, d),
            n === null ? null : d,
          ]) as [number | null, number | null][];
          const shown = showFigureSet(column(regions), T);
          const all = [...shown.regions.map((r) => r.a), shown.total!.a];
          for (const f of all)
            if (f.value !== null)
              expect([f.numerator, f.denominator].every((x) => typeof x === 'number')).toBe(true);
          const included = regions.map(([n, d]) => n !== null && d !== null);
          for (const part of ['numerator', 'denominator'] as const) {
            const total = shown.total!.a[part];
            if (typeof total !== 'number') continue;
            const cells = shown.regions
              .filter((_, i) => included[i])
              .map((r: Record<string, ShownFigure>) => r.a[part]);
            const hidden = cells.filter((x) => typeof x === 'string');
            expect(hidden.length).not.toBe(1);
            if (hidden.length > 0 && hidden.every((x) => x === '<5')) {
              const rest = total - cells.reduce<number>((s, x) => s + (typeof x === 'number' ? x : 0), 0);
              expect(rest).not.toBe(hidden.length);
              expect(rest).not.toBe(hidden.length * 4);
            }
          }
        },
      ),
      { seed: 42, numRuns: 500 },
    );
  });
});

describe('exact figures', () => {
  test('without thresholds (managers, coordinators) every figure and count is exact', () => {
    const set: FigureSet = {
      regions: [{ a: fig(2, 3) }],
      total: { a: fig(2, 3) },
      counts: [{ value: 2, isCount: true }],
      elements: [{ x: { value: 2, isCount: true } }],
    };
    const shown = showFigureSet(set, null);
    expect(shown.regions[0].a).toMatchObject({ numerator: 2, denominator: 3, hidden: false });
    expect(shown.regions[0].a.value).toBeCloseTo(66.67, 2);
    expect(shown.counts).toEqual([2]);
    expect(shown.elements).toEqual([{ x: 2 }]);
  });
});
