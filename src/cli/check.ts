import fs from 'node:fs';
import Database from 'better-sqlite3';
import { countRows } from '../db/counts';
import { openFailure } from '../db/errors';
import { inspect } from '../db/open';
import { latestVersion } from '../db/migrations';

/** `shortlist check`: reads a database without changing it and reports what it holds. */
export function check(file: string): string[] {
  if (!fs.existsSync(file)) throw new Error(`There is no file at ${file}.`);
  try {
    return checkFile(file);
  } catch (error) {
    // A folder, a file it may not read: said in words, naming it.
    throw openFailure(error, file);
  }
}

function checkFile(file: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    // The file exists (an empty one is refused as not a database, never reported as whole).
    const version = inspect(db, file, { existed: true, integrity: 'full' });
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
