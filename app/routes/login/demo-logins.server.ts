import { asc, eq, like } from 'drizzle-orm';
import { regions, users } from '#db/schema';
import { DEMO_DOMAIN, DEMO_PASSWORD } from '#seeds/demo-accounts';
import { getDb } from '#app/utils/db.server';

/** The demo accounts that exist in this database (demo mode only). */
export function listDemoLogins() {
  const rows = getDb()
    .select({ email: users.email, role: users.role, region: regions.name })
    .from(users)
    .leftJoin(regions, eq(regions.id, users.regionId))
    .where(like(users.email, `%@${DEMO_DOMAIN}`))
    .orderBy(asc(users.role), asc(users.email))
    .all();
  return { password: DEMO_PASSWORD, accounts: rows };
}
