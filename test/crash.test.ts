import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, inject, test } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Starts the writer on its own copy of the seeded database and kills it after `acks` saves. */
async function runAndKill(dbPath: string, acks: number): Promise<{ version: number; value: number }[]> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_PATH: dbPath, APP_MODE: 'demo' };
  for (const k of Object.keys(env)) if (k.startsWith('VITEST')) delete env[k];
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/crash/writer.ts'], { cwd: root, env });
  const acked: { version: number; value: number }[] = [];
  let buffer = '';
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const m = /^ACK (\d+) (\d+)$/.exec(line);
        if (m) acked.push({ version: Number(m[1]), value: Number(m[2]) });
      }
      if (acked.length >= acks && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`writer ended ${code}: ${stderr}`)),
    );
  });
  return acked;
}

describe('a writer killed in the middle of a run of saves', () => {
  test.each([1, 2, 3])('run %i: integrity ok and every acknowledged save is stored', async (run) => {
    const dbPath = path.join(os.tmpdir(), `pm-crash-${crypto.randomUUID()}.db`);
    fs.copyFileSync(inject('seededDbPath'), dbPath);
    const acked = await runAndKill(dbPath, 150 * run);
    expect(acked.length).toBeGreaterThanOrEqual(150 * run);

    const db = new Database(dbPath);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const report = db
      .prepare(
        "select r.id, r.version from reports r join regions g on g.id = r.region_id where g.slug = 'utrecht' and r.period = '2026-10'",
      )
      .get() as { id: number; version: number };
    const last = acked[acked.length - 1];
    // The kill may land after a commit whose ACK was not yet printed: stored ≥ acknowledged.
    expect(report.version).toBeGreaterThanOrEqual(last.version);
    const history = new Set(
      (
        db
          .prepare(
            "select new_value as v from value_history where report_id = ? and element_code = 'signals_new'",
          )
          .all(report.id) as { v: number }[]
      ).map((r) => r.v),
    );
    for (const a of acked) expect(history.has(a.value), `save ${a.version} (${a.value})`).toBe(true);
    const stored = db
      .prepare("select value from report_values where report_id = ? and element_code = 'signals_new'")
      .get(report.id) as { value: number };
    expect(stored.value).toBeGreaterThanOrEqual(last.value);
    console.log(
      `[figures] crash run ${run}: SIGKILL after ${acked.length} acknowledged saves; integrity ok; ${acked.length} of ${acked.length} present`,
    );
    db.close();
    for (const s of ['', '-wal', '-shm']) fs.rmSync(dbPath + s, { force: true });
  });
});
