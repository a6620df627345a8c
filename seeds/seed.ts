/**
 * The demo data set: six proeftuinen, a login per role, 46 months of reports ending in the month
 * the demo is anchored at (`lastPeriod`: last month when `npm start` makes it, October 2026 for the
 * tests, 2023-01 … 2026-10) and the two registers. Deterministic: the same anchor gives the same
 * database. The seed files write every date for the anchor October 2026; another anchor moves them
 * all by the same number of months (./calendar.ts).
 */
import { count } from 'drizzle-orm';
import type { AppDatabase } from '#db/client';
import { bottlenecks, experimentBottlenecks, experiments, regions } from '#db/schema';
import { addMonths, periodRange } from '#app/domain/periods';
import { createRegion, createRegionScope, createReport, createUser } from '#test/factories';
import { coordinatorEmail, DEMO_PASSWORD, DEMO_STAFF } from './demo-accounts';
import { generateRegionSeries, type MonthValues, type SeedEffect } from './generate';
import { createRng, hashSeed } from './random';
import { seedExperience } from './experience';
import { DEMO_ANCHOR, monthsBetween, shiftDate, shiftText } from './calendar';
import { seedReferences } from './references';
import { seedCbs } from './cbs';
import { childrenInScope, SCOPE_SOURCE, SEED_REGIONS, seedScopeOf, type SeedRegion } from './regions';
import { SEED_BOTTLENECKS, SEED_EXPERIMENTS, type SeedBottleneck, type SeedExperiment } from './registers';
import { type ReportStatus } from '#app/domain/report-status';

/** The demo's 46 months: from 45 months before its newest month. */
export const DEMO_MONTHS = 46;
/** The first and last month of the demo anchored at October 2026 (the test databases'). */
export const DEMO_FIRST_PERIOD = addMonths(DEMO_ANCHOR, -(DEMO_MONTHS - 1));
export const DEMO_LAST_PERIOD = DEMO_ANCHOR;

/** The state of each region's newest report (October 2026 in the anchored demo): the month that is being reported now. */
export const LAST_MONTH_STATUS: Record<string, ReportStatus | 'empty'> = {
  'amsterdam-amstelland': 'goedgekeurd',
  'rotterdam-rijnmond': 'goedgekeurd',
  foodvalley: 'ingediend',
  zeeland: 'ingediend',
  utrecht: 'concept',
  // A draft nobody has filled in yet: the region has not started its report.
  'west-brabant-west': 'empty',
};

export function isDatabaseEmpty(db: AppDatabase): boolean {
  return db.select({ n: count() }).from(regions).get()!.n === 0;
}

export interface SeedPlan {
  regions: readonly SeedRegion[];
  firstPeriod: string;
  lastPeriod: string;
  /** the state of the last month per region slug; regions not named are approved */
  lastMonthStatus: Readonly<Record<string, ReportStatus | 'empty'>>;
  experiments: readonly SeedExperiment[];
  bottlenecks: readonly SeedBottleneck[];
  /**
   * Months the regions' scopes (pilot start, children per year, as seeds/regions.ts writes them for
   * the anchor October 2026) move: 0 for that anchor. The other fields hold their dates moved already.
   */
  shift: number;
}

/**
 * The demo ending in `lastPeriod`: every date of the seed files moved by the months between
 * October 2026 and `lastPeriod`, so each keeps its distance to the newest month.
 */
export function demoPlan(lastPeriod: string): SeedPlan {
  const shift = monthsBetween(DEMO_ANCHOR, lastPeriod);
  return {
    regions: shiftRegions(SEED_REGIONS, shift),
    firstPeriod: addMonths(lastPeriod, -(DEMO_MONTHS - 1)),
    lastPeriod,
    lastMonthStatus: LAST_MONTH_STATUS,
    experiments: shiftExperiments(SEED_EXPERIMENTS, shift),
    bottlenecks: shiftBottlenecks(SEED_BOTTLENECKS, shift),
    shift,
  };
}

/** The demo anchored at October 2026, as the seed files write it (the tests' and the benchmark's). */
export const DEMO_PLAN: SeedPlan = demoPlan(DEMO_ANCHOR);

export function shiftRegions(list: readonly SeedRegion[], months: number): SeedRegion[] {
  return list.map((r) => ({ ...r, reportingStart: addMonths(r.reportingStart, months) }));
}

export function shiftExperiments(list: readonly SeedExperiment[], months: number): SeedExperiment[] {
  if (months === 0) return [...list];
  return list.map((e) => ({
    ...e,
    startDate: e.startDate && shiftDate(e.startDate, months),
    endDate: e.endDate && shiftDate(e.endDate, months),
    description: shiftText(e.description, months),
    hypothesis: shiftText(e.hypothesis, months),
    lessons: e.lessons && shiftText(e.lessons, months),
  }));
}

export function shiftBottlenecks(list: readonly SeedBottleneck[], months: number): SeedBottleneck[] {
  if (months === 0) return [...list];
  return list.map((b) => ({
    ...b,
    identifiedDate: shiftDate(b.identifiedDate, months),
    resolvedDate: b.resolvedDate && shiftDate(b.resolvedDate, months),
    description: shiftText(b.description, months),
    proposedSolution: shiftText(b.proposedSolution, months),
  }));
}

/** A region's scope in the plan's calendar: the pilot start moved by the plan's shift. */
function planScopeOf(region: SeedRegion, plan: Pick<SeedPlan, 'shift'>) {
  const scope = seedScopeOf({ ...region, reportingStart: addMonths(region.reportingStart, -plan.shift) });
  return { ...scope, pilotStart: addMonths(scope.pilotStart, plan.shift) };
}

/** The experiments of a region as effects on its figures: only those that have started. */
export function effectsOf(slug: string, experimentsOfPlan: readonly SeedExperiment[]): SeedEffect[] {
  return experimentsOfPlan
    .filter((e) => e.region === slug && e.startDate !== null)
    .map((e) => ({
      indicators: e.indicators,
      effect: e.effect,
      start: e.startDate!.slice(0, 7),
      end: e.status === 'gestopt' && e.endDate ? e.endDate.slice(0, 7) : null,
    }));
}

/** A region's seeded figures, one set per month of the plan (oldest first). */
export function regionSeries(region: SeedRegion, plan: SeedPlan): MonthValues[] {
  const scope = planScopeOf(region, plan);
  return generateRegionSeries(region, {
    periods: periodRange(plan.firstPeriod, plan.lastPeriod),
    pilotStart: scope.pilotStart,
    // The children of the month as the seed files write it (scopes count children on 1 January).
    children: (period) => childrenInScope(scope, addMonths(period, -plan.shift)),
    effects: effectsOf(region.slug, plan.experiments),
  });
}

/**
 * The demo whose newest month is `lastPeriod`: `demoAnchorFor(new Date())` (last month) for a demo
 * made now, `DEMO_ANCHOR` (October 2026) for the test databases.
 */
export function seedDemoData(
  db: AppDatabase,
  hash: (password: string) => Promise<string>,
  { lastPeriod }: { lastPeriod: string },
) {
  return seedData(db, hash, demoPlan(lastPeriod));
}

/** Regions, a login per region and staff role, every month's report, and the registers. */
export async function seedData(db: AppDatabase, hash: (password: string) => Promise<string>, plan: SeedPlan) {
  const hashes = await Promise.all([...plan.regions, ...DEMO_STAFF].map(() => hash(DEMO_PASSWORD)));
  const periods = periodRange(plan.firstPeriod, plan.lastPeriod);
  db.transaction((tx) => {
    const regionIds = new Map<string, number>();
    const coordinatorIds = new Map<string, number>();
    let h = 0;
    const managerIds: number[] = [];
    for (const staff of DEMO_STAFF) {
      const u = createUser(tx, { ...staff, passwordHash: hashes[h++] });
      if (u.role === 'manager') managerIds.push(u.id);
    }
    plan.regions.forEach((r, i) => {
      const scope = planScopeOf(r, plan);
      const region = createRegion(tx, { ...r, sortOrder: i + 1, pilotStart: scope.pilotStart });
      regionIds.set(r.slug, region.id);
      for (const [year, children] of Object.entries(scope.children))
        createRegionScope(tx, {
          regionId: region.id,
          effectiveFrom: addMonths(`${year}-01`, plan.shift),
          children,
          municipalities: [...scope.municipalities],
          source: SCOPE_SOURCE,
        });
      const coordinator = createUser(tx, {
        email: coordinatorEmail(r.slug),
        name: `Coördinator ${r.name}`,
        role: 'coordinator',
        regionId: region.id,
        passwordHash: hashes[h++],
      });
      coordinatorIds.set(r.slug, coordinator.id);
      const rng = createRng(hashSeed(`status:${r.slug}`));
      const series = regionSeries(r, plan);
      periods.forEach((period, monthIndex) => {
        const last = period === plan.lastPeriod;
        const state = last ? (plan.lastMonthStatus[r.slug] ?? 'goedgekeurd') : 'goedgekeurd';
        const status: ReportStatus = state === 'empty' ? 'concept' : state;
        const next = addMonths(period, 1);
        // Most reports arrive before the 15th; about one in eight is late.
        const submitDay = rng() < 0.12 ? 16 + Math.floor(rng() * 10) : 4 + Math.floor(rng() * 11);
        const submittedAt = `${next}-${String(submitDay).padStart(2, '0')}T10:00:00.000Z`;
        const approvedAt = `${next}-${String(Math.min(28, submitDay + 2)).padStart(2, '0')}T15:00:00.000Z`;
        createReport(tx, {
          regionId: region.id,
          period,
          status,
          values: state === 'empty' ? {} : series[monthIndex]!,
          createdBy: coordinator.id,
          updatedAt: `${next}-01T09:00:00.000Z`,
          submittedBy: status === 'concept' ? null : coordinator.id,
          submittedAt: status === 'concept' ? null : submittedAt,
          approvedBy: status === 'goedgekeurd' ? managerIds[monthIndex % managerIds.length] : null,
          approvedAt: status === 'goedgekeurd' ? approvedAt : null,
        });
      });
    });
    seedRegisters(tx, regionIds, managerIds[0], plan);
    seedReferences(tx, plan.lastPeriod);
    seedCbs(tx, {
      regionIds,
      managerId: managerIds[0]!,
      retrievedAt: `${shiftDate('2026-10-15', monthsBetween(DEMO_ANCHOR, plan.lastPeriod))}T09:00:00.000Z`,
    });
    seedExperience(tx, plan.regions, regionIds, coordinatorIds, managerIds[0], plan.lastPeriod);
  });
}

function seedRegisters(
  db: Pick<AppDatabase, 'insert'>,
  regionIds: Map<string, number>,
  managerId: number,
  plan: Pick<SeedPlan, 'experiments' | 'bottlenecks' | 'shift'>,
) {
  const bottleneckIds = new Map<string, number>();
  for (const b of plan.bottlenecks) {
    const row = db
      .insert(bottlenecks)
      .values({
        regionId: regionIds.get(b.region)!,
        title: b.title,
        description: b.description,
        legalFramework: b.legalFramework,
        article: b.article,
        principle: b.principle,
        severity: b.severity,
        status: b.status,
        statusSince: b.resolvedDate ?? b.identifiedDate,
        identifiedDate: b.identifiedDate,
        resolvedDate: b.resolvedDate,
        proposedSolution: b.proposedSolution,
        createdBy: managerId,
        updatedBy: managerId,
      })
      .returning({ id: bottlenecks.id })
      .get();
    bottleneckIds.set(b.key, row.id);
  }
  for (const e of plan.experiments) {
    const row = db
      .insert(experiments)
      .values({
        regionId: regionIds.get(e.region)!,
        title: e.title,
        hypothesis: e.hypothesis,
        description: e.description,
        principles: e.principles,
        themes: e.themes,
        partners: e.partners,
        status: e.status,
        statusSince: e.endDate ?? e.startDate ?? shiftDate('2023-01-01', plan.shift),
        startDate: e.startDate,
        endDate: e.endDate,
        outcome: e.outcome,
        lessons: e.lessons,
        indicators: e.indicators,
        createdBy: managerId,
        updatedBy: managerId,
      })
      .returning({ id: experiments.id })
      .get();
    const links = e.bottleneckKeys.map((key) => ({
      experimentId: row.id,
      bottleneckId: bottleneckIds.get(key)!,
    }));
    if (links.length > 0) db.insert(experimentBottlenecks).values(links).run();
  }
}
