/** Starting the built production server for the browser tests (used by ./file-server.ts). */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/** The child gets our environment without vitest's markers: with VITEST set the build drops the Remix plugin. */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const key of Object.keys(env))
    if (key.startsWith('VITEST') || key === 'TEST' || key === 'NODE_ENV') delete env[key];
  return env;
}

export function freePort(): Promise<number> {
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

export interface RunningServer {
  baseURL: string;
  pid: number;
  /** what the server printed (request log, errors) */
  output: () => string;
  stop: () => Promise<void>;
}

/** The production server (scripts/server.ts: security headers, Origin check, request logs) on a free port. */
export async function startServer(
  buildDir: string,
  dbPath: string,
  extraEnv: Record<string, string> = {},
): Promise<RunningServer> {
  // a test that must know the address before the start (a redirect URI) passes its own PORT
  const port = extraEnv.PORT ? Number(extraEnv.PORT) : await freePort();
  let output = '';
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts'], {
    cwd: root,
    env: cleanEnv({
      PORT: String(port),
      DATABASE_PATH: dbPath,
      APP_MODE: 'demo',
      NODE_ENV: 'production',
      REMIX_BUILD_DIR: path.relative(root, buildDir),
      ...extraEnv,
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (d) => (output += d));
  server.stderr?.on('data', (d) => (output += d));
  const baseURL = `http://127.0.0.1:${port}`;
  await waitForServer(`${baseURL}/login`, server, () => output);
  return {
    baseURL,
    pid: server.pid ?? 0,
    output: () => output,
    stop: async () => {
      server.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 300));
      if (server.exitCode === null) server.kill('SIGKILL');
    },
  };
}
