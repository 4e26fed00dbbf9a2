import type { ParsedInput } from '../api/contract';
import { ApiError } from '../api/errors';
import type { SyncMerged } from '../api/sync';
import { storedName } from '../candidates/files';
import type { Core } from '../db/core';
import { getSetting, setSetting } from '../db/settings';
import { statement } from '../db/statements';
import { taskProgress } from '../tasks/progress';
import { listConflicts } from '../sharing/conflicts';
import { likelyDuplicatesAmong } from '../sharing/likelyDuplicates';
import { mergeFrom, restoreCopies } from '../sharing/merge';
import { hubRows } from './hubSource';
import { resendMovedFromErased, unqueuePulled } from './outbox';

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
  noteTypedMeanwhile(core);
  const outcome = mergeFrom(core, source);
  statement(core.db, 'DELETE FROM sync_pulling').run();
  unqueuePulled(core, input.versions);
  resendMovedFromErased(core, input.versions.filter((v) => v.entity === 'erasures').map((v) => String(v.row.id)));
  progress.checkCancelled();
  restoreCopies(core, source, outcome.copiesToRestore);
  statement(core.db, 'UPDATE sync_state SET pulled_through = max(pulled_through, ?)').run(input.through);
  const likelyDuplicates = likelyDuplicatesOfRound(core, outcome);
  setSetting(core.db, roundMerged, String(lastCandidate(core)));
  progress.report(1, 'Merged');
  return {
    pulled: input.versions.length,
    tables: outcome.tables,
    erased: outcome.erased,
    filesRestored: outcome.copiesToRestore.length,
    conflicts: listConflicts(core, outcome.conflictIds),
    likelyDuplicates,
    clockAhead: outcome.clockAhead,
  };
}

/** Where this laptop's candidates stood when the round began (their largest rowid): a local setting. */
const roundFrom = 'sync_round_candidates_through';
/** Where they stood after the round's last merge: any added beyond it by the next were typed here meanwhile. */
const roundMerged = 'sync_round_merged_through';
/** The candidates typed on this laptop during the round (their ids, as JSON). */
const roundTyped = 'sync_round_typed';

const lastCandidate = (core: Core) => statement(core.db, 'SELECT coalesce(max(rowid), 0) FROM candidates').pluck().get() as number;
const typedInRound = (core: Core) => JSON.parse(getSetting(core.db, roundTyped) ?? '[]') as string[];

/** Called as a round begins: the candidates added after this are pulled in the round, or typed here meanwhile. */
export function beginRound(core: Core): void {
  const last = String(lastCandidate(core));
  setSetting(core.db, roundFrom, last);
  setSetting(core.db, roundMerged, last);
  setSetting(core.db, roundTyped, '[]');
}

/** Rowids only grow, so the candidates past the last merge's largest came between two merges: typed, not pulled. */
function noteTypedMeanwhile(core: Core): void {
  const merged = getSetting(core.db, roundMerged);
  if (merged === undefined || lastCandidate(core) <= Number(merged)) return;
  const typed = statement(core.db, 'SELECT id FROM candidates WHERE rowid > ?').pluck().all(Number(merged)) as string[];
  setSetting(core.db, roundTyped, JSON.stringify([...typedInRound(core), ...typed]));
}

/**
 * The likely duplicates a batch brought, as an import finds them, but over the round: a pair both
 * pulled in it was the colleagues' already (as a pair both new from one export), whatever batch
 * each came in. A candidate typed on this laptop while the round ran was not pulled: a colleague's
 * of the same person is named. A laptop that had no candidates when the round began (a new
 * laptop's first sync) looks up only those typed since, and names the pairs this batch made.
 */
function likelyDuplicatesOfRound(core: Core, outcome: ReturnType<typeof mergeFrom>): SyncMerged['likelyDuplicates'] {
  const from = getSetting(core.db, roundFrom);
  if (from === undefined) return likelyDuplicatesAmong(core, outcome.candidates, outcome.addedCandidates);
  const typed = new Set(typedInRound(core));
  if (from === '0') {
    const pairs = likelyDuplicatesAmong(core, typed, { has: (id) => !typed.has(id) });
    return pairs.filter((pair) => pair.candidates.some((c) => outcome.candidates.has(c.id)));
  }
  const added = statement(core.db, 'SELECT rowid FROM candidates WHERE id = ?').pluck();
  const pulled = { has: (id: string) => !typed.has(id) && (outcome.addedCandidates.has(id) || ((added.get(id) as number | undefined) ?? 0) > Number(from)) };
  return likelyDuplicatesAmong(core, outcome.candidates, pulled);
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
