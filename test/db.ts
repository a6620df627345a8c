import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, inject } from 'vitest';
import { openDatabase, type AppDatabase } from '#db/client';
import { setDbForTests } from '#app/utils/db.server';

/**
 * A private copy of a base database for this test file (a real, migrated SQLite file), which the
 * app's getDb() then returns. Removed when the file's tests end.
 */
export function setupTestDatabase(kind: 'seeded' | 'empty' = 'seeded'): AppDatabase {
  const source = inject(kind === 'seeded' ? 'seededDbPath' : 'emptyDbPath');
  const file = path.join(os.tmpdir(), `proeftuinmonitor-${process.pid}-${crypto.randomUUID()}.db`);
  fs.copyFileSync(source, file);
  const db = openDatabase(file);
  setDbForTests(db);
  afterAll(() => {
    db.$client.close();
    setDbForTests(undefined);
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  });
  return db;
}
