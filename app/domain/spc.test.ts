import { describe, expect, test } from 'vitest';
import { computeSpc, laneyFactor, recalculationsInForce, variationOf, type SpcInput } from './spc';

/** '2024-01' plus i months */
function month(i: number): string {
  const y = 2024 + Math.floor(i / 12);
  return `${y}-${String((i % 12) + 1).padStart(2, '0')}`;
}
const series = (values: (number | null)[]): SpcInput[] =>
  values.map((value, i) => ({ period: month(i), value }));

// Baseline: 12 months alternating 12, 10 (ending below the centre). x̄ = 11, every moving range 2, mR̄ = 2, σ̂ = 2/1.128 = 1.77305;
// limits 11 ± 5.31915 = 5.68085 … 16.31915; 2σ: 7.45390 … 14.54610.
const BASE = [12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10];
const xmr = (values: (number | null)[], direction: 'higher' | 'lower' | null = 'higher') =>
  computeSpc(series(values), { kind: 'xmr', direction });

describe('XmR limits from the baseline', () => {
  test('centre x̄ and limits x̄ ± 2.66·mR̄ from the first twelve months', () => {
    const r = xmr([...BASE, 11]);
    const p = r.points[12];
    expect(p.centre).toBe(11);
    expect(p.upper).toBeCloseTo(16.31915, 5);
    expect(p.lower).toBeCloseTo(5.68085, 5);
    expect(p.upper2).toBeCloseTo(14.5461, 4);
    expect(r.points.slice(0, 12).every((q) => q.baseline)).toBe(true);
    expect(p.baseline).toBe(false);
    expect(r.variation).toBe('common');
  });

  test('a given baseline period sets the limits; too few months in it: the first twelve instead', () => {
    const values = [...BASE, 20, 22, 20, 22, 20, 22, 20, 22, 20, 22, 20, 22];
    const later = computeSpc(series(values), {
      kind: 'xmr',
      direction: 'higher',
      baseline: { from: month(12), to: month(23) },
    });
    expect(later.points[0].centre).toBe(21);
    const short = computeSpc(series(values), {
      kind: 'xmr',
      direction: 'higher',
      baseline: { from: month(20), to: month(23) },
    });
    expect(short.points[0].centre).toBe(11);
  });

  test('fewer than twelve months with a value: no limits and no icon', () => {
    const r = xmr(BASE.slice(0, 11));
    expect(r.points.every((p) => p.centre === null)).toBe(true);
    expect(r.variation).toBeNull();
  });
});

describe('rule 1: a point outside the limits', () => {
  test('fires above the upper limit, not just below it', () => {
    expect(xmr([...BASE, 16.4]).points[12].rules).toEqual(['outside']);
    expect(xmr([...BASE, 16.3]).points[12].rules).toEqual([]);
  });
  test('fires below the lower limit', () => {
    const p = xmr([...BASE, 5.6]).points[12];
    expect(p.rules).toEqual(['outside']);
    expect(p.side).toBe('low');
  });
});

describe('rule 2: a run of 7 on one side of the centre line', () => {
  test('seven points above fire, each of them', () => {
    const r = xmr([...BASE, 11.5, 11.5, 11.5, 11.5, 11.5, 11.5, 11.5]);
    expect(r.points.slice(12).every((p) => p.rules.includes('shift') && p.side === 'high')).toBe(true);
    expect(r.points[11].rules).toEqual([]);
  });
  test('six points above do not; a point on the line or a month without a value breaks the run', () => {
    expect(xmr([...BASE, 11.5, 11.5, 11.5, 11.5, 11.5, 11.5]).points.some((p) => p.rules.length)).toBe(false);
    const onLine = xmr([...BASE, 11.5, 11.5, 11.5, 11, 11.5, 11.5, 11.5, 11.5]);
    expect(onLine.points.some((p) => p.rules.length)).toBe(false);
    const gap = xmr([...BASE, 11.5, 11.5, 11.5, null, 11.5, 11.5, 11.5, 11.5]);
    expect(gap.points.some((p) => p.rules.length)).toBe(false);
  });
});

describe('rule 3: a run of 7 rising or falling', () => {
  test('seven rising points fire (six steps up); six do not', () => {
    const up = xmr([...BASE, 9, 9.5, 10, 10.5, 11, 11.5, 12]);
    expect(up.points.slice(12).map((p) => p.rules)).toEqual(Array(7).fill(['trend']));
    expect(up.points[18].side).toBe('high');
    const six = xmr([...BASE, 9, 9.5, 10, 10.5, 11, 11.5]);
    expect(six.points.some((p) => p.rules.length)).toBe(false);
  });
  test('seven falling points fire low; an equal value breaks the run', () => {
    const down = xmr([...BASE, 13, 12.5, 12, 11.5, 11, 10.5, 10]);
    expect(down.points[18].rules).toEqual(['trend']);
    expect(down.points[18].side).toBe('low');
    const flat = xmr([...BASE, 13, 12.5, 12, 12, 11.5, 11, 10.5]);
    expect(flat.points.some((p) => p.rules.includes('trend'))).toBe(false);
  });
});

describe('rule 4: two of three points beyond 2σ on the same side', () => {
  test('15, 11, 15 fires on both points beyond 14.55', () => {
    const r = xmr([...BASE, 15, 11, 15]);
    expect(r.points.slice(12).map((p) => p.rules)).toEqual([['twoOfThree'], [], ['twoOfThree']]);
  });
  test('15, 11, 11, 15 does not (one in each window of three), nor 15 and 7 on opposite sides', () => {
    expect(xmr([...BASE, 15, 11, 11, 15]).points.some((p) => p.rules.length)).toBe(false);
    expect(xmr([...BASE, 15, 7, 11]).points.some((p) => p.rules.length)).toBe(false);
  });
});

describe('p- and u-charts', () => {
  test('p-chart: p̄ = Σy/Σn, limits per month from its own denominator', () => {
    // twelve months of 50 of 100: p̄ = 0.5; n = 100: σ = 0.05, limits 35 … 65 %; n = 400: 42.5 … 57.5 %
    const base = Array.from({ length: 12 }, (_, i) => ({
      period: month(i),
      numerator: 50,
      denominator: 100,
    }));
    const r = computeSpc(
      [
        ...base,
        { period: month(12), numerator: 66, denominator: 100 },
        { period: month(13), numerator: 232, denominator: 400 },
      ],
      {
        kind: 'p',
        scale: 100,
        direction: 'higher',
      },
    );
    expect(r.points[12].upper).toBeCloseTo(65, 10);
    // 66 % and 58 % are both beyond 2σ too: the two-of-three rule fires with them
    expect(r.points[12].rules).toEqual(['outside', 'twoOfThree']);
    expect(r.points[13].upper).toBeCloseTo(57.5, 10);
    expect(r.points[13].value).toBeCloseTo(58, 10);
    expect(r.points[13].rules).toEqual(['outside', 'twoOfThree']);
    expect(r.variation).toBe('improving');
  });
  test('u-chart per 10,000: ū ± 3√(ū/n)', () => {
    // twelve months of 20 in 10,000: ū = 0.002, σ = 0.000447214; upper 33.4164 per 10,000
    const base = Array.from({ length: 13 }, (_, i) => ({
      period: month(i),
      numerator: 20,
      denominator: 10_000,
    }));
    const r = computeSpc(base, { kind: 'u', scale: 10_000, direction: 'lower' });
    expect(r.points[12].centre).toBeCloseTo(20, 10);
    expect(r.points[12].upper).toBeCloseTo(33.41641, 4);
    expect(r.points[12].lower).toBeCloseTo(6.58359, 4);
  });
});

describe('Laney’s correction of p- and u-limits', () => {
  // twelve months alternating 45 and 55 of 100: p̄ = 0.5, σᵢ = 0.05, z = ∓1, every moving range of z
  // is 2, σz = 2/1.128 = 1.77305 > 1: limits 50 ± 3 × 5 × 1.77305 = 23.4043 … 76.5957 % (plain: 35 … 65 %)
  const base = Array.from({ length: 12 }, (_, i) => ({
    period: month(i),
    numerator: i % 2 ? 55 : 45,
    denominator: 100,
  }));
  test('months that vary more than binomially widen the limits, so 70 % is no signal', () => {
    const r = computeSpc([...base, { period: month(12), numerator: 70, denominator: 100 }], {
      kind: 'p',
      scale: 100,
      direction: 'higher',
    });
    expect(r.points[12].upper).toBeCloseTo(76.5957, 4);
    expect(r.points[12].lower).toBeCloseTo(23.4043, 4);
    expect(r.points[12].rules).toEqual([]);
  });
  test('months that vary less than binomially keep the plain limits (never narrowed)', () => {
    expect(laneyFactor([0.1, -0.1, 0.1], [0, 1, 2])).toBe(1);
    expect(laneyFactor([-1, 1, -1], [0, 1, 2])).toBeCloseTo(2 / 1.128, 10);
    // moving ranges only between consecutive months
    expect(laneyFactor([-1, 1], [0, 2])).toBe(1);
  });
});

describe('recalculated limits after a deliberate change', () => {
  const values = [...BASE, 20, 22, 20, 22, 20, 22, 20, 22, 20, 22, 20, 22];
  test('without a recalculation the new level is outside the old limits; with it, a new phase', () => {
    const old = xmr(values);
    expect(old.points[23].rules).toContain('outside');
    expect(old.variation).toBe('improving');
    const rebased = computeSpc(series(values), {
      kind: 'xmr',
      direction: 'higher',
      recalculations: [month(12)],
    });
    expect(rebased.phases).toEqual([month(0), month(12)]);
    expect(rebased.points[23].centre).toBe(21);
    expect(rebased.points[23].phase).toBe(1);
    expect(rebased.points.some((p) => p.rules.length)).toBe(false);
    expect(rebased.variation).toBe('common');
  });

  test('a withdrawn recalculation starts no phase: the chart goes back to the limits before it', () => {
    const recorded = [
      { fromMonth: month(12), withdrawnAt: '2026-12-07T10:00:00.000Z' },
      { fromMonth: month(18), withdrawnAt: null },
    ];
    expect(recalculationsInForce(recorded)).toEqual([month(18)]);
    const chart = computeSpc(series(values), {
      kind: 'xmr',
      direction: 'higher',
      recalculations: recalculationsInForce(recorded),
    });
    // phase 0 runs to month 17 on the baseline's limits (11 ± 5.31915): months 12–17 lie above them
    expect(chart.phases).toEqual([month(0), month(18)]);
    expect(chart.points[15].phase).toBe(0);
    expect(chart.points[15].centre).toBe(11);
    expect(chart.points[15].upper).toBeCloseTo(16.31915, 5);
    expect(chart.points[15].rules).toContain('outside');
    // phase 1 from month 18: six months only (fewer than the twelve limits need), so no limits
    expect(chart.points[18].phase).toBe(1);
    expect(chart.points[18].centre).toBeNull();
    // every recalculation withdrawn: the chart is the one without any
    const none = computeSpc(series(values), {
      kind: 'xmr',
      direction: 'higher',
      recalculations: recalculationsInForce(recorded.map((r) => ({ ...r, withdrawnAt: 'x' }))),
    });
    expect(none).toEqual(xmr(values));
  });
});

describe('the variation icon by the indicator’s direction', () => {
  test('high is improving where higher is better and concerning where lower is better', () => {
    expect(variationOf('high', 'higher')).toBe('improving');
    expect(variationOf('high', 'lower')).toBe('concerning');
    expect(variationOf('low', 'lower')).toBe('improving');
    expect(variationOf('low', 'higher')).toBe('concerning');
    expect(variationOf('high', null)).toBe('neither');
    expect(variationOf(null, 'higher')).toBe('common');
  });
  test('the icon reads the latest month', () => {
    expect(xmr([...BASE, 17], 'lower').variation).toBe('concerning');
    expect(xmr([...BASE, 17, 11], 'lower').variation).toBe('common');
  });
});
