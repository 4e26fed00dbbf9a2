import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../api/backups';
import type { Clock } from '../db/clock';
import { backupDatabase } from '../db/open';
import { candidateCounts } from './counts';
import { backupsDir, findBackups } from './paths';
import { backupsToRemove } from './rotation';

/** `backups.list`: every backup of the database, newest first, with its size and how many candidates it holds. */
export function listBackups(file: string, nativeBinding?: string): BackupInfo[] {
  const dir = backupsDir(file);
  const found = findBackups(file).flatMap((backup) => {
    try {
      return [{ ...backup, stat: fs.statSync(path.join(dir, backup.name)) }];
    } catch {
      return [];
    }
  });
  const candidates = candidateCounts(file, dir, found, nativeBinding);
  return found.map(({ name, reason, takenAt, stat }) => ({
    name,
    reason,
    takenAt: takenAt.toISOString(),
    bytes: stat.size,
    candidates: candidates.get(name) ?? null,
  }));
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
