import type { Handlers } from '../server/handler';
import { mergeCandidates } from './candidateMerge';
import { listConflicts, resolveConflict } from './conflicts';
import { dismissDuplicate } from './dismissedDuplicates';
import { eraseCandidate } from './erase';
import { exportTo } from './export';
import { importExport, previewImport } from './import';
import { listLikelyDuplicates } from './likelyDuplicates';

type SharingMethods =
  | 'sharing.exportTo'
  | 'sharing.preview'
  | 'sharing.import'
  | 'conflicts.list'
  | 'conflicts.resolve'
  | 'duplicates.list'
  | 'duplicates.dismiss'
  | 'candidates.merge'
  | 'candidates.erase';

/**
 * Export, import and what follows a merge: conflicts to review, likely duplicates (merged, or told
 * apart), merging two candidates, and erasing one. Each runs in the dispatcher's one transaction, synchronously: the
 * export and the backup before an import use connections of their own (see export.ts, backupDatabase).
 */
export const sharingHandlers: Handlers<SharingMethods> = {
  'sharing.exportTo': exportTo,
  'sharing.preview': (core, { path }) => previewImport(core, path),
  'sharing.import': (core, { path }) => importExport(core, path),
  'conflicts.list': (core) => listConflicts(core),
  'conflicts.resolve': (core, input) => {
    resolveConflict(core, input);
    return { ok: true };
  },
  'duplicates.list': (core) => listLikelyDuplicates(core),
  'duplicates.dismiss': (core, input) => {
    dismissDuplicate(core, input);
    return { ok: true };
  },
  'candidates.merge': mergeCandidates,
  'candidates.erase': (core, { id }) => eraseCandidate(core, id),
};
