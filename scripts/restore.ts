/** `npm run db:restore -- FILE`: replace DATABASE_PATH by the backup FILE. Stop the server first. */
import { restoreDatabase } from '#db/backup';
import { parseEnv } from '#app/utils/env.server';

const source = process.argv[2];
if (!source) {
  console.error('Usage: npm run db:restore -- FILE   (with the server stopped)');
  process.exit(1);
}
const env = parseEnv(process.env);
await restoreDatabase(source, env.DATABASE_PATH);
console.log(`Restored ${env.DATABASE_PATH} from ${source}.`);
