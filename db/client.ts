import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema';

/**
 * The behaviour of every write transaction: `db.transaction(fn, WRITE_TX)`. A deferred transaction
 * (SQLite's default) that reads before it writes takes its write lock only at its first write; if
 * another connection (another server process with WEB_CONCURRENCY, the mail worker's reminders in
 * another process, a script) committed in between, SQLite refuses that upgrade at once with
 * SQLITE_BUSY, without waiting for the busy timeout. IMMEDIATE takes the write lock at BEGIN, so a
 * second writer waits (up to the busy timeout) instead of failing. ESLint requires it in app/.
 */
export const WRITE_TX = { behavior: 'immediate' } as const;

export type AppDatabase = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/**
 * Opens (and creates) a SQLite database with the pragmas the app relies on:
 * WAL for concurrent readers, foreign keys enforced, durable commits, and a busy timeout so a
 * second writer waits instead of failing at once.
 */
export function openDatabase(file: string): AppDatabase {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // FULL: a commit is on disk before the save is acknowledged, so not even a power cut loses it
  // (NORMAL in WAL mode survives a crashed process but may lose the last commits on power loss).
  sqlite.pragma('synchronous = FULL');
  return drizzle(sqlite, { schema }) as AppDatabase;
}
