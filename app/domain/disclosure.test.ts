import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { AggregatedElement, RegionBucket } from './aggregation';
import { DATA_ELEMENTS } from './catalogue';
import {
  DEFAULT_THRESHOLDS as T,
  HIDDEN_COUNT,
  combineDisclosed,
  discloseQuarters,
  roundCount,
  roundMean,
  showFigureSet,
  type DisclosedBuckets,
  type FigureCell,
} from './disclosure';
import { countParts, INDICATORS } from './indicators';
import { buildScorecard } from './scorecard';

const COUNTS = { numerator: true, denominator: true };
const fig = (numerator: number | null, denominator: number | null, parts = COUNTS): FigureCell => ({
  numerator,
  denominator,
  value: numerator !== null && denominator ? (numerator / denominator) * 100 : null,
  score: numerator !== null && denominator ? 50 : null,
  countParts: parts,
});
const one = (f: FigureCell) => showFigureSet({ regions: [{ f }], total: null, counts: [] }, T).regions[0].f;

const count = (sum: number | null): AggregatedElement => ({
  sum,
  level: sum,
  weightedSum: null,
  weightTotal: null,
});
const quarter = (
  regionId: number,
  q: string,
  values: Record<string, AggregatedElement>,
  months = 3,
): RegionBucket => ({
  regionId,
  bucket: q,
  months,
  provisional: false,
  lastPeriod: q.endsWith('Q4') ? `${q.slice(0, 4)}-12` : `${q.slice(0, 4)}-09`,
  elements: new Map(Object.entries(values)),
});

describe('rounding base cells', () => {
  test('counts are rounded to multiples of 5 the way CBS does: 0–2 → 0, 3–7 → 5, 8–12 → 10', () => {
    expect([0, 1, 2, 3, 4, 5, 7, 8, 12, 13, 102, 103].map((n) => roundCount(n))).toEqual([
      0, 0, 0, 5, 5, 5, 5, 10, 10, 15, 100, 105,
    ]);
  });

  test('a quarter rounds flows and levels, keeps unknown unknown and leaves FTE exact', () => {
    const [b] = discloseQuarters(
      [
        quarter(1, '2026-Q3', {
          signals_new: count(12),
          families_active_local: { sum: 31, level: 9, weightedSum: null, weightTotal: null },
          families_closed: count(null),
          fte_filled: count(12.4),
        }),
      ],
      T,
    );
    expect(b.elements.get('signals_new')).toMatchObject({ sum: 10 });
    expect(b.elements.get('families_active_local')).toMatchObject({ sum: 30, level: 10 });
    expect(b.elements.get('families_closed')).toMatchObject({ sum: null, level: null });
    expect(b.elements.get('fte_filled')).toMatchObject({ sum: 12.4, level: 12.4 });
  });

  test('a mean of days is kept only over a rounded weight of at least 10', () => {
    const weighted = (mean: number, weight: number): AggregatedElement => ({
      sum: null,
      level: null,
      weightedSum: mean * weight,
      weightTotal: weight,
    });
    const [big, small, none] = discloseQuarters(
      [
        quarter(1, '2026-Q3', { help_cohort: count(13), days_to_help_median_all: weighted(20, 13) }),
        quarter(2, '2026-Q3', { help_cohort: count(7), days_to_help_median_all: weighted(20, 7) }),
        // no families: no mean, and that looks the same as one or two families
        quarter(3, '2026-Q3', { help_cohort: count(0), days_to_help_median_all: count(null) }),
      ],
      T,
    );
    // 13 families → 15: the mean 20 days over 15
    expect(big.elements.get('days_to_help_median_all')).toMatchObject({ weightedSum: 300, weightTotal: 15 });
    expect(small.elements.get('days_to_help_median_all')).toMatchObject({
      weightedSum: null,
      weightTotal: 5,
      hidden: true,
    });
    expect(none.elements.get('days_to_help_median_all')).toMatchObject({ weightTotal: 0, hidden: true });
  });

  test('a mean of days is shown to one decimal, so its fraction does not tell the families (108 of 108 … 112)', () => {
    // days entered in tenths: 1483.3 days over 54 families is the mean 14833 / 540 = 27.468518…, and
    // a count in 108 … 112 (rounded 110) that makes 10 · days whole is a multiple of 54: only 108
    const weighted = (days: number, weight: number): AggregatedElement => ({
      sum: null,
      level: null,
      weightedSum: days,
      weightTotal: weight,
    });
    const [a, b] = discloseQuarters(
      [
        quarter(1, '2026-Q2', { help_cohort: count(108), days_to_help_median_all: weighted(2966.6, 108) }),
        // another count in the same class, days giving the same mean to one decimal (27.5)
        quarter(1, '2026-Q2', { help_cohort: count(111), days_to_help_median_all: weighted(3050.1, 111) }),
      ],
      T,
    );
    expect(a.elements.get('days_to_help_median_all')).toEqual(b.elements.get('days_to_help_median_all'));
    expect(a.elements.get('days_to_help_median_all')).toMatchObject({
      weightedSum: 27.5 * 110,
      weightTotal: 110,
    });
    expect(roundMean(2966.6 / 108)).toBe(27.5);
  });

  test('a quarter with fewer than three approved months is partial: no figures at all', () => {
    const [b] = discloseQuarters([quarter(1, '2026-Q4', { signals_new: count(40) }, 1)], T);
    expect(b.elements.size).toBe(0);
  });

  test('a year is the sum of its rounded quarters, a stock its last quarter; a partial quarter makes the year partial', () => {
    const quarters = discloseQuarters(
      ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'].flatMap((q, i) => [
        // 2 + 2 + 2 + 2 = 8 would round to 10; the year is 0 + 0 + 0 + 0 = 0 (nothing to pin)
        quarter(1, q, { signals_new: count(2), families_active_local: count(10 + i * 4) }),
        quarter(2, q, { signals_new: count(9) }, q === '2026-Q4' ? 2 : 3),
      ]),
      T,
    );
    const [one, two] = combineDisclosed(quarters, '2026', [1, 2]);
    expect(one.elements.get('signals_new')?.sum).toBe(0);
    // levels 10, 14, 18, 22 → 10, 15, 20, 20: the year's level is Q4's; the sum of levels 65
    expect(one.elements.get('families_active_local')).toMatchObject({ level: 20, sum: 65 });
    expect(two.elements.size).toBe(0);
    // a range that cuts a quarter is partial for everyone
    const [cut] = combineDisclosed(quarters, '2026-02..2026-06', [1]);
    expect(cut.elements.size).toBe(0);
  });
});

describe('figures from rounded cells', () => {
  test('a value over a rounded denominator below 10 is hidden, and its numerator with it', () => {
    expect(one(fig(5, 5))).toEqual({
      numerator: HIDDEN_COUNT,
      denominator: 5,
      value: null,
      score: null,
      hidden: true,
      state: 'hidden',
      reason: 'small-denominator',
    });
    // a zero denominator has no value, but is as small
    expect(one({ ...fig(0, 0), value: null })).toMatchObject({ state: 'hidden', numerator: HIDDEN_COUNT });
  });

  test('a value over 10 or more is shown, rounded; an unknown value stays unknown', () => {
    expect(one(fig(5, 10))).toMatchObject({ numerator: 5, denominator: 10, value: 50, state: 'rounded' });
    expect(one(fig(null, 40))).toMatchObject({
      numerator: null,
      value: null,
      state: 'unknown',
      hidden: false,
    });
  });

  test('a rate over a population (not a count) is shown from its rounded count', () => {
    const rate = { ...fig(5, 20_000, { numerator: true, denominator: false }), rate: true as const };
    expect(one(rate)).toMatchObject({ numerator: 5, value: 0.025, hidden: false });
  });

  test('exact figures for managers and coordinators', () => {
    const shown = showFigureSet(
      { regions: [{ f: fig(3, 4) }], total: null, counts: [{ value: 3, isCount: true }] },
      null,
    );
    expect(shown.regions[0].f).toMatchObject({ numerator: 3, denominator: 4, value: 75, state: 'shown' });
    expect(shown.counts).toEqual([3]);
  });
});

// ── Property: the output depends on the rounded base cells only ─────────────

const QUARTERS = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'];
const REGIONS = [1, 2, 3];
const BUCKETS = [...QUARTERS, '2025', '2025-04..2025-09', '2025-02..2025-07'];
const COUNT_ELEMENTS = DATA_ELEMENTS.filter((e) => e.unit === 'count' && e.aggregation !== 'weighted');
const WEIGHTED = DATA_ELEMENTS.filter((e) => e.aggregation === 'weighted');
const OTHER = DATA_ELEMENTS.filter((e) => e.unit !== 'count' && e.aggregation !== 'weighted');

/** A whole number and another in the same rounding class (same multiple of 5, both ≥ 0). */
const twin = fc.integer({ min: 0, max: 80 }).chain((v) => {
  const r = roundCount(v);
  return fc.tuple(fc.constant(v), fc.integer({ min: Math.max(0, r - 2), max: r + 2 }));
});
const maybe = <A>(a: fc.Arbitrary<A>) => fc.option(a, { freq: 8, nil: null });

/** One region-quarter's values as two datasets that round alike. */
const cellPair = fc.record({
  months: fc.constantFrom(3, 3, 3, 3, 2),
  counts: fc.array(fc.tuple(maybe(twin), maybe(twin)), {
    minLength: COUNT_ELEMENTS.length,
    maxLength: COUNT_ELEMENTS.length,
  }),
  weighted: fc.array(maybe(fc.integer({ min: 1, max: 120 })), {
    minLength: WEIGHTED.length,
    maxLength: WEIGHTED.length,
  }),
  other: fc.array(maybe(fc.double({ min: 0, max: 50, noNaN: true })), {
    minLength: OTHER.length,
    maxLength: OTHER.length,
  }),
});

type Pair = fc.Arbitrary<{
  months: number;
  counts: ([number, number] | null)[][];
  weighted: (number | null)[];
  other: (number | null)[];
}>;

function datasets(cells: ReturnType<Pair['generate']>['value'][]): [RegionBucket[], RegionBucket[]] {
  const make = (side: 0 | 1) =>
    cells.map((c, i) => {
      const regionId = REGIONS[i % REGIONS.length];
      const q = QUARTERS[Math.floor(i / REGIONS.length)];
      const values: Record<string, AggregatedElement> = {};
      COUNT_ELEMENTS.forEach((e, k) => {
        const [sum, level] = c.counts[k];
        values[e.code] = {
          sum: sum ? sum[side] : null,
          level: level ? level[side] : null,
          weightedSum: null,
          weightTotal: null,
        };
      });
      WEIGHTED.forEach((e, k) => {
        // the weight is the weight element's quarter sum; no families, no mean (as aggregateRows)
        const mean = c.weighted[k];
        const w = mean === null ? null : (values[e.weight!]?.sum ?? null);
        values[e.code] = {
          sum: null,
          level: null,
          weightedSum: w && mean !== null ? mean * w : null,
          weightTotal: w || null,
        };
      });
      OTHER.forEach((e, k) => (values[e.code] = count(c.other[k])));
      return quarter(regionId, q, values, c.months);
    });
  return [make(0), make(1)];
}

/** Everything a reviewer gets for these buckets: every region, the total, every element value. */
function everyOutput(quarters: DisclosedBuckets) {
  return BUCKETS.map((bucket) =>
    buildScorecard({
      bucket,
      regionIds: REGIONS,
      buckets: combineDisclosed(quarters, bucket, REGIONS),
      registers: new Map(),
      targets: [],
      suppress: T,
      withElements: true,
    }),
  );
}

const cellsArb = fc.array(cellPair as unknown as Pair, {
  minLength: REGIONS.length * QUARTERS.length,
  maxLength: REGIONS.length * QUARTERS.length,
});

describe('the disclosure decision (property)', () => {
  test('two datasets whose base cells round alike give the same output for every grain and shape', () => {
    fc.assert(
      fc.property(cellsArb, (cells) => {
        const [a, b] = datasets(cells);
        expect(everyOutput(discloseQuarters(b, T))).toEqual(everyOutput(discloseQuarters(a, T)));
      }),
      { numRuns: 40 },
    );
  });

  test('every shown count is a multiple of 5, and unknown never becomes 0', () => {
    fc.assert(
      fc.property(cellsArb, (cells) => {
        const [exact] = datasets(cells);
        const cards = everyOutput(discloseQuarters(exact, T));
        const counts = new Set(COUNT_ELEMENTS.map((e) => e.code));
        cards.forEach((card, k) => {
          for (const [i, row] of (card.elements ?? []).entries())
            for (const [code, v] of Object.entries(row)) {
              if (counts.has(code) && typeof v === 'number') expect(v % 5, `${code} ${v}`).toBe(0);
              // a flow unknown in any complete quarter of the bucket is unknown, not 0
              const grainQuarters =
                BUCKETS[k] === '2025' ? QUARTERS : QUARTERS.includes(BUCKETS[k]) ? [BUCKETS[k]] : [];
              const el = COUNT_ELEMENTS.find((e) => e.code === code);
              if (el?.aggregation === 'flow')
                for (const q of grainQuarters) {
                  const src = exact.find((b) => b.regionId === REGIONS[i] && b.bucket === q);
                  if (src?.elements.get(code)?.sum === null) expect(v, code).toBeNull();
                }
            }
          for (const row of [...card.regions, card.total])
            for (const ind of INDICATORS) {
              const f = row.indicators[ind.code];
              const parts = countParts(ind);
              if (parts.numerator && typeof f.numerator === 'number' && ind.formula.kind !== 'weighted')
                expect(Math.abs(f.numerator) % 5, ind.code).toBe(0);
              if (parts.denominator && typeof f.denominator === 'number')
                expect(Math.abs(f.denominator) % 5, ind.code).toBe(0);
              if (f.hidden) expect(f.numerator === null || f.numerator === HIDDEN_COUNT).toBe(true);
            }
        });
      }),
      { numRuns: 25 },
    );
  });
});
