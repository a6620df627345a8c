import { describe, expect, test } from 'vitest';
import type { RegionBucket } from './aggregation';
import { DEFAULT_THRESHOLDS } from './disclosure';
import { didInterval } from './effect-interval';
import { effectTarget } from './effect-targets';
import {
  computeEffect,
  effectWindow,
  markersFor,
  runsDuring,
  type EffectTarget,
  type EffectWindow,
} from './experiment-effect';
import { differenceInDifferences } from './intervals';
import { periodRange } from './periods';
import type { ScopeEntry } from './population';

const TRIAGE = effectTarget('triage_on_time')!; // triaged within 5 days / triaged × 100
const MEASURES = effectTarget('measures_rate')!; // new measures per 10,000 children a year

/** A month (or quarter) of one region with these flow values (null: unknown). */
const unit = (
  regionId: number,
  bucket: string,
  values: Record<string, number | null>,
  months = 1,
): RegionBucket => ({
  regionId,
  bucket,
  months,
  provisional: false,
  lastPeriod: bucket,
  elements: new Map(
    Object.entries(values).map(([k, v]) => [k, { sum: v, level: v, weightedSum: null, weightTotal: null }]),
  ),
});
const triage = (onTime: number | null, total = 10) => ({
  triage_on_time: onTime,
  triage_simple: total,
  triage_complex: 0,
  triage_multi_complex: 0,
});

describe('the months compared', () => {
  test('twelve whole months before the start month; after from the first whole month, to the last month with figures', () => {
    expect(effectWindow('2025-04-15', '2026-09', 'month')).toEqual({
      grain: 'month',
      before: { from: '2024-04', to: '2025-03' },
      after: { from: '2025-05', to: '2026-04' },
    });
    // a start on the first day: that month is "after"; the window stops at the last month with figures
    expect(effectWindow('2025-04-01', '2025-09', 'month')).toEqual({
      grain: 'month',
      before: { from: '2024-04', to: '2025-03' },
      after: { from: '2025-04', to: '2025-09' },
    });
    expect(effectWindow('2026-10-03', '2026-10', 'month')?.after).toBeNull();
    expect(effectWindow(null, '2026-10', 'month')).toBeNull();
  });

  test('a reviewer: whole quarters, the quarter holding the start left out unless it starts on its first day', () => {
    // 2025-05-10 lies in 2025-Q2 (two of its months before the start? one): Q2 counts on neither side
    expect(effectWindow('2025-05-10', '2026-09', 'quarter')).toEqual({
      grain: 'quarter',
      before: { from: '2024-04', to: '2025-03' },
      after: { from: '2025-07', to: '2026-06' },
    });
    expect(effectWindow('2025-04-01', '2025-12', 'quarter')).toEqual({
      grain: 'quarter',
      before: { from: '2024-04', to: '2025-03' },
      after: { from: '2025-04', to: '2025-12' },
    });
  });
});

describe('the comparison pool', () => {
  const span = { from: '2024-04', to: '2026-03' };
  test('an experiment still an idea or in preparation does not take its region out; a running one in the window does', () => {
    const e = { regionId: 2, startDate: '2025-01-01', endDate: null };
    expect(runsDuring({ ...e, status: 'idee' }, span)).toBe(false);
    expect(runsDuring({ ...e, status: 'voorbereiding' }, span)).toBe(false);
    expect(runsDuring({ ...e, status: 'lopend' }, span)).toBe(true);
    // ended before the window, or starting after it: not running at that time
    expect(
      runsDuring({ ...e, status: 'gestopt', startDate: '2022-01-01', endDate: '2023-12-31' }, span),
    ).toBe(false);
    expect(runsDuring({ ...e, status: 'lopend', startDate: '2026-05-01' }, span)).toBe(false);
    expect(runsDuring({ ...e, status: 'lopend', startDate: null }, span)).toBe(false);
  });
});

/**
 * Region 1 (the experiment's): triaged 10 a month; on time 3 a month before (36 of 120 = 30 %) and 6
 * after (72 of 120 = 60 %). Pool regions 2 and 3: 4 a month before (96 of 240 = 40 %), 5 after (120
 * of 240 = 50 %). Region 4 runs an experiment on the indicator: 10 of 10, it would lift the pool.
 *   DiD = (60 − 30) − (50 − 40) = 20 percentage points.
 * 95 % interval, MOVER over the four Wilson intervals (by hand, z = 1.959964):
 *   72/120: 0.51056–0.68324; 36/120: 0.22526–0.38715; 120/240: 0.43724–0.56276; 96/240: 0.34007–0.46308
 *   lower 0.2 − √(0.08944² + 0.08715² + 0.06276² + 0.05993²) = 0.047930
 *   upper 0.2 + √(0.08324² + 0.07474² + 0.06276² + 0.06308²) = 0.342944  →  4.79 … 34.29 points.
 */
const WINDOW: EffectWindow = effectWindow('2025-04-01', '2026-03', 'month')!;
const BEFORE = periodRange('2024-04', '2025-03');
const AFTER = periodRange('2025-04', '2026-03');
function units(per: (regionId: number, month: string, after: boolean) => Record<string, number | null>) {
  return new Map(
    [1, 2, 3, 4].map((id) => [
      id,
      [
        ...BEFORE.map((m) => unit(id, m, per(id, m, false))),
        ...AFTER.map((m) => unit(id, m, per(id, m, true))),
      ],
    ]),
  );
}
const CANDIDATES = [
  { regionId: 2, running: false },
  { regionId: 3, running: false },
  { regionId: 4, running: true },
];
const effectOf = (
  target: EffectTarget,
  u: ReturnType<typeof units>,
  scopes = new Map<number, ScopeEntry[]>(),
  thresholds: typeof DEFAULT_THRESHOLDS | null = null,
  window: EffectWindow = WINDOW,
) => computeEffect({ target, window, regionId: 1, candidates: CANDIDATES, units: u, scopes, thresholds });

describe('before and after on pooled counts', () => {
  const base = units((id, _m, after) => triage(id === 1 ? (after ? 6 : 3) : id === 4 ? 10 : after ? 5 : 4));

  test('hand-computed: 30 % → 60 % against the pool’s 40 % → 50 %: DiD +20 points, 95 % interval 4.79 … 34.29', () => {
    const e = effectOf(TRIAGE, base);
    expect(e.region.before).toMatchObject({ numerator: 36, denominator: 120, value: 30, state: 'known' });
    expect(e.region.after).toMatchObject({ numerator: 72, denominator: 120, value: 60, state: 'known' });
    expect(e.pool).toMatchObject({
      used: [2, 3],
      leftOut: [{ regionId: 4, reason: 'running' }],
      before: 40,
      after: 50,
      parts: { before: { numerator: 96, denominator: 240 }, after: { numerator: 120, denominator: 240 } },
    });
    expect(e.differenceInDifferences).toBeCloseTo(20, 10);
    expect(e.reason).toBeNull();
    const i = didInterval(TRIAGE, e)!;
    expect(i.estimate).toBeCloseTo(20, 10);
    expect(i.lower).toBeCloseTo(4.793, 3);
    expect(i.upper).toBeCloseTo(34.294, 3);
  });

  test('pooled counts, never a mean of months: a month of 1 of 2 weighs by its counts', () => {
    // region 1 before: eleven months of 3 of 10 and one of 1 of 2 → 34 of 112 = 30.36 %, not the
    // mean of the months' shares (11 × 30 % + 50 %) / 12 = 31.67 %
    const u = units((id, m, after) =>
      id === 1 && m === '2024-04' ? triage(1, 2) : triage(id === 1 ? (after ? 6 : 3) : after ? 5 : 4),
    );
    expect(effectOf(TRIAGE, u).region.before.value).toBeCloseTo((34 / 112) * 100, 10);
  });

  test('a side from the months it has: one unknown month leaves 11; a pool region with 8 of 12 known is left out and named', () => {
    const u = units((id, m, after) => {
      if (id === 1 && m === '2025-06') return triage(null);
      if (id === 3 && !after && m <= '2024-07') return triage(null);
      return triage(id === 1 ? (after ? 6 : 3) : id === 4 ? 10 : after ? 5 : 4);
    });
    const e = effectOf(TRIAGE, u);
    expect(e.region.after).toMatchObject({ numerator: 66, denominator: 110, value: 60 });
    expect(e.region.after?.coverage).toEqual({ known: 11, total: 12, minimum: 9 });
    expect(e.pool.used).toEqual([2]);
    expect(e.pool.leftOut).toEqual([
      { regionId: 3, reason: 'before' },
      { regionId: 4, reason: 'running' },
    ]);
    // (60 − 30) − (50 − 40) still: region 2 alone has the same shares
    expect(e.differenceInDifferences).toBeCloseTo(20, 10);
  });

  test('the reason is named where no DiD can be computed', () => {
    const noBefore = units((id, m, after) =>
      id === 1 && !after && m <= '2024-07' ? triage(null) : triage(3),
    );
    expect(effectOf(TRIAGE, noBefore)).toMatchObject({
      differenceInDifferences: null,
      reason: 'regionBefore',
    });
    const noPool = units((id, _m, after) => (id !== 1 && after ? triage(null) : triage(3)));
    expect(effectOf(TRIAGE, noPool)).toMatchObject({ differenceInDifferences: null, reason: 'noPool' });
    const notYet = effectWindow('2026-04-01', '2026-03', 'month')!;
    expect(effectOf(TRIAGE, base, undefined, null, notYet)).toMatchObject({ reason: 'notStarted' });
    expect(didInterval(TRIAGE, effectOf(TRIAGE, noPool))).toBeNull();
  });

  test('an outcome rate: Σ measures / Σ child-years; its interval from the four Poisson counts', () => {
    // 1,000 children in every region all along: a year is 1,000 child-years. Region 1: 2 a month
    // before (24 → 240 per 10,000), 1 after (12 → 120); the pool: 2 regions × 2 a month before (48 of
    // 2,000 → 240), 3 a month after (72 → 360). DiD = (120 − 240) − (360 − 240) = −240.
    const scope: ScopeEntry[] = [{ id: 1, effectiveFrom: '2015-01', children: 1000, municipalities: [] }];
    const scopes = new Map([1, 2, 3, 4].map((id) => [id, scope]));
    const u = units((id, _m, after) => ({ measures_new: id === 1 ? (after ? 1 : 2) : after ? 3 : 2 }));
    const e = effectOf(MEASURES, u, scopes);
    expect(e.region.before.numerator).toBe(24);
    expect(e.region.before.denominator).toBeCloseTo(1000, 10);
    expect(e.region.before.value).toBeCloseTo(240, 10);
    expect(e.region.after?.value).toBeCloseTo(120, 10);
    expect(e.pool.before).toBeCloseTo(240, 10);
    expect(e.pool.after).toBeCloseTo(360, 10);
    expect(e.differenceInDifferences).toBeCloseTo(-240, 10);
    const i = didInterval(MEASURES, e)!;
    const expected = differenceInDifferences({
      kind: 'rate',
      treatedAfter: { count: 12, childYears: e.region.after!.denominator },
      treatedBefore: { count: 24, childYears: e.region.before.denominator },
      controlAfter: { count: 72, childYears: e.pool.parts.after!.denominator },
      controlBefore: { count: 48, childYears: e.pool.parts.before!.denominator },
    });
    expect(i.lower).toBeCloseTo(expected.lower!, 10);
    expect(i.upper).toBeCloseTo(expected.upper!, 10);
    expect(i.lower).toBeLessThan(-240);
    expect(i.upper).toBeGreaterThan(-240);
  });

  test('a share of a stock pools its monthly levels; its interval counts an average month, not twelve', () => {
    // one plan / active families at month end: region 1 20 of 40 a month before, 30 of 40 after;
    // regions 2 and 3 20 of 40 throughout. Pooled: 240 / 480 = 50 % → 360 / 480 = 75 %, the pool
    // 50 % → 50 %: DiD +25 points. The interval is that of an average month: 30/40, 20/40, 40/80, 40/80.
    const ONE_PLAN = effectTarget('one_plan')!;
    const u = units((id, _m, after) => ({
      families_one_plan: id === 1 && after ? 30 : 20,
      families_active_local: 40,
      families_active_rvt: 0,
    }));
    const e = effectOf(ONE_PLAN, u);
    expect(e.region.before).toMatchObject({ numerator: 240, denominator: 480, value: 50 });
    expect(e.region.after).toMatchObject({ numerator: 360, denominator: 480, value: 75 });
    expect(e.differenceInDifferences).toBeCloseTo(25, 10);
    const i = didInterval(ONE_PLAN, e)!;
    const month = differenceInDifferences({
      kind: 'share',
      treatedAfter: { successes: 30, n: 40 },
      treatedBefore: { successes: 20, n: 40 },
      controlAfter: { successes: 40, n: 80 },
      controlBefore: { successes: 40, n: 80 },
    });
    expect(i.lower).toBeCloseTo(month.lower! * 100, 10);
    expect(i.upper).toBeCloseTo(month.upper! * 100, 10);
    // twelve times the counts would give an interval about √12 narrower: not what is shown
    expect(i.upper - i.lower).toBeGreaterThan(30);
  });

  test('a reviewer: rounded quarters; a side over a small rounded denominator is hidden, and the reason says so', () => {
    const quarters = (id: number) => [
      ...['2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1'].map((q) =>
        unit(id, q, triage(id === 1 ? 5 : 10, 30), 3),
      ),
      ...['2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1'].map((q) =>
        unit(id, q, triage(id === 1 ? 15 : 15, 30), 3),
      ),
    ];
    const u = new Map([1, 2, 3, 4].map((id) => [id, quarters(id)]));
    const w = effectWindow('2025-04-01', '2026-03', 'quarter')!;
    const e = effectOf(TRIAGE, u, undefined, DEFAULT_THRESHOLDS, w);
    // region 20 of 120 → 60 of 120; pool 80 of 240 → 120 of 240: (50 − 16.67) − (50 − 33.33) = 16.67
    expect(e.region.before.value).toBeCloseTo((20 / 120) * 100, 10);
    expect(e.differenceInDifferences).toBeCloseTo(50 - 100 / 6 - (50 - 100 / 3), 10);
    const small = new Map(
      [1, 2, 3, 4].map((id) => [
        id,
        quarters(id).map((q) => unit(id, q.bucket, triage(0, id === 1 ? 0 : 30), 3)),
      ]),
    );
    expect(effectOf(TRIAGE, small, undefined, DEFAULT_THRESHOLDS, w).reason).toBe('regionHidden');
  });
});

describe('markers on charts', () => {
  const experiments = [
    { id: 2, title: 'B', regionName: 'Zeeland', startDate: '2026-02-01', endDate: '2026-08-31' },
    { id: 1, title: 'A', regionName: 'Utrecht', startDate: '2025-11-15', endDate: null },
    { id: 3, title: 'C', regionName: 'Utrecht', startDate: null, endDate: null },
  ];
  test('a start and an end fall on the quarter, month or year of the chart; outside ones are not marked', () => {
    expect(
      markersFor(experiments, ['2025-Q4', '2026-Q1', '2026-Q2']).map((m) => [m.category, m.kind, m.title]),
    ).toEqual([
      ['2025-Q4', 'start', 'A'],
      ['2026-Q1', 'start', 'B'],
    ]);
    expect(markersFor(experiments, ['2026-07', '2026-08']).map((m) => [m.category, m.kind, m.title])).toEqual(
      [['2026-08', 'end', 'B']],
    );
    expect(markersFor(experiments, ['2025', '2026']).map((m) => [m.category, m.kind, m.regionName])).toEqual([
      ['2025', 'start', 'Utrecht'],
      ['2026', 'start', 'Zeeland'],
      ['2026', 'end', 'Zeeland'],
    ]);
    expect(markersFor(experiments, [])).toEqual([]);
  });
});
