/**
 * Builds the app into its own folder and seeds one demo database, once per run. Each test file then
 * gets its own copy of that database and its own server on it (./file-server.ts, a setup file), so
 * no file sees what another wrote: the order the files run in cannot change what they assert. Several
 * browser-test runs can go on side by side without touching ./build or data/.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '#db/client';
import { migrateDatabase } from '#db/migrate';
import { hashPassword } from '#app/utils/password.server';
import { seedDemoData } from '#seeds/seed';
import { DEMO_ANCHOR } from '#seeds/calendar';
import { cleanEnv } from './server-process';

declare module 'vitest' {
  export interface ProvidedContext {
    /** the seeded demo database each file copies */
    e2eTemplatePath: string;
    /** the build the servers run (a test may start another server on it) */
    e2eBuildDir: string;
  }
}

const root = fileURLToPath(new URL('../..', import.meta.url));

export default async function setup(project: TestProject) {
  const id = crypto.randomBytes(4).toString('hex');
  const buildDir = process.env.E2E_BUILD_DIR ?? `build-e2e-${id}`;
  const ownBuild = !process.env.E2E_BUILD_DIR;
  if (ownBuild) {
    const build = spawnSync(path.join(root, 'node_modules/.bin/remix'), ['vite:build'], {
      cwd: root,
      env: cleanEnv({ REMIX_BUILD_DIR: buildDir }),
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`Build failed:\n${build.stdout}\n${build.stderr}`);
  }
  const dbDir = fs.mkdtempSync(path.join(os.tmpdir(), 'proeftuinmonitor-e2e-'));
  const dbPath = path.join(dbDir, 'e2e.db');
  const db = openDatabase(dbPath);
  migrateDatabase(db);
  await seedDemoData(db, hashPassword, { lastPeriod: DEMO_ANCHOR });
  db.$client.pragma('wal_checkpoint(TRUNCATE)'); // the files copy the database file alone
  db.$client.close();

  project.provide('e2eTemplatePath', dbPath);
  project.provide('e2eBuildDir', path.join(root, buildDir));

  return async () => {
    fs.rmSync(dbDir, { recursive: true, force: true });
    if (ownBuild) fs.rmSync(path.join(root, buildDir), { recursive: true, force: true });
  };
}
