/** `npm run db:migrate`: apply the committed migrations. */
import { openDatabase } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { parseEnv } from '../app/utils/env.server';

const env = parseEnv(process.env);
const db = openDatabase(env.DATABASE_PATH);
migrateDatabase(db);
console.log(`Migrated ${env.DATABASE_PATH}.`);
