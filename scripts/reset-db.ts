/** `npm run db:reset`: throw the demo database away and build it again (demo mode only). */
import fs from 'node:fs';
import { openDatabase } from '#db/client';
import { migrateDatabase } from '#db/migrate';
import { parseEnv } from '#app/utils/env.server';
import { hashPassword } from '#app/utils/password.server';
import { seedDemoData } from '#seeds/seed';
import { demoAnchorFor } from '#seeds/calendar';

const env = parseEnv(process.env);
if (!env.isDemo) {
  console.error('Refusing to reset: APP_MODE is production.');
  process.exit(1);
}
for (const suffix of ['', '-wal', '-shm']) fs.rmSync(env.DATABASE_PATH + suffix, { force: true });
const db = openDatabase(env.DATABASE_PATH);
migrateDatabase(db);
const lastPeriod = demoAnchorFor(new Date());
await seedDemoData(db, hashPassword, { lastPeriod });
console.log(
  `Database ${env.DATABASE_PATH} reset and seeded (newest month ${lastPeriod}, last month by the system clock).`,
);
