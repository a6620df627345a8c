/**
 * Demo experience counts (issue 25): eight quarters of parents' and young people's answers and four
 * half-years of professionals', per region and route, as a survey tool would deliver them. The
 * assumptions are in seeds/README.md ("Experience"). Deterministic: each region has its own random
 * stream, apart from the report values' streams, so the figures of the reports do not move.
 */
import { experienceAnswers, experienceCounts, experiencePeriods } from '#db/schema';
import type { AppDatabase } from '#db/client';
import {
  EXPERIENCE_GROUP_INFO,
  halfOfQuarter,
  itemsOfGroup,
  periodFromIndex,
  periodIndex,
  type ExperienceGroup,
  type ExperienceRoute,
} from '#app/domain/experience-items';
import { addMonths, quarterOf } from '#app/domain/periods';
import { between, createRng, hashSeed, type Rng } from './random';
import type { SeedRegion } from './regions';

export const DEMO_EXPERIENCE_QUARTERS = 8;
export const DEMO_EXPERIENCE_HALVES = 4;

/** The last quarter's state per region: approved unless named ('none': not delivered yet). */
export const LAST_QUARTER_STATE: Readonly<Record<string, 'submitted' | 'none'>> = {
  zeeland: 'submitted',
  'west-brabant-west': 'none',
};

/** Invited per quarter (clients) or half-year (professionals) at size 1 (Rotterdam-Rijnmond). */
const INVITED_AT_SIZE_1: Readonly<Record<ExperienceGroup, Partial<Record<ExperienceRoute, number>>>> = {
  parents: { local: 260, safety: 90, measure: 45 },
  youth: { local: 80, safety: 35, measure: 20 },
  prof_local: { all: 220 },
  prof_safety: { all: 130 },
};

/** Where the shares start, all regions together; each region is moved from here by its own offset. */
const START_SHARE: Readonly<Record<string, number>> = {
  parent_heard: 0.68,
  parent_understood: 0.6,
  parent_plan_together: 0.52,
  parent_help_fit: 0.48,
  parent_trust: 0.66,
  parent_rights: 0.42,
  parent_safer: 0.58,
  youth_listened: 0.55,
  youth_understood: 0.5,
  youth_safer: 0.6,
  prof_workload: 0.45,
  prof_moral_distress: 0.3,
  prof_room: 0.5,
  prof_intend_leave: 0.22,
  prof_reflection: 0.7,
};

/** A binomial draw (sum of Bernoulli trials: the counts are small). */
function binomial(rng: Rng, n: number, p: number): number {
  let k = 0;
  for (let i = 0; i < n; i++) if (rng() < p) k++;
  return k;
}

const clamp = (v: number) => Math.min(0.95, Math.max(0.05, v));

/** The last quarter ended by the demo's last month ('2026-10' → '2026-Q3'). */
export function lastSeededQuarter(lastPeriod: string): string {
  return quarterOf(addMonths(lastPeriod, -2));
}

export function seedExperience(
  db: Pick<AppDatabase, 'insert'>,
  regions: readonly SeedRegion[],
  regionIds: ReadonlyMap<string, number>,
  coordinatorIds: ReadonlyMap<string, number>,
  managerId: number | undefined,
  lastPeriod: string,
) {
  const lastQuarter = lastSeededQuarter(lastPeriod);
  const lastQ = periodIndex(lastQuarter);
  const lastHalfOfQuarter = periodIndex(halfOfQuarter(lastQuarter));
  // A half-year is over once its last quarter is: Q2 and Q4 end one.
  const lastH = /-Q[24]$/.test(lastQuarter) ? lastHalfOfQuarter : lastHalfOfQuarter - 1;
  for (const region of regions) {
    const regionId = regionIds.get(region.slug)!;
    const rng = createRng(hashSeed(`experience:${region.slug}`));
    const response = between(rng, 0.24, 0.33); // the region's response rate: 20–40 % with the noise
    const offset = between(rng, -0.1, 0.1); // the region's level against the programme
    const drift = between(rng, 0, 0.025); // per year: shares move slowly
    const periods: { period: string; yearsIn: number }[] = [];
    for (let i = DEMO_EXPERIENCE_QUARTERS - 1; i >= 0; i--)
      periods.push({
        period: periodFromIndex(lastQ - i, 'quarter'),
        yearsIn: (DEMO_EXPERIENCE_QUARTERS - 1 - i) / 4,
      });
    for (let i = DEMO_EXPERIENCE_HALVES - 1; i >= 0; i--)
      periods.push({
        period: periodFromIndex(lastH - i, 'half'),
        yearsIn: (DEMO_EXPERIENCE_HALVES - 1 - i) / 2,
      });
    for (const { period, yearsIn } of periods) {
      const lastOne = period === lastQuarter;
      const state = lastOne ? (LAST_QUARTER_STATE[region.slug] ?? 'approved') : 'approved';
      if (state === 'none') continue;
      const quarterEnd = period.includes('-Q') ? period : period.replace('-H1', '-Q2').replace('-H2', '-Q4');
      const stamp = `${quarterStartAfter(quarterEnd)}-20T10:00:00.000Z`;
      const { id: periodId } = db
        .insert(experiencePeriods)
        .values({
          regionId,
          period,
          status: state,
          submittedAt: stamp,
          submittedBy: coordinatorIds.get(region.slug) ?? null,
          approvedAt: state === 'approved' ? stamp : null,
          approvedBy: state === 'approved' ? (managerId ?? null) : null,
        })
        .returning({ id: experiencePeriods.id })
        .get();
      for (const g of EXPERIENCE_GROUP_INFO) {
        if ((g.cadence === 'quarter') !== period.includes('-Q')) continue;
        for (const route of g.routes) {
          const base = INVITED_AT_SIZE_1[g.code][route] ?? 0;
          const invited = Math.max(1, Math.round(base * region.size * between(rng, 0.85, 1.15)));
          const responded = binomial(rng, invited, response + (g.cadence === 'half' ? 0.03 : 0));
          const { id: countId } = db
            .insert(experienceCounts)
            .values({ periodId, group: g.code, route, invited, responded })
            .returning({ id: experienceCounts.id })
            .get();
          for (const item of itemsOfGroup(g.code)) {
            const answered = responded - binomial(rng, responded, 0.04);
            const routeShift = route === 'measure' ? -0.08 : route === 'safety' ? -0.04 : 0;
            const better = item.direction === 'higher' ? 1 : -1;
            const p = clamp((START_SHARE[item.code] ?? 0.5) + offset + routeShift + better * drift * yearsIn);
            const agreed = binomial(rng, answered, p);
            db.insert(experienceAnswers).values({ countId, item: item.code, answered, agreed }).run();
          }
        }
      }
    }
  }
}

/** The first month after a quarter ('2026-Q3' → '2026-10'), when its counts arrive. */
function quarterStartAfter(quarter: string): string {
  const [year, q] = [Number(quarter.slice(0, 4)), Number(quarter.slice(6))];
  return q === 4 ? `${year + 1}-01` : `${year}-${String(q * 3 + 1).padStart(2, '0')}`;
}
