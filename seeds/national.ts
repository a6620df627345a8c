/**
 * A national-scale data set for the benchmark: the six proeftuinen plus synthetic youth-care
 * regions up to `regionCount` (42 in the Netherlands), `months` months of history ending in
 * `lastPeriod` (October 2026 unless named), and the registers scaled up in proportion. Same generator as the demo data.
 */
import { addMonths } from '#app/domain/periods';
import { createRng, hashSeed, between } from './random';
import { SEED_REGIONS, type SeedRegion } from './regions';
import { SEED_BOTTLENECKS, SEED_EXPERIMENTS } from './registers';
import { DEMO_ANCHOR, monthsBetween } from './calendar';
import { LAST_MONTH_STATUS, shiftBottlenecks, shiftExperiments, shiftRegions, type SeedPlan } from './seed';

export function nationalRegions(regionCount: number): SeedRegion[] {
  const out: SeedRegion[] = SEED_REGIONS.slice(0, regionCount).map((r) => ({ ...r }));
  for (let i = out.length; i < regionCount; i++) {
    const rng = createRng(hashSeed(`national:${i}`));
    const n = String(i + 1).padStart(2, '0');
    out.push({
      slug: `jeugdregio-${n}`,
      name: `Jeugdregio ${n}`,
      planName: `Regioplan ${n}`,
      reportingStart: '2023-01',
      size: Math.round(between(rng, 0.2, 1) * 100) / 100,
      onePlan: [between(rng, 0.4, 0.6), between(rng, 0.6, 0.85)],
      escalation: [between(rng, 0.12, 0.19), between(rng, 0.08, 0.14)],
      reviewed: [between(rng, 0.78, 0.86), between(rng, 0.86, 0.95)],
      oneContact: [between(rng, 0.55, 0.7), between(rng, 0.7, 0.9)],
      zeroToHundred: Math.round(between(rng, 5, 30)),
      sickLeave: between(rng, 0.055, 0.08),
      rates: {
        signals: Math.round(between(rng, 0.8, 1.25) * 100) / 100,
        measures: Math.round(between(rng, 0.75, 1.35) * 100) / 100,
        placements: Math.round(between(rng, 0.75, 1.3) * 100) / 100,
      },
      measureTrend: Math.round(between(rng, -0.1, 0.03) * 100) / 100,
    });
  }
  return out;
}

export function nationalPlan(regionCount = 42, months = 120, lastPeriod = DEMO_ANCHOR): SeedPlan {
  const shift = monthsBetween(DEMO_ANCHOR, lastPeriod);
  const firstPeriod = addMonths(lastPeriod, -(months - 1));
  const regions = shiftRegions(nationalRegions(regionCount), shift).map((r) => ({
    ...r,
    reportingStart: firstPeriod,
  }));
  const seedExperiments = shiftExperiments(SEED_EXPERIMENTS, shift);
  const seedBottlenecks = shiftBottlenecks(SEED_BOTTLENECKS, shift);
  const template = (i: number) => SEED_REGIONS[i % SEED_REGIONS.length].slug;
  const experiments = regions.flatMap((r, i) =>
    seedExperiments
      .filter((e) => e.region === template(i))
      .map((e) => ({
        ...e,
        key: `${r.slug}:${e.key}`,
        region: r.slug,
        bottleneckKeys: e.bottleneckKeys
          .filter((k) => seedBottlenecks.some((b) => b.key === k && b.region === template(i)))
          .map((k) => `${r.slug}:${k}`),
      })),
  );
  const bottlenecks = regions.flatMap((r, i) =>
    seedBottlenecks
      .filter((b) => b.region === template(i))
      .map((b) => ({
        ...b,
        key: `${r.slug}:${b.key}`,
        region: r.slug,
      })),
  );
  return {
    regions,
    firstPeriod,
    lastPeriod,
    lastMonthStatus: LAST_MONTH_STATUS,
    experiments,
    bottlenecks,
    shift,
  };
}
