/**
 * Builds the app into its own folder, seeds a fresh demo database and starts the built server on a
 * free port, so several browser-test runs can go on side by side without touching ./build or data/.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../db/client';
import { migrateDatabase } from '../../db/migrate';
import { hashPassword } from '../../app/utils/password.server';
import { seedDemoData } from '../../seeds/seed';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    e2eDatabasePath: string;
    serverPid: number;
    /** the build the server runs (a test may start another server on it) */
    e2eBuildDir: string;
  }
}

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The child gets our environment without vitest's markers: with VITEST set the build drops the Remix plugin. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const key of Object.keys(env))
    if (key.startsWith('VITEST') || key === 'TEST' || key === 'NODE_ENV') delete env[key];
  return env;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForServer(url: string, child: ChildProcess, log: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}):\n${log()}`);
    try {
      const res = await fetch(url, { redirect: 'manual' });
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The server did not answer at ${url}:\n${log()}`);
}

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
  await seedDemoData(db, hashPassword);
  db.$client.close();

  const port = await freePort();
  let output = '';
  // The production server (scripts/server.ts): security headers, Origin check, request logs.
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts'], {
    cwd: root,
    env: cleanEnv({
      PORT: String(port),
      DATABASE_PATH: dbPath,
      APP_MODE: 'demo',
      NODE_ENV: 'production',
      REMIX_BUILD_DIR: buildDir,
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (d) => (output += d));
  server.stderr?.on('data', (d) => (output += d));
  const baseURL = `http://127.0.0.1:${port}`;
  await waitForServer(`${baseURL}/login`, server, () => output);
  project.provide('baseURL', baseURL);
  project.provide('e2eDatabasePath', dbPath);
  project.provide('serverPid', server.pid ?? 0);
  project.provide('e2eBuildDir', path.join(root, buildDir));

  return async () => {
    server.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    if (server.exitCode === null) server.kill('SIGKILL');
    fs.rmSync(dbDir, { recursive: true, force: true });
    if (ownBuild) fs.rmSync(path.join(root, buildDir), { recursive: true, force: true });
    if (process.env.E2E_SERVER_LOG) fs.writeFileSync(process.env.E2E_SERVER_LOG, output);
  };
}
