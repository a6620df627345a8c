import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { isSealed, seal, totpContext } from '#app/utils/secret-box.server';
import type { AppDatabase } from './client';

export const MIGRATIONS_FOLDER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/**
 * Applies every committed drizzle-kit migration that has not run yet, then the data steps SQL
 * cannot do (they need the configured key): the TOTP secrets stored as they were up to migration
 * 0010 are sealed in place (AES-256-GCM, app/utils/secret-box.server.ts).
 */
export function migrateDatabase(db: AppDatabase): void {
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  sealStoredTotpSecrets(db.$client);
}

/**
 * Seals every TOTP secret still stored in plain text, in one transaction; a sealed one is left as
 * it is, so running it again changes nothing. Returns how many it sealed.
 */
export function sealStoredTotpSecrets(sqlite: Database.Database): number {
  const rows = sqlite
    .prepare(
      "select id, totp_secret as secret from users where totp_secret is not null and totp_secret != ''",
    )
    .all() as { id: number; secret: string }[];
  const plain = rows.filter((r) => !isSealed(r.secret));
  if (plain.length === 0) return 0;
  const update = sqlite.prepare('update users set totp_secret = ? where id = ? and totp_secret = ?');
  sqlite
    .transaction(() => {
      for (const r of plain) update.run(seal(r.secret, totpContext(r.id)), r.id, r.secret);
    })
    .immediate();
  return plain.length;
}
