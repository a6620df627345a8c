/**
 * The demo users the tests sign in as: one list, built from the seed's own accounts
 * (seeds/demo-accounts.ts), so a renamed account changes here and nowhere else.
 * Each account goes by its e-mail's local part ('manager1', 'reviewer', 'coordinator.zeeland', …);
 * the route tests' short names stay beside them: Region A is utrecht (its 2026-10 report is a
 * draft), B is west-brabant-west, 'manager' is manager1.
 */
import { coordinatorEmail, DEMO_STAFF } from '#seeds/demo-accounts';
import { SEED_REGION_SLUGS } from '#seeds/registers';

type Staff = (typeof DEMO_STAFF)[number];
type LocalPart<E extends string> = E extends `${infer L}@${string}` ? L : never;

const staff = (role: Staff['role'], n = 0) => DEMO_STAFF.filter((s) => s.role === role)[n]!.email;

export const REGION_A = 'utrecht';
export const REGION_B = 'west-brabant-west';

/** Each seeded region's coordinator as `coordinator.<slug>`. */
type Coordinators = Record<`coordinator.${(typeof SEED_REGION_SLUGS)[number]}`, string>;
/** Each staff account by its e-mail's local part: manager1, manager2, reviewer, admin. */
type StaffByName = Record<LocalPart<Staff['email']>, string>;

export const DEMO_USERS = {
  ...(Object.fromEntries(DEMO_STAFF.map((s) => [s.email.split('@')[0], s.email])) as StaffByName),
  ...(Object.fromEntries(
    SEED_REGION_SLUGS.map((slug) => [`coordinator.${slug}`, coordinatorEmail(slug)]),
  ) as Coordinators),
  coordinatorA: coordinatorEmail(REGION_A),
  coordinatorB: coordinatorEmail(REGION_B),
  manager: staff('manager'),
} as const;

export type DemoUser = keyof typeof DEMO_USERS;

/** Every demo account once, by its e-mail's local part: the staff, then each region's coordinator. */
export const DEMO_ACCOUNTS = [
  ...DEMO_STAFF.map((s) => s.email.split('@')[0] as LocalPart<Staff['email']>),
  ...SEED_REGION_SLUGS.map((slug) => `coordinator.${slug}` as const),
] satisfies DemoUser[];

/** The e-mail address of a demo user. */
export function demoEmail(user: DemoUser): string {
  return DEMO_USERS[user];
}
