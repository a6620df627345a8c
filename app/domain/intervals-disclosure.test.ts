/**
 * Property (issue 23): a reviewer's intervals and summary figures are functions of the rounded
 * base cells only. Two random datasets whose every count cell lies in the same rounding class (small
 * and hidden cells included: counts 0–30, some unknown, some quarters partial) give identical
 * intervals, changes, verdicts and sentences — so no interval's width lets a hidden count be
 * recomputed more precisely than its rounding class.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { AggregatedElement, RegionBucket } from './aggregation';
import { DATA_ELEMENTS } from './catalogue';
import {
  DEFAULT_THRESHOLDS as T,
  combineDisclosed,
  discloseQuarters,
  roundCount,
  showFigureSet,
  type DisclosedBuckets,
} from './disclosure';
import { activeOutcomes, buildOutcomes, outcomeUnit } from './outcomes';
import { outcomeLines, type ShownOutcome } from './outcome-lines';
import { hasShareInterval, rateInterval, shareInterval } from './figure-intervals';
import { buildScorecard } from './scorecard';
import { buildSummaryLine } from './summary';
import { summarySentence } from './summary-sentence';
import type { ScopeEntry } from './population';

const REGIONS = [1, 2, 3];
const QUARTERS = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'];
const COUNT_ELEMENTS = DATA_ELEMENTS.filter((e) => e.unit === 'count' && e.aggregation !== 'weighted');
const SCOPES = new Map<number, ScopeEntry[]>(
  REGIONS.map((id) => [id, [{ id, effectiveFrom: '2020-01', children: 20_000 * id, municipalities: ['A'] }]]),
);
const CURRENT = '2025-Q4';
const EARLIER = '2025-Q3';
const BASELINE = { from: '2025-01', to: '2025-06' };

/** A count and another in the same rounding class: small ones on purpose (0–30). */
const twin = fc.integer({ min: 0, max: 30 }).chain((v) => {
  const r = roundCount(v);
  return fc.tuple(fc.constant(v), fc.integer({ min: Math.max(0, r - 2), max: r + 2 }));
});
const cell = fc.record({
  months: fc.constantFrom(3, 3, 3, 3, 3, 2),
  counts: fc.array(fc.option(twin, { freq: 12, nil: null }), {
    minLength: COUNT_ELEMENTS.length,
    maxLength: COUNT_ELEMENTS.length,
  }),
});
const cells = fc.array(cell, {
  minLength: REGIONS.length * QUARTERS.length,
  maxLength: REGIONS.length * QUARTERS.length,
});

function dataset(cs: { months: number; counts: ([number, number] | null)[] }[], side: 0 | 1): RegionBucket[] {
  return cs.map((c, i) => {
    const q = QUARTERS[Math.floor(i / REGIONS.length)];
    const elements = new Map<string, AggregatedElement>();
    COUNT_ELEMENTS.forEach((e, k) => {
      const v = c.counts[k] ? c.counts[k]![side] : null;
      elements.set(e.code, { sum: v, level: v, weightedSum: null, weightTotal: null });
    });
    return {
      regionId: REGIONS[i % REGIONS.length],
      bucket: q,
      months: c.months,
      provisional: false,
      lastPeriod: `2025-${String(Number(q.slice(-1)) * 3).padStart(2, '0')}`,
      elements,
    };
  });
}

/** Every interval and summary figure a reviewer is shown for these base cells. */
function reviewerOutputs(quarters: DisclosedBuckets) {
  const shownOutcomes = (bucket: string, range: { from: string; to: string }) => {
    const built = buildOutcomes({
      regionIds: REGIONS,
      buckets: new Map(combineDisclosed(quarters, bucket, REGIONS).map((b) => [b.regionId, b])),
      ranges: new Map(REGIONS.map((id) => [id, range])),
      scopes: SCOPES,
    });
    const s = showFigureSet(
      { regions: built.regions.map((r) => r.figures), total: built.total.figures, counts: [] },
      T,
    );
    return {
      regions: s.regions as Record<string, ShownOutcome>[],
      total: s.total as Record<string, ShownOutcome>,
    };
  };
  const now = shownOutcomes(CURRENT, { from: '2025-10', to: '2025-12' });
  const earlier = shownOutcomes(EARLIER, { from: '2025-07', to: '2025-09' });
  const base = shownOutcomes(`${BASELINE.from}..${BASELINE.to}`, BASELINE);
  const codes = activeOutcomes().map((o) => o.def.code);
  const lines = [
    ...now.regions.map((r, k) => [r, earlier.regions[k], base.regions[k]] as const),
    [now.total, earlier.total, base.total] as const,
  ].map(([n, e, b]) => outcomeLines(codes, n, e, b, [e, n]));
  const summary = codes.map((code) => {
    const unit = outcomeUnit(code);
    const f = now.total[code];
    const parts = (o: ShownOutcome | undefined) =>
      o ? { ...o, denominator: o.denominator ?? null } : undefined;
    const def = activeOutcomes().find((o) => o.def.code === code)!;
    const line = buildSummaryLine({
      code,
      kind: 'outcome',
      label: { nl: code, en: code },
      unit,
      intervalKind:
        unit === 'rate' ? 'rate' : def.indicator && hasShareInterval(def.indicator) ? 'share' : null,
      now: f && {
        ...parts(f)!,
        interval: unit === 'rate' ? rateInterval(parts(f)!) : shareInterval(parts(f)!),
      },
      baseline: parts(base.total[code]),
      yearEarlier: { period: EARLIER, figure: parts(earlier.total[code]) },
    });
    return { line, nl: summarySentence(line, 'nl'), en: summarySentence(line, 'en') };
  });
  const card = buildScorecard({
    bucket: CURRENT,
    regionIds: REGIONS,
    buckets: combineDisclosed(quarters, CURRENT, REGIONS),
    registers: new Map(),
    targets: [],
    suppress: T,
  });
  const indicatorIntervals = [...card.regions, card.total].map((r) =>
    Object.fromEntries(Object.entries(r.indicators).map(([c, f]) => [c, f.interval])),
  );
  return { lines, summary, indicatorIntervals };
}

describe('intervals and the summary for a reviewer (property)', () => {
  test('two datasets whose base cells round alike give identical intervals, changes, verdicts and sentences', () => {
    let withInterval = 0;
    fc.assert(
      fc.property(cells, (cs) => {
        const a = reviewerOutputs(discloseQuarters(dataset(cs, 0), T));
        const b = reviewerOutputs(discloseQuarters(dataset(cs, 1), T));
        expect(b).toEqual(a);
        withInterval += a.summary.filter((s) => s.line.interval !== null).length;
      }),
      { numRuns: 40, seed: 23 },
    );
    // the property is not empty: intervals were computed and compared
    expect(withInterval).toBeGreaterThan(40);
  });

  test('the outputs do depend on the cells: a count moved across its rounding class changes an interval', () => {
    const base = Array.from({ length: REGIONS.length * QUARTERS.length }, () => ({
      months: 3,
      counts: COUNT_ELEMENTS.map(() => [20, 20] as [number, number]),
    }));
    const moved = base.map((c, i) => ({
      ...c,
      counts: c.counts.map((v, k) =>
        i === base.length - 1 && COUNT_ELEMENTS[k].code === 'measures_new'
          ? ([23, 23] as [number, number])
          : v,
      ),
    }));
    const a = reviewerOutputs(discloseQuarters(dataset(base, 0), T));
    const b = reviewerOutputs(discloseQuarters(dataset(moved, 0), T));
    const pick = (o: typeof a) => o.summary.find((s) => s.line.code === 'measures_rate')!.line.interval;
    expect(pick(b)).not.toEqual(pick(a));
  });
});
