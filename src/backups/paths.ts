import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../api/errors';

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
