/** `npm run db:backup -- FILE`: online backup of DATABASE_PATH to FILE; safe while the server runs. */
import { backupDatabase } from '#db/backup';
import { parseEnv } from '#app/utils/env.server';

const target = process.argv[2];
if (!target) {
  console.error('Usage: npm run db:backup -- FILE');
  process.exit(1);
}
const env = parseEnv(process.env);
await backupDatabase(env.DATABASE_PATH, target);
console.log(`Backed up ${env.DATABASE_PATH} to ${target} (integrity ok).`);
