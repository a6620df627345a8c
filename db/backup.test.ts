import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { setupTestDatabase } from '#test/db';
import { tableChecksums } from '#test/checksums';
import { backupDatabase, restoreDatabase } from './backup';

const db = setupTestDatabase('seeded');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-backup-'));

describe('backup and restore', () => {
  test('an online backup taken while a connection writes, restored elsewhere, has identical table contents', async () => {
    const live = db.$client;
    const livePath = live.name;
    // Uncommitted-to-main-file changes sit in the WAL: the backup must include them.
    live.prepare("insert into settings (key, value) values ('backup_probe', 'x')").run();
    const backupPath = path.join(dir, 'backup.db');
    await backupDatabase(livePath, backupPath);
    const before = tableChecksums(live);
    const restoredPath = path.join(dir, 'restored.db');
    await restoreDatabase(backupPath, restoredPath);
    const restored = new Database(restoredPath, { readonly: true });
    const after = tableChecksums(restored);
    expect(restored.prepare('select count(*) as n from reports').get()).toEqual({ n: 276 });
    restored.close();
    expect(Object.keys(after).length).toBeGreaterThanOrEqual(16);
    expect(after).toEqual(before);
  });

  test('a file that is not a database is refused and the target stays as it was', async () => {
    const junk = path.join(dir, 'junk.db');
    fs.writeFileSync(junk, 'dit is geen database');
    const target = path.join(dir, 'target.db');
    fs.writeFileSync(target, 'old');
    await expect(restoreDatabase(junk, target)).rejects.toThrow();
    expect(fs.readFileSync(target, 'utf8')).toBe('old');
  });
});
