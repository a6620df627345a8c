import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase, WRITE_TX, type AppDatabase } from '#db/client';

/**
 * Why every write transaction in app/ starts IMMEDIATE (db/client.ts WRITE_TX; ESLint requires it):
 * with several server processes on one SQLite file (WEB_CONCURRENCY), a deferred transaction that
 * reads and then writes fails at once when another process committed in between: the mail worker's
 * "database is locked" of issue 15's benchmark run. Two connections to one file stand in for two
 * processes.
 */
const opened: AppDatabase[] = [];
let dir = '';
function twoConnections() {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'proeftuinmonitor-tx-'));
  const file = path.join(dir, 'app.db');
  const first = openDatabase(file);
  first.$client.exec('create table counter (n integer not null); insert into counter values (0);');
  const second = openDatabase(file);
  second.$client.pragma('busy_timeout = 50'); // the other process: fail fast instead of 5 s
  opened.push(first, second);
  return { first, second };
}
const read = (db: AppDatabase) => (db.$client.prepare('select n from counter').get() as { n: number }).n;

afterEach(() => {
  for (const db of opened.splice(0)) db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('write transactions with two processes on one file', () => {
  it('a deferred transaction that reads, then writes after another process committed, fails with SQLITE_BUSY', () => {
    const { first, second } = twoConnections();
    let code = '';
    try {
      first.transaction((tx) => {
        const n = tx.get<{ n: number }>(sql`select n from counter`).n;
        second.$client.prepare('update counter set n = n + 10').run(); // the other process commits
        tx.run(sql`update counter set n = ${n + 1}`);
      });
    } catch (error) {
      // drizzle wraps the driver's error
      code = ((error as { cause?: { code?: string } }).cause ?? (error as { code?: string })).code ?? '';
    }
    expect(code).toBe('SQLITE_BUSY_SNAPSHOT');
    expect(read(first)).toBe(10); // only the other process's write landed
  });

  it('an IMMEDIATE transaction (WRITE_TX) holds the write lock from the start: the other writer waits, nothing is lost', () => {
    const { first, second } = twoConnections();
    let otherRefused = '';
    first.transaction((tx) => {
      const n = tx.get<{ n: number }>(sql`select n from counter`).n;
      try {
        second.$client.prepare('update counter set n = n + 10').run();
      } catch (error) {
        otherRefused = (error as { code?: string }).code ?? String(error);
      }
      tx.run(sql`update counter set n = ${n + 1}`);
    }, WRITE_TX);
    // the other process was told to wait (here it gave up after its 50 ms busy timeout; with the
    // app's 5 s it waits for this commit and then writes)
    expect(otherRefused).toBe('SQLITE_BUSY');
    expect(read(second)).toBe(1);
    second.$client.prepare('update counter set n = n + 10').run();
    expect(read(first)).toBe(11);
  });
});
