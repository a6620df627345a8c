import { describe, expect, test } from 'vitest';
import { cellsAsOf, experienceFigures, windowShare, type ExperienceCell } from './experience-figures';
import { periodFromIndex, periodIndex } from './experience-items';

const cell = (
  period: string,
  answered: number,
  agreed: number,
  extra: Partial<ExperienceCell> = {},
): ExperienceCell => ({
  regionId: 1,
  period,
  group: 'parents',
  invited: answered * 4,
  responded: answered,
  items: { parent_heard: { answered, agreed } },
  ...extra,
});
/** Quarters from 2025-Q1 on, one cell per [answered, agreed]. */
const quarters = (...counts: [number, number][]) =>
  counts.map(([a, k], i) => cell(periodFromIndex(periodIndex('2025-Q1') + i, 'quarter'), a, k));
const heard = (cells: ExperienceCell[], rounded = false) =>
  experienceFigures(cells, ['parent_heard'], rounded)[0]!;
const W = { from: '2026-Q1', to: '2026-Q1' };

describe('the share agreeing with its Wilson 95 % interval', () => {
  test('0 %: 0 of 12 agree, the interval runs from 0 to 24.2 %', () => {
    const f = windowShare([cell('2026-Q1', 12, 0)], 'parent_heard', W, false);
    expect(f).toMatchObject({ state: 'shown', n: 12, share: 0, low: 0 });
    expect(f.high).toBeCloseTo(0.2425, 4);
  });

  test('100 %: 12 of 12 agree, the interval runs from 75.8 % to 100 %', () => {
    const f = windowShare([cell('2026-Q1', 12, 12)], 'parent_heard', W, false);
    expect(f).toMatchObject({ state: 'shown', n: 12, share: 1 });
    expect(f.low).toBeCloseTo(0.7575, 4);
    expect(f.high).toBeCloseTo(1, 10);
  });

  test('small n: 7 of 10 agree, 39.7 % to 89.2 %', () => {
    const f = windowShare([cell('2026-Q1', 10, 7)], 'parent_heard', W, false);
    expect(f.share).toBe(0.7);
    expect(f.low).toBeCloseTo(0.3968, 4);
    expect(f.high).toBeCloseTo(0.8922, 4);
  });
});

describe('the window: the latest quarter, or four rolling quarters below 30 answers', () => {
  test('a latest quarter with 30 answers or more stands alone', () => {
    const f = heard(quarters([40, 20], [40, 20], [40, 20], [30, 27]));
    expect(f.current).toMatchObject({ from: '2025-Q4', to: '2025-Q4', rolling: false, n: 30, share: 0.9 });
    expect(f.responded).toBe(30);
    expect(f.invited).toBe(120);
  });

  test('a latest quarter with 29 answers is shown as the last four quarters together', () => {
    const f = heard(quarters([40, 40], [20, 10], [20, 10], [20, 10], [29, 14]));
    // 2025-Q2 … 2026-Q1: 20 + 20 + 20 + 29 answers, 10 + 10 + 10 + 14 agree; 2025-Q1 falls outside
    expect(f.current).toMatchObject({ from: '2025-Q2', to: '2026-Q1', rolling: true, n: 89 });
    expect(f.current.share).toBeCloseTo(44 / 89, 10);
    expect(f.responseRate).toBeCloseTo(89 / 356, 10);
  });

  test('professionals: a half-year below 30 answers is shown with the half-year before it', () => {
    const prof = (period: string, a: number, k: number) =>
      cell(period, a, k, { group: 'prof_local', items: { prof_workload: { answered: a, agreed: k } } });
    const [f] = experienceFigures(
      [prof('2025-H2', 20, 10), prof('2026-H1', 12, 9)],
      ['prof_workload'],
      false,
    );
    expect(f!.current).toMatchObject({ from: '2025-H2', to: '2026-H1', rolling: true, n: 32 });
  });

  test('as of a period: quarters and half-years ended by its last month', () => {
    const cells = [
      cell('2026-Q2', 10, 5),
      cell('2026-Q3', 10, 5),
      cell('2026-H1', 10, 5),
      cell('2026-H2', 10, 5),
    ];
    expect(cellsAsOf(cells, '2026-Q2').map((c) => c.period)).toEqual(['2026-Q2', '2026-H1']);
    expect(cellsAsOf(cells, '2026-Q3').map((c) => c.period)).toEqual(['2026-Q2', '2026-Q3', '2026-H1']);
    expect(cellsAsOf(cells, '2026').map((c) => c.period)).toEqual([
      '2026-Q2',
      '2026-Q3',
      '2026-H1',
      '2026-H2',
    ]);
  });
});

describe('disclosure: below 10 answers, and the periods that would give it away', () => {
  test('a window with 9 answers is hidden (small denominator); its response rate is still shown', () => {
    const f = heard([cell('2026-Q1', 9, 4)]);
    expect(f.current).toMatchObject({ state: 'hidden', reason: 'small-denominator', n: null, share: null });
    expect(f.responseRate).toBe(0.25);
  });

  test('a rolling window holding a quarter with 1–9 answers is hidden with it (complementary)', () => {
    // 2025-Q4 has 6 answers: the windows ending 2025-Q4 … 2026-Q3 would differ from their
    // neighbours by it, so each is hidden; the window ending 2026-Q4 no longer holds it.
    const cells = quarters([20, 10], [20, 10], [20, 10], [6, 1], [20, 10], [20, 10], [20, 10], [20, 10]);
    const shown = cells.map((_, i) => heard(cells.slice(0, i + 1)).current);
    expect(shown.map((s) => `${s.to} ${s.state} ${s.reason ?? ''}`.trim())).toEqual([
      '2025-Q1 shown',
      '2025-Q2 shown',
      '2025-Q3 shown',
      '2025-Q4 hidden protects',
      '2026-Q1 hidden protects',
      '2026-Q2 hidden protects',
      '2026-Q3 hidden protects',
      '2026-Q4 shown',
    ]);
    // No shown window (nor first year) holds the small quarter: no difference of shown figures has it.
    const small = periodIndex('2025-Q4');
    for (let i = 0; i < cells.length; i++) {
      const f = heard(cells.slice(0, i + 1));
      for (const w of [f.current, f.first])
        if (w?.state === 'shown')
          expect(periodIndex(w.from) <= small && small <= periodIndex(w.to)).toBe(false);
    }
  });

  test('a reviewer sees counts rounded to 5 per cell, the share computed from them', () => {
    const f = heard([cell('2026-Q1', 32, 23)], true);
    // 32 → 30, 23 → 25, invited 128 → 130
    expect(f.current).toMatchObject({ state: 'shown', n: 30 });
    expect(f.current.share).toBeCloseTo(25 / 30, 10);
    expect(f.invited).toBe(130);
    expect(f.responded).toBe(30);
  });

  test('a reviewer is shown no share where the exact count is below 10, even if it rounds to 10', () => {
    expect(heard([cell('2026-Q1', 8, 4)], true).current).toMatchObject({
      state: 'hidden',
      reason: 'small-denominator',
    });
  });

  test('no answers: unknown, not 0 %; an unknown invited count gives an unknown response rate', () => {
    const f = heard([cell('2026-Q1', 0, 0, { invited: null, responded: 0 })]);
    expect(f.current).toMatchObject({ state: 'unknown', share: null });
    expect(f.responseRate).toBeNull();
  });
});

describe('change against the first measured year', () => {
  test('shown once the current window lies wholly after the first year, with Newcombe’s interval: 75 % − 50 % = 25 points (8.0 to 38.2)', () => {
    const cells = quarters([40, 20], [40, 20], [40, 20], [40, 20], [40, 30]);
    const f = heard(cells);
    expect(f.first).toMatchObject({ from: '2025-Q1', to: '2025-Q4', n: 160, share: 0.5 });
    expect(f.current).toMatchObject({ to: '2026-Q1', share: 0.75 });
    expect(f.change!.value).toBeCloseTo(0.25, 10);
    expect(f.change!.low).toBeCloseTo(0.08, 2);
    expect(f.change!.high).toBeCloseTo(0.382, 2);
  });

  test('not while the current window overlaps the first year', () => {
    const f = heard(quarters([40, 20], [40, 20], [40, 20], [40, 20], [20, 15]));
    expect(f.current).toMatchObject({ from: '2025-Q2', to: '2026-Q1' });
    expect(f.first).toBeNull();
    expect(f.change).toBeNull();
  });
});
