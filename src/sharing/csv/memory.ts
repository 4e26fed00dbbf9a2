import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { csvFields, csvKeeps, type CsvKind, type CsvTarget } from '../../api/csv';
import { getSetting, setSetting } from '../../db/settings';

/**
 * The mapping last used for a file with these very headers, so the next export from the same
 * tool imports the way the recruiter set it up. Kept in this database's own settings: it is how
 * this recruiter reads their files, not data a colleague needs.
 */
const settingKey = (kind: CsvKind, headers: readonly string[]) =>
  `csv.mapping.${kind}.${createHash('sha256').update(JSON.stringify(headers)).digest('hex')}`;

export function recallMapping(db: Database, kind: CsvKind, headers: readonly string[]): (CsvTarget | null)[] | null {
  const saved = getSetting(db, settingKey(kind, headers));
  if (saved === undefined) return null;
  let mapping: unknown;
  try {
    mapping = JSON.parse(saved);
  } catch {
    return null;
  }
  // A mapping from an older Shortlist may name a field that is gone: then the suggestion is better.
  const targets = new Set<unknown>([...csvFields[kind], ...csvKeeps, null]);
  if (!Array.isArray(mapping) || mapping.length !== headers.length || !mapping.every((t) => targets.has(t))) return null;
  return mapping as (CsvTarget | null)[];
}

export function rememberMapping(db: Database, kind: CsvKind, headers: readonly string[], mapping: readonly (CsvTarget | null)[]): void {
  setSetting(db, settingKey(kind, headers), JSON.stringify(mapping));
}
