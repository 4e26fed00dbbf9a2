import type { ParsedInput } from '../api/contract';
import { ApiError } from '../api/errors';
import type { SyncMerged } from '../api/sync';
import { storedName } from '../candidates/files';
import type { Core } from '../db/core';
import { statement } from '../db/statements';
import { taskProgress } from '../tasks/progress';
import { listConflicts } from '../sharing/conflicts';
import { likelyDuplicatesAmong } from '../sharing/likelyDuplicates';
import { mergeFrom, restoreCopies } from '../sharing/merge';
import { hubRows } from './hubSource';

/**
 * `sync.merge`: merges what a pull brought, with the same merge as a file import (the same
 * conflicts, the same likely duplicates, erasures first), and moves the pull's position past it,
 * in the call's one transaction: a pull cut off before this call, or cancelled during it, leaves
 * the database as it was and the next pull fetches the same batch again.
 */
export function mergePulled(core: Core, input: ParsedInput<'sync.merge'>): SyncMerged {
  const progress = taskProgress(core);
  progress.report(0, 'Merging what colleagues changed');
  checkFileNames(input.versions);
  const source = hubRows(input.versions, input.devices, input.blobs);
  // What the merge writes for other laptops is theirs, already on the server: not queued to go back.
  statement(core.db, 'INSERT OR IGNORE INTO sync_pulling (one) VALUES (1)').run();
  const outcome = mergeFrom(core, source);
  statement(core.db, 'DELETE FROM sync_pulling').run();
  progress.checkCancelled();
  restoreCopies(core, source, outcome.copiesToRestore);
  statement(core.db, 'UPDATE sync_state SET pulled_through = max(pulled_through, ?)').run(input.through);
  progress.report(1, 'Merged');
  return {
    pulled: input.versions.length,
    tables: outcome.tables,
    erased: outcome.erased,
    filesRestored: outcome.copiesToRestore.length,
    conflicts: listConflicts(core, outcome.conflictIds),
    likelyDuplicates: likelyDuplicatesAmong(core, outcome.candidates, outcome.addedCandidates),
    clockAhead: outcome.clockAhead,
  };
}

/**
 * A copy is named exactly as attaching the file names it (its sha256 and its name's extension),
 * as an import checks of an export: any other name could reach outside files/.
 */
function checkFileNames(versions: ParsedInput<'sync.merge'>['versions']): void {
  const strange = versions.find(
    ({ entity, row }) => entity === 'files' && (!/^[0-9a-f]{64}$/.test(String(row.sha256)) || row.stored_as !== storedName(String(row.sha256), String(row.name))),
  );
  if (strange) {
    throw new ApiError('invalid_input', `The agency server holds an attached file named ${JSON.stringify(strange.row.stored_as)}: it was not merged. Ask your agency's admin.`);
  }
}
