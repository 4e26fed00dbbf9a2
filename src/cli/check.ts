import fs from 'node:fs';
import Database from 'better-sqlite3';
import { countRows } from '../db/counts';
import { derivedDifferences, rebuildDerived } from '../db/derived';
import { openFailure } from '../db/errors';
import { inspect } from '../db/open';
import { latestVersion } from '../db/migrations';

export interface CheckResult {
  lines: string[];
  /** False when a derived table differs from what it is kept from (and was not repaired). */
  healthy: boolean;
}

/**
 * `shortlist check`: reads a database without changing it and reports what it holds; with
 * `repair`, it rebuilds the derived tables that differ from their sources, and nothing else.
 */
export function check(file: string, { repair = false } = {}): CheckResult {
  if (!fs.existsSync(file)) throw new Error(`There is no file at ${file}.`);
  try {
    return checkFile(file, repair);
  } catch (error) {
    // A folder, a file it may not read: said in words, naming it.
    throw openFailure(error, file);
  }
}

const rows = (n: number) => `${n} row${n === 1 ? '' : 's'}`;

function checkFile(file: string, repair: boolean): CheckResult {
  const db = new Database(file, { readonly: !repair, fileMustExist: true });
  try {
    // The file exists (an empty one is refused as not a database, never reported as whole).
    const version = inspect(db, file, { existed: true, integrity: 'full' });
    const lines = [
      `Database: ${file}`,
      `Schema version: ${version}${version < latestVersion ? ` (will be upgraded to ${latestVersion} when the app opens it)` : ''}`,
      'Integrity: ok',
    ];
    if (version < latestVersion) return { lines, healthy: true };
    for (const [table, { live, deleted }] of Object.entries(countRows(db))) {
      lines.push(`${table}: ${live}${deleted > 0 ? ` (${deleted} in the trash)` : ''}`);
    }
    const differences = derivedDifferences(db);
    if (differences.length === 0) return { lines: [...lines, 'Derived tables: ok'], healthy: true };
    if (repair) {
      // Busy while the app writes: wait for it rather than fail (it commits in short chunks).
      db.pragma('busy_timeout = 10000');
      rebuildDerived(db, differences);
      return { lines: [...lines, ...differences.map((d) => `Derived table ${d.table}: rebuilt from ${d.of} (${rows(d.differing)} differed)`)], healthy: true };
    }
    return {
      lines: [
        ...lines,
        ...differences.map((d) => `Derived table ${d.table}: ${rows(d.differing)} ${d.differing === 1 ? 'differs' : 'differ'} from ${d.of}`),
        `Nothing recorded is lost: run \`shortlist check --repair --db ${file}\` to rebuild ${differences.length === 1 ? 'it' : 'them'}.`,
      ],
      healthy: false,
    };
  } finally {
    db.close();
  }
}
