/**
 * Builds two base databases once per test run — migrated-only and migrated + demo data — so each
 * test file can start from a copy instead of migrating and seeding again.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '#db/client';
import { migrateDatabase } from '#db/migrate';
import { hashPassword } from '#app/utils/password.server';
import { seedDemoData } from '#seeds/seed';
import { DEMO_ANCHOR } from '#seeds/calendar';

declare module 'vitest' {
  export interface ProvidedContext {
    emptyDbPath: string;
    seededDbPath: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'proeftuinmonitor-test-'));
  const emptyDbPath = path.join(dir, 'empty.db');
  const seededDbPath = path.join(dir, 'seeded.db');
  const empty = openDatabase(emptyDbPath);
  migrateDatabase(empty);
  empty.$client.pragma('journal_mode = DELETE');
  empty.$client.close();
  const seeded = openDatabase(seededDbPath);
  migrateDatabase(seeded);
  await seedDemoData(seeded, hashPassword, { lastPeriod: DEMO_ANCHOR });
  seeded.$client.pragma('journal_mode = DELETE');
  seeded.$client.close();
  project.provide('emptyDbPath', emptyDbPath);
  project.provide('seededDbPath', seededDbPath);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
