import { openDatabase, type AppDatabase } from '#db/client';
import { getEnv } from './env.server';

declare global {
  var __proeftuinDb: AppDatabase | undefined;
}

/** The one database client of the process (kept on globalThis so dev reloads do not reopen it). */
export function getDb(): AppDatabase {
  globalThis.__proeftuinDb ??= openDatabase(getEnv().DATABASE_PATH);
  return globalThis.__proeftuinDb;
}

/** Tests point the app at their own database. */
export function setDbForTests(db: AppDatabase | undefined): void {
  globalThis.__proeftuinDb = db;
}
