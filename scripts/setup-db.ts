/**
 * Runs before the server starts: validates the environment, creates and migrates the database,
 * and in demo mode seeds the demo data into an empty database. Production never gets demo data.
 */
import { openDatabase } from '#db/client';
import { migrateDatabase } from '#db/migrate';
import { EnvError, parseEnv } from '#app/utils/env.server';
import { hashPassword } from '#app/utils/password.server';
import { isDatabaseEmpty, seedDemoData } from '#seeds/seed';
import { demoAnchorFor } from '#seeds/calendar';

try {
  const env = parseEnv(process.env);
  const db = openDatabase(env.DATABASE_PATH);
  migrateDatabase(db);
  if (env.isDemo && isDatabaseEmpty(db)) {
    const lastPeriod = demoAnchorFor(new Date());
    await seedDemoData(db, hashPassword, { lastPeriod });
    console.log(
      `Demo data seeded into ${env.DATABASE_PATH} (newest month ${lastPeriod}, last month by the system clock).`,
    );
  }
  console.log(`Database ready: ${env.DATABASE_PATH} (${env.APP_MODE} mode).`);
  db.$client.close();
} catch (error) {
  if (error instanceof EnvError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
