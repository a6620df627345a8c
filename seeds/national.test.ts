import { describe, expect, test } from 'vitest';
import { nationalPlan } from './national';

describe('the national benchmark plan', () => {
  test('has 42 regions, 120 months ending 2026-10, and registers scaled in proportion', () => {
    const plan = nationalPlan(42, 120);
    expect(plan.regions).toHaveLength(42);
    expect(new Set(plan.regions.map((r) => r.slug)).size).toBe(42);
    expect(plan.firstPeriod).toBe('2016-11');
    expect(plan.lastPeriod).toBe('2026-10');
    // 27 experiments and 21 bottlenecks over 6 regions → 7 copies of each region's set.
    expect(plan.experiments).toHaveLength(27 * 7);
    expect(plan.bottlenecks).toHaveLength(21 * 7);
    const keys = new Set(plan.bottlenecks.map((b) => b.key));
    for (const e of plan.experiments) for (const k of e.bottleneckKeys) expect(keys.has(k)).toBe(true);
  });
});
