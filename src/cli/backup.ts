import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { takeBackup } from '../backups/backups';
import { restoreDatabase } from '../backups/restore';
import { systemClock } from '../db/clock';
import { inspect } from '../db/open';
import { UsageError } from './usageError';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function mustExist(db: string): void {
  if (!fs.existsSync(db)) throw new Error(`There is no database at ${db}. Check --db.`);
}

/** `shortlist backup`: a consistent copy, into backups/ beside the database or to --out; the database may be in use. */
export function backup(db: string, out: string | undefined): string[] {
  mustExist(db);
  // Only a Shortlist database is copied: a mistyped --db should say so.
  const probe = new Database(db, { readonly: true, fileMustExist: true });
  try {
    inspect(probe, db, { existed: true, integrity: 'skip' });
  } finally {
    probe.close();
  }
  if (out === undefined) {
    const made = takeBackup(db, 'manual', systemClock);
    return [`Backed up ${db}`, `  to ${path.join(path.dirname(db), 'backups', made.name)} (${megabytes(made.bytes)}, ${made.candidates ?? 0} candidates)`];
  }
  if (fs.existsSync(out)) throw new UsageError(`${out} already exists: choose a new file for the backup, so nothing is replaced.`);
  const source = new Database(db, { readonly: true, fileMustExist: true });
  try {
    source.prepare('VACUUM INTO ?').run(out);
  } finally {
    source.close();
  }
  return [`Backed up ${db}`, `  to ${out} (${megabytes(fs.statSync(out).size)})`];
}

/** `shortlist restore`: puts a backup in the database's place, keeping the database as it was aside first. */
export async function restore(db: string, from: string): Promise<string[]> {
  mustExist(from);
  const result = await restoreDatabase(db, from, { clock: systemClock });
  const lines = [`Restored ${db} from ${from}`, `The database as it was is kept in backups/${result.keptAside}; restore that file to undo.`];
  if (result.erasuresReapplied > 0) lines.push(`Erased again at the candidates' request (GDPR): ${result.erasuresReapplied} candidates erased after the backup was taken`);
  return lines;
}
