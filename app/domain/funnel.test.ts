import { describe, expect, test } from 'vitest';
import { computeFunnel, winsorise, Z95, Z998 } from './funnel';

// Hand computation (share): A 10 of 100, B 30 of 200, C 60 of 300. θ₀ = 100/600 = 1/6,
// V = θ₀(1 − θ₀) = 5/36. sᵢ = √(V/nᵢ): 0.0372678 (100), 0.0263523 (200), 0.0215166 (300).
// z: A (0.10 − 1/6)/0.0372678 = −1.78885 (z² = 3.2), B (0.15 − 1/6)/0.0263523 = −0.632456 (0.4),
// C (0.20 − 1/6)/0.0215166 = 1.549193 (2.4). φ = 6/3 = 2; I·φ = 6 > χ²₂(0.95) = 5.99146: over-dispersed.
// wᵢ = nᵢ/V = 720, 1440, 2160; Σw = 4320, Σw² = 7 257 600, Σw²/Σw = 1680;
// τ² = (6 − 2)/(4320 − 1680) = 4/2640 = 0.00151515.
// Limits at n = 100: 95 % 1/6 ± 1.959964 × 0.0372678 = 9.36229 … 23.97104 %;
// 99.8 % 1/6 ± 3.090232 × 0.0372678 = 5.15009 … 28.18324 %;
// adjusted 95 %: 1/6 ± 1.959964 × √(0.00138889 + 0.00151515) = 1/6 ± 0.105621 = 6.10459 … 27.22875 %.
const SPREAD = [
  { id: 'A', numerator: 10, size: 100 },
  { id: 'B', numerator: 30, size: 200 },
  { id: 'C', numerator: 60, size: 300 },
];

describe('funnel limits', () => {
  test('the normal quantiles of the 95 % and 99.8 % limits', () => {
    expect(Z95).toBeCloseTo(1.959964, 6);
    expect(Z998).toBeCloseTo(3.090232, 6);
  });

  test('a share: pooled centre, limits per size, z-scores, φ, and τ² when over-dispersed', () => {
    const f = computeFunnel('share', SPREAD, 100)!;
    expect(f.centre).toBeCloseTo(16.66667, 5);
    expect(f.points.map((p) => p.z)).toEqual([
      expect.closeTo(-1.78885, 5),
      expect.closeTo(-0.632456, 5),
      expect.closeTo(1.549193, 5),
    ]);
    expect(f.phi).toBeCloseTo(2, 10);
    expect(f.critical).toBeCloseTo(5.99146, 5);
    expect(f.overdispersed).toBe(true);
    expect(f.tau2).toBeCloseTo(4 / 2640, 10);
    const a = f.points[0].limits;
    expect(a.lower95).toBeCloseTo(9.36229, 4);
    expect(a.upper95).toBeCloseTo(23.97104, 4);
    expect(a.lower998).toBeCloseTo(5.15009, 4);
    expect(a.upper998).toBeCloseTo(28.18324, 4);
    expect(a.adjusted!.lower95).toBeCloseTo(6.10459, 4);
    expect(a.adjusted!.upper95).toBeCloseTo(27.22875, 4);
    // A's 10 % lies above 9.36 %: inside; C's 20 % at n = 300: limits 1/6 ± 0.042172 = 12.449 … 20.884 %
    expect(f.points.map((p) => p.position)).toEqual(['inside', 'inside', 'inside']);
    expect(f.points[2].limits.upper95).toBeCloseTo(20.88388, 4);
  });

  test('no over-dispersion: φ below the test, no adjusted limits, positions beyond each limit named', () => {
    // A 15/100, B 34/200, C 51/300: θ₀ = 1/6 again; z² = 0.2, 0.016, 0.024; φ = 0.08
    const f = computeFunnel(
      'share',
      [
        { id: 'A', numerator: 15, size: 100 },
        { id: 'B', numerator: 34, size: 200 },
        { id: 'C', numerator: 51, size: 300 },
      ],
      100,
    )!;
    expect(f.phi).toBeCloseTo(0.08, 10);
    expect(f.overdispersed).toBe(false);
    expect(f.tau2).toBe(0);
    expect(f.points[0].limits.adjusted).toBeNull();
    expect(f.points.map((p) => p.adjustedPosition)).toEqual(['inside', 'inside', 'inside']);
  });

  test('a point beyond the 95 % but inside the 99.8 % limit, and one beyond both', () => {
    // four regions of 400 and one of 100: θ₀ = (4 × 80 + 40)/1700 = 360/1700 = 0.211765;
    // at n = 100 s = √(0.211765 × 0.788235 / 100) = 0.0408557; 95 % upper 29.184 %, 99.8 % upper 33.802 %
    const f = computeFunnel(
      'share',
      [
        { id: 1, numerator: 80, size: 400 },
        { id: 2, numerator: 80, size: 400 },
        { id: 3, numerator: 80, size: 400 },
        { id: 4, numerator: 80, size: 400 },
        { id: 5, numerator: 40, size: 100 },
      ],
      100,
    )!;
    expect(f.points[4].limits.upper95).toBeCloseTo(29.184, 3);
    expect(f.points[4].limits.upper998).toBeCloseTo(33.802, 3);
    expect(f.points[4].position).toBe('above998');
    const g = computeFunnel(
      'share',
      [...f.points.slice(0, 4), { id: 5, numerator: 31, size: 100 }].map(({ id, numerator, size }) => ({
        id,
        numerator,
        size,
      })),
      100,
    )!;
    // θ₀ = 351/1700 = 0.206471, s = 0.0404777: 95 % upper 28.581 %, 99.8 % upper 33.156 %
    expect(g.points[4].position).toBe('above95');
    expect(g.points[0].position).toBe('inside');
  });

  test('a rate per 10,000: Poisson limits θ₀ ± z√(θ₀/n)', () => {
    // A 20 events in 10,000 child-years, B 50 in 20,000: θ₀ = 70/30,000 = 0.00233333;
    // at n = 10,000: s = √(0.00233333/10,000) = 0.000483046; 95 % 23.3333 ± 9.46750 per 10,000
    const f = computeFunnel(
      'rate',
      [
        { id: 'A', numerator: 20, size: 10_000 },
        { id: 'B', numerator: 50, size: 20_000 },
      ],
      10_000,
    )!;
    expect(f.centre).toBeCloseTo(23.33333, 4);
    expect(f.points[0].value).toBe(20);
    expect(f.points[0].limits.lower95).toBeCloseTo(13.86583, 4);
    expect(f.points[0].limits.upper95).toBeCloseTo(32.80083, 4);
    expect(f.points[0].z).toBeCloseTo(-0.690066, 5);
    expect(f.points[1].z).toBeCloseTo(0.48795, 5);
    expect(f.overdispersed).toBe(false);
  });

  test('fewer than two regions, or no variation at all: no funnel', () => {
    expect(computeFunnel('share', [{ id: 1, numerator: 3, size: 10 }], 100)).toBeNull();
    expect(
      computeFunnel(
        'share',
        [
          { id: 1, numerator: 0, size: 10 },
          { id: 2, numerator: 0, size: 20 },
        ],
        100,
      ),
    ).toBeNull();
  });

  test('a share limit never goes below 0 % or above 100 %, and the curve spans the sizes', () => {
    const f = computeFunnel(
      'share',
      [
        { id: 1, numerator: 1, size: 5 },
        { id: 2, numerator: 2, size: 1000 },
      ],
      100,
    )!;
    expect(f.points[0].limits.lower998).toBe(0);
    expect(f.curve[0].size).toBeCloseTo(4, 10);
    expect(f.curve[f.curve.length - 1].size).toBeCloseTo(1200, 6);
  });
});

describe('Winsorising the z-scores', () => {
  test('10 % at each end: of ten values the lowest and the highest are pulled to their neighbours', () => {
    expect(winsorise([-5, 1, 2, 3, 4, 5, 6, 7, 8, 20])).toEqual([1, 1, 2, 3, 4, 5, 6, 7, 8, 8]);
  });
  test('fewer than ten values: nothing changes', () => {
    expect(winsorise([-9, 0, 9])).toEqual([-9, 0, 9]);
  });
});
