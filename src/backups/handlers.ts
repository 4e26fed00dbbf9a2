import type { Method } from '../api/contract';
import { ApiError } from '../api/errors';
import type { Handlers } from '../server/handler';
import { listBackups, takeBackup } from './backups';

export const backupHandlers: Handlers<Extract<Method, `backups.${string}`>> = {
  'backups.list': (core) => listBackups(core.file, core.nativeBinding),
  'backups.create': (core, { automatic }) => takeBackup(core.file, automatic ? 'auto' : 'manual', core.clock, core.nativeBinding),
  'backups.restore': () => {
    // The database cannot be replaced under the connection answering the call: the host closes
    // every connection first (src/host), and `shortlist restore` works on a closed file.
    throw new ApiError('unsupported', 'Restore a backup from the app (Settings → Backups) or with `shortlist restore`.');
  },
};
