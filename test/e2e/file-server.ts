/**
 * A setup file of the browser tests: before a test file is loaded, copies the seeded demo database
 * (made once by ./global-setup.ts) and starts the built server on the copy; stops it after the
 * file. Every file starts from the same demo data, whatever ran before it.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, inject } from 'vitest';
import { startServer } from './server-process';

const dir = fs.mkdtempSync(
  path.join(os.tmpdir(), `proeftuinmonitor-e2e-file-${crypto.randomBytes(3).toString('hex')}-`),
);
const dbPath = path.join(dir, 'e2e.db');
fs.copyFileSync(inject('e2eTemplatePath'), dbPath);
const server = await startServer(inject('e2eBuildDir'), dbPath);
globalThis.__proeftuinmonitorE2e = { baseURL: server.baseURL, dbPath, pid: server.pid };

afterAll(async () => {
  await server.stop();
  if (process.env.E2E_SERVER_LOG) fs.appendFileSync(process.env.E2E_SERVER_LOG, server.output());
  fs.rmSync(dir, { recursive: true, force: true });
});

declare global {
  var __proeftuinmonitorE2e: { baseURL: string; dbPath: string; pid: number } | undefined;
}
