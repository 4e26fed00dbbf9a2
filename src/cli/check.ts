import fs from 'node:fs';
import Database from 'better-sqlite3';
import { countRows } from '../db/counts';
import { inspect } from '../db/open';
import { latestVersion } from '../db/migrations';

/** `shortlist check`: reads a database without changing it and reports what it holds. */
export function check(file: string): string[] {
  if (!fs.existsSync(file)) throw new Error(`There is no file at ${file}.`);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const version = inspect(db, file, { existed: fs.statSync(file).size > 0, integrity: 'full' });
    const lines = [
      `Database: ${file}`,
      `Schema version: ${version}${version < latestVersion ? ` (will be upgraded to ${latestVersion} when the app opens it)` : ''}`,
      'Integrity: ok',
    ];
    if (version === latestVersion) {
      for (const [table, { live, deleted }] of Object.entries(countRows(db))) {
        lines.push(`${table}: ${live}${deleted > 0 ? ` (${deleted} in the trash)` : ''}`);
      }
    }
    return lines;
  } finally {
    db.close();
  }
}
