import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../api/errors';
import { backupsDir, findBackups } from '../backups/paths';
import type { Core } from './core';

/**
 * A database SQLite found damaged while in use. Writing on could spread the damage (a page
 * written over what SQLite misread), so the connection is made read-only at once: what can still
 * be read stays readable, every write is refused with `damaged`, and the file is never marked as
 * closed cleanly again, so the next open checks it whole and refuses it until it is restored.
 */
const damaged = new WeakSet<Core>();

/** Stops writing to a damaged database, for good on this connection. */
export function stopWriting(core: Core): void {
  damaged.add(core);
  try {
    core.db.pragma('query_only = ON');
  } catch (error) {
    console.error('[shortlist] could not make the damaged database read-only:', error);
  }
}

export function isDamaged(core: Core): boolean {
  return damaged.has(core);
}

/** How many backups, newest first, are checked for a good one: each is read whole. */
const BACKUPS_CHECKED = 3;

/**
 * The newest backup beside the file (in backups/, where migrations, imports and the hourly
 * backups write them) that SQLite reads as whole, or null when there is none.
 */
export function newestGoodBackup(file: string, nativeBinding?: string): string | null {
  for (const { name } of findBackups(file).slice(0, BACKUPS_CHECKED)) {
    const backup = path.join(backupsDir(file), name);
    if (readsWhole(backup, nativeBinding)) return backup;
  }
  return null;
}

function readsWhole(file: string, nativeBinding?: string): boolean {
  // SQLite reads an empty file as an empty database, which is no backup of anything.
  if (!(fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0)) return false;
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
    try {
      return db.pragma('quick_check', { simple: true }) === 'ok';
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

/**
 * What to say when the database is damaged: found at open, it is not opened; found in use, nothing
 * more is written to it. Either way, the backup to restore, if there is a good one.
 */
export function damagedMessage(file: string, backup: string | null, when: 'open' | 'in_use', detail?: string): string {
  const what =
    when === 'open'
      ? `${file} is damaged and cannot be opened safely${detail ? ` (${detail})` : ''}.`
      : `${file} is damaged, so Shortlist has stopped saving changes to it (what can still be read stays readable).`;
  return backup
    ? `${what} Restore the newest good backup, ${backup}, to carry on; changes made since it was taken are not in it.`
    : `${what} There is no good backup beside it to restore: keep a copy of the file as it is, and ask for help repairing it.`;
}

/** The backup each damaged database's message offers, found once: each one checked is read whole. */
const offered = new WeakMap<Core, string | null>();

/** The `damaged` answer to a call: the UI offers the backup it names (restoring is Settings' work). */
export function damagedError(core: Core): ApiError {
  if (!offered.has(core)) offered.set(core, newestGoodBackup(core.file, core.nativeBinding));
  return new ApiError('damaged', damagedMessage(core.file, offered.get(core) ?? null, 'in_use'));
}
