/**
 * The demo users the tests sign in as: one list, built from the seed's own accounts
 * (seeds/demo-accounts.ts), so a renamed account changes here and nowhere else.
 * Region A is utrecht (its 2026-10 report is a draft); B is west-brabant-west.
 */
import { coordinatorEmail, DEMO_STAFF } from '#seeds/demo-accounts';
import { SEED_REGION_SLUGS } from '#seeds/registers';

const staff = (role: string, n = 0) => DEMO_STAFF.filter((s) => s.role === role)[n]!.email;

export const REGION_A = 'utrecht';
export const REGION_B = 'west-brabant-west';

/** Each seeded region's coordinator as `coordinator.<slug>`. */
type Coordinators = Record<`coordinator.${(typeof SEED_REGION_SLUGS)[number]}`, string>;

export const DEMO_USERS = {
  coordinatorA: coordinatorEmail(REGION_A),
  coordinatorB: coordinatorEmail(REGION_B),
  ...(Object.fromEntries(
    SEED_REGION_SLUGS.map((slug) => [`coordinator.${slug}`, coordinatorEmail(slug)]),
  ) as Coordinators),
  manager: staff('manager'),
  manager2: staff('manager', 1),
  reviewer: staff('reviewer'),
  admin: staff('admin'),
} as const;

export type DemoUser = keyof typeof DEMO_USERS;
