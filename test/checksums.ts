import crypto from 'node:crypto';
import type Database from 'better-sqlite3';

/** A SHA-256 of every row of every table, in primary-key order: equal checksums, equal contents. */
export function tableChecksums(sqlite: Database.Database): Record<string, string> {
  const tables = sqlite
    .prepare(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' order by name",
    )
    .all() as { name: string }[];
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const hash = crypto.createHash('sha256');
    for (const row of sqlite.prepare(`select * from "${name}" order by rowid`).iterate())
      hash.update(JSON.stringify(row));
    out[name] = hash.digest('hex');
  }
  return out;
}
