/** `npm run db:migrate`: apply the committed migrations. */
import { openDatabase } from '#db/client';
import { migrateDatabase } from '#db/migrate';
import { parseEnv } from '#app/utils/env.server';
import { describeForLog, findStoredDataProblems } from '#app/models/stored-data-check.server';

const env = parseEnv(process.env);
const db = openDatabase(env.DATABASE_PATH);
migrateDatabase(db);
console.log(`Migrated ${env.DATABASE_PATH}.`);
// Values today's forms refuse are reported, never changed: a manager or administrator corrects them.
for (const line of describeForLog(findStoredDataProblems(db.$client))) console.warn(line);
