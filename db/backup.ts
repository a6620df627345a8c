import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/**
 * An online backup with SQLite's backup API: consistent even while the server writes (WAL), and
 * it does not block the server for longer than one page step at a time.
 */
export async function backupDatabase(sourcePath: string, destination: string): Promise<void> {
  if (!fs.existsSync(sourcePath)) throw new Error(`No database at ${sourcePath}`);
  fs.mkdirSync(path.dirname(path.resolve(destination)), { recursive: true });
  const source = new Database(sourcePath, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    await source.backup(destination);
  } finally {
    source.close();
  }
  checkIntegrity(destination);
}

/**
 * Puts a backup in place of the database (the server must be stopped). The backup is checked
 * first; the old file is kept beside it until the new one is in place.
 */
export async function restoreDatabase(backupPath: string, targetPath: string): Promise<void> {
  checkIntegrity(backupPath);
  const staging = `${targetPath}.restoring`;
  fs.rmSync(staging, { force: true });
  const backup = new Database(backupPath, { readonly: true, fileMustExist: true });
  try {
    await backup.backup(staging);
  } finally {
    backup.close();
  }
  for (const suffix of ['-wal', '-shm']) fs.rmSync(targetPath + suffix, { force: true });
  fs.renameSync(staging, targetPath);
}

export function checkIntegrity(file: string): void {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`${file} failed the integrity check: ${String(result)}`);
    const tables = db
      .prepare("select name from sqlite_master where type = 'table' and name = 'reports'")
      .all();
    if (tables.length !== 1)
      throw new Error(`${file} is not a Proeftuinmonitor database (no reports table).`);
  } finally {
    db.close();
  }
}
