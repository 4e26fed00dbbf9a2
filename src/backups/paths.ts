import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../api/errors';
import type { BackupInfo } from '../api/backups';

/** backups/ beside the database, where every copy of it goes. */
export const backupsDir = (file: string) => path.join(path.dirname(file), 'backups');

/** The full path of a backup named in a call, or a clear refusal. */
export function backupPath(file: string, name: string): string {
  const full = path.join(backupsDir(file), name);
  if (path.dirname(full) !== backupsDir(file) || !fs.existsSync(full)) {
    throw new ApiError('not_found', `There is no backup called “${name}” in ${backupsDir(file)}.`, 'name');
  }
  return full;
}

const STAMPED = /^(.+)-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-\d+)?\.db$/;

export interface FoundBackup {
  name: string;
  reason: BackupInfo['reason'];
  takenAt: Date;
}

/** The backups of `file` in backups/, read from their names (`<db>-<reason>-<time>.db`), newest first. */
export function findBackups(file: string): FoundBackup[] {
  const base = `${path.parse(file).name}-`;
  let names: string[];
  try {
    names = fs.readdirSync(backupsDir(file));
  } catch {
    return [];
  }
  const found: FoundBackup[] = [];
  for (const name of names) {
    const match = STAMPED.exec(name);
    if (!match || !name.startsWith(base)) continue;
    const [, prefix, day, h, m, s, ms] = match;
    found.push({ name, reason: reasonOf(prefix!.slice(base.length)), takenAt: new Date(`${day}T${h}:${m}:${s}.${ms}Z`) });
  }
  return found.sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || b.name.localeCompare(a.name));
}

function reasonOf(tag: string): BackupInfo['reason'] {
  if (tag === 'auto') return 'automatic';
  if (tag === 'manual' || tag === 'before-import' || tag === 'before-restore') return tag;
  return tag.endsWith('-before-migration') ? 'before-migration' : 'other';
}
