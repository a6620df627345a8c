/**
 * What `npm run bench` and `npm run bench:lighthouse` share: building the app into its own folder,
 * seeding a database with the demo generator, serving it with the production server, logging in,
 * and writing a marked section of docs/performance.md.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type AppDatabase } from '#db/client';
import { migrateDatabase } from '#db/migrate';
import { hashPassword } from '#app/utils/password.server';
import { seedData, type SeedPlan } from '#seeds/seed';

export const ROOT = process.cwd();

/** Our environment without vitest's markers, and NODE_ENV only where given. */
export function cleanEnv(extra: Record<string, string>) {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('VITEST') || k === 'NODE_ENV') delete env[k];
  return { ...env, ...extra };
}

export function buildApp(buildDir: string) {
  const build = spawnSync(path.join(ROOT, 'node_modules/.bin/remix'), ['vite:build'], {
    cwd: ROOT,
    env: cleanEnv({ REMIX_BUILD_DIR: buildDir }),
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(build.stderr);
}

export async function seed(plan: SeedPlan, file: string): Promise<{ db: AppDatabase; seconds: number }> {
  const t = Date.now();
  const db = openDatabase(file);
  migrateDatabase(db);
  const hash = hashPassword('demo-wachtwoord-2026');
  await seedData(db, () => hash, plan); // one argon2 hash for every bench user
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  db.$client.exec('ANALYZE');
  return { db, seconds: (Date.now() - t) / 1000 };
}

/** scripts/server.ts on the build and database, as in production (NODE_ENV=production), plus `extraEnv`. */
export async function startServer(
  buildDir: string,
  dbPath: string,
  port: number,
  extraEnv: Record<string, string> = {},
): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts'], {
    cwd: ROOT,
    env: cleanEnv({
      PORT: String(port),
      DATABASE_PATH: dbPath,
      APP_MODE: 'demo',
      NODE_ENV: 'production',
      REMIX_BUILD_DIR: buildDir,
      ...extraEnv,
    }),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // Every process says when it listens (with WEB_CONCURRENCY, one line each); the request log that
  // follows is read and dropped, so the pipe never fills.
  const processes = Number(extraEnv.WEB_CONCURRENCY ?? 1);
  let listening = 0;
  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (chunk: string) => {
    listening += chunk.match(/listening on/g)?.length ?? 0;
  });
  for (let i = 0; i < 300; i++) {
    try {
      if (listening >= processes && (await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return child;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGTERM');
  throw new Error('server did not start');
}

/** The session cookie ("name=value") of a demo user. */
export async function login(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: base },
    body: new URLSearchParams({ email, password: 'demo-wachtwoord-2026' }),
  });
  const cookie = res.headers.get('set-cookie');
  if (!cookie) throw new Error(`login failed for ${email}: ${res.status}`);
  return cookie.split(';')[0];
}

/** Replaces the text between <!-- NAME:start --> and <!-- NAME:end --> (appends the section if absent). */
export function writeDocSection(name: string, content: string) {
  const docPath = path.join(ROOT, 'docs/performance.md');
  const previous = fs.existsSync(docPath) ? fs.readFileSync(docPath, 'utf8') : '# Performance\n';
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${content}\n${end}`;
  const i = previous.indexOf(start);
  const j = previous.indexOf(end);
  fs.writeFileSync(
    docPath,
    i >= 0 && j > i
      ? previous.slice(0, i) + block + previous.slice(j + end.length)
      : `${previous.trimEnd()}\n\n${block}\n`,
  );
}

export const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
