/** `npm run db:seed`: demo data into an empty database (demo mode only). */
import { openDatabase } from '#db/client';
import { migrateDatabase } from '#db/migrate';
import { parseEnv } from '#app/utils/env.server';
import { hashPassword } from '#app/utils/password.server';
import { isDatabaseEmpty, seedDemoData } from '#seeds/seed';
import { demoAnchorFor } from '#seeds/calendar';

const env = parseEnv(process.env);
if (!env.isDemo) {
  console.error('Refusing to seed demo data: APP_MODE is production.');
  process.exit(1);
}
const db = openDatabase(env.DATABASE_PATH);
migrateDatabase(db);
if (!isDatabaseEmpty(db)) {
  console.error(`${env.DATABASE_PATH} already holds data; run npm run db:reset to start again.`);
  process.exit(1);
}
const lastPeriod = demoAnchorFor(new Date());
await seedDemoData(db, hashPassword, { lastPeriod });
console.log(
  `Demo data seeded into ${env.DATABASE_PATH} (newest month ${lastPeriod}, last month by the system clock).`,
);
