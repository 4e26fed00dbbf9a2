import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { RestoreResult } from '../api/backups';
import { ApiError } from '../api/errors';
import type { Clock } from '../db/clock';
import type { Core } from '../db/core';
import { OpenError } from '../db/openError';
import { backupDatabase, closeDatabase, inspect, openDatabase } from '../db/open';
import { eraseCandidates, erasedCandidates, samePerson } from '../sharing/erase';
import { backupsDir } from './paths';

export interface RestoreOptions {
  clock: Clock;
  nativeBinding?: string;
  timeZone?: string;
}

/**
 * Puts a backup in the database's place. Nothing may have the file open. The database as it was
 * is kept aside first (restoring that copy undoes the restore), and candidates erased since the
 * backup was taken are erased again: a backup never brings back someone who asked to be forgotten.
 */
export async function restoreDatabase(file: string, from: string, options: RestoreOptions): Promise<RestoreResult> {
  checkBackup(from, options.nativeBinding);
  const aside = keepAside(file, options);
  const incoming = `${file}.restoring`;
  fs.copyFileSync(from, incoming);
  const fd = fs.openSync(incoming, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  // The old file's log would be replayed into the restored one: it goes first (its content is in the copy aside).
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
  fs.renameSync(incoming, file);

  const core = await openDatabase(file, options);
  try {
    const erasuresReapplied = core.db.transaction(() => reapplyErasures(core, aside)).immediate();
    return { restored: path.basename(from), keptAside: path.basename(aside), erasuresReapplied };
  } finally {
    closeDatabase(core);
  }
}

/** Refuses a backup that is not a whole Shortlist database this version can open. */
function checkBackup(from: string, nativeBinding?: string): void {
  let db: Database.Database;
  try {
    db = new Database(from, { nativeBinding, readonly: true, fileMustExist: true });
  } catch {
    throw new ApiError('not_found', `${path.basename(from)} cannot be read.`);
  }
  try {
    inspect(db, from, { existed: true, integrity: 'quick' });
  } catch (error) {
    if (error instanceof OpenError) throw new ApiError('invalid_input', `This backup cannot be restored: ${error.message}`);
    throw error;
  } finally {
    db.close();
  }
}

/**
 * A copy of the database as it is, into backups/. A consistent copy when SQLite can read it; a
 * damaged file (the reason to restore) is copied byte for byte with its log, to send to someone.
 */
function keepAside(file: string, { clock, nativeBinding }: RestoreOptions): string {
  if (!fs.existsSync(file)) return '';
  try {
    return backupDatabase(file, 'before-restore', clock, { nativeBinding });
  } catch {
    const stamp = clock.now().toISOString().replace(/[:.]/g, '-');
    const target = path.join(backupsDir(file), `${path.parse(file).name}-before-restore-${stamp}.db`);
    fs.mkdirSync(backupsDir(file), { recursive: true });
    fs.copyFileSync(file, target);
    if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${target}-wal`);
    return target;
  }
}

/** Erases again every candidate erased in `asideFile` and not in the restored database; returns how many. */
function reapplyErasures(core: Core, asideFile: string): number {
  if (!asideFile) return 0;
  let ids: string[];
  try {
    const aside = new Database(asideFile, { nativeBinding: core.nativeBinding, readonly: true, fileMustExist: true });
    try {
      ids = aside.prepare("SELECT id FROM erasures WHERE record_type = 'candidate'").pluck().all() as string[];
    } finally {
      aside.close();
    }
  } catch (error) {
    console.error(`[shortlist] could not read the erasures of ${asideFile}`, error);
    return 0;
  }
  const known = erasedCandidates(core);
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length > 0) eraseCandidates(core, samePerson(core, missing));
  return missing.length;
}
