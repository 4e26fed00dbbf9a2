import fs from 'node:fs';
import { latestVersion } from '../db/migrations';
import { closeDatabase, openDatabase } from '../db/open';

/**
 * `shortlist init`: a new, empty database, ready for `import-csv` or `import`, which never create
 * one. Any file already at the path is refused, whatever it holds: init never overwrites.
 */
export async function init(db: string): Promise<string> {
  if (fs.existsSync(db)) throw new Error(`There is already a file at ${db}: init only creates a new database, it never overwrites one.`);
  closeDatabase(await openDatabase(db));
  return `Created an empty database at ${db} (schema version ${latestVersion}).`;
}
