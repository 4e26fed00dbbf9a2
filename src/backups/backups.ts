import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo } from '../api/backups';
import type { Clock } from '../db/clock';
import { backupDatabase } from '../db/open';
import { backupsDir, findBackups } from './paths';
import { backupsToRemove } from './rotation';

/** Candidate counts by file name, size and time: a backup never changes once written. */
const counted = new Map<string, number | null>();

function candidatesIn(file: string, stat: fs.Stats, nativeBinding?: string): number | null {
  const key = `${file}:${stat.size}:${stat.mtimeMs}`;
  if (counted.has(key)) return counted.get(key)!;
  let count: number | null = null;
  try {
    const db = new Database(file, { nativeBinding, readonly: true, fileMustExist: true });
    try {
      count = db.prepare('SELECT count(*) FROM candidates WHERE deleted_at IS NULL').pluck().get() as number;
    } finally {
      db.close();
    }
  } catch {
    // A copy that cannot be read is listed all the same, without its count.
  }
  counted.set(key, count);
  return count;
}

/** `backups.list`: every backup of the database, newest first, with its size and how many candidates it holds. */
export function listBackups(file: string, nativeBinding?: string): BackupInfo[] {
  return findBackups(file).flatMap(({ name, reason, takenAt }) => {
    const full = path.join(backupsDir(file), name);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch {
      return [];
    }
    return [{ name, reason, takenAt: takenAt.toISOString(), bytes: stat.size, candidates: candidatesIn(full, stat, nativeBinding) }];
  });
}

/**
 * A consistent copy of the database now (VACUUM INTO through a read connection of its own, so
 * the recruiter is never held up), then the automatic ones rotated: 24 hourly, 7 daily, 8 weekly.
 */
export function takeBackup(file: string, reason: 'auto' | 'manual', clock: Clock, nativeBinding?: string): BackupInfo {
  const target = backupDatabase(file, reason, clock, { nativeBinding });
  const automatic = findBackups(file).filter((b) => b.reason === 'automatic');
  for (const old of backupsToRemove(automatic)) fs.rmSync(path.join(backupsDir(file), old.name), { force: true });
  return listBackups(file, nativeBinding).find((b) => b.name === path.basename(target))!;
}
