import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../api/errors';
import type { ClockAhead, TableChanges } from '../api/sharing';
import { filesDir, storeFileCopy } from '../candidates/files';
import type { Core } from '../db/core';
import { statement } from '../db/statements';
import { taskProgress } from '../tasks/progress';
import { getSetting, setSetting } from '../db/settings';
import { refreshKeysOfMerged } from './candidateKeys';
import { farAhead, flagClockAhead } from './clockAhead';
import { followMerges } from './candidateMerge';
import { recordConflict } from './conflicts';
import { rememberDevices } from './devices';
import { belongsToErased, eraseCandidates, erasedCandidates, samePerson, type Erased } from './erase';
import type { MergeSource } from './mergeSource';
import { mergeRow, type Change, type Row } from './rowMerge';
import { columnsOf, syncedTables, type Owner, type SyncedTableSpec } from './tables';

/** What merging an export did (or, in a preview, would do), before it is told to a person. */
export interface MergeOutcome {
  tables: TableChanges[];
  erased: number;
  conflictIds: string[];
  /** Candidates added or changed: where to look for likely duplicates. */
  candidates: Set<string>;
  /** Of those, the ones this laptop did not have. */
  addedCandidates: Set<string>;
  /** Copies to write into files/ from the export once the database is merged (erased ones go after the call: removeUnusedCopies). */
  copiesToRestore: { sha256: string; storedAs: string }[];
  clockAhead: ClockAhead | null;
}

/**
 * Merges a colleague's export, or what other laptops pushed to the agency server, into this
 * database, in the caller's transaction. Every row is
 * merged field by field (src/sharing/rowMerge.ts); rows only one side has are copied with their
 * change log; erasures are applied before anything could bring an erased candidate back, and
 * again once the candidates are merged, to whoever a merge that still stands made one person with
 * them (whether it stands depends on the merged trash state); merges of candidates are followed
 * last, so what was added to a merged-away candidate moves to the kept one.
 * The derived tables (lookup keys, search index through its triggers) follow the rows.
 */
export function mergeFrom(core: Core, source: MergeSource): MergeOutcome {
  const ahead = observeClock(core, source);
  const [erasures, merges, ...records] = syncedTables;
  const changed: TableChanges[] = [];
  const conflictIds: string[] = [];
  const candidates = new Set<string>();
  const added = new Set<string>();
  const none: Erased = { candidates: new Set(), submissions: new Set() };
  for (const spec of [erasures!, merges!]) changed.push(mergeTable(core, source, spec, none, { conflictIds, candidates, added }));

  // Everyone erased, here or there, before their rows could come back...
  const erasure = eraseCandidates(core, erasedCandidates(core));
  const progress = taskProgress(core);
  records.forEach((spec, index) => {
    // A cancelled merge throws here, between pages, and its transaction rolls back whole.
    progress.report(index / records.length, `Merging ${spec.entity.table.replaceAll('_', ' ')}`);
    changed.push(mergeTable(core, source, spec, erasure.erased, { conflictIds, candidates, added }));
  });
  // ...and whoever a merge still standing, now that the trash is merged too, made one person with them.
  const merged = eraseCandidates(core, samePerson(core, erasedCandidates(core)));
  for (const id of merged.erased.candidates) {
    candidates.delete(id);
    added.delete(id);
  }
  followMerges(core);
  settleConflicts(core);
  refreshKeysOfMerged(core, candidates, added);
  rememberDevices(core, source.devices());
  return {
    clockAhead: ahead && flagClockAhead(core, ahead),
    tables: changed.filter((t) => t.added + t.updated + t.deleted > 0),
    erased: erasure.candidates + merged.candidates,
    conflictIds,
    candidates,
    addedCandidates: added,
    copiesToRestore: missingCopies(core, source),
  };
}

function mergeTable(
  core: Core,
  source: MergeSource,
  { entity, owner }: SyncedTableSpec,
  erased: Erased,
  found: { conflictIds: string[]; candidates: Set<string>; added: Set<string> },
): TableChanges {
  const { table } = entity;
  const counts: TableChanges = { table, added: 0, updated: 0, deleted: 0 };
  const columns = columnsOf(entity);
  const localRow = statement(core.db, `SELECT ${columns.join(', ')} FROM ${table} WHERE id = ?`);
  const localChanges = statement(core.db, 'SELECT field, hlc, value, device_id FROM changes WHERE entity = ? AND row_id = ?');
  const insertRow = statement(core.db, `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
  const insertChange = statement(
    core.db,
    'INSERT OR IGNORE INTO changes (entity, row_id, field, hlc, value, device_id) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const copyChanges = (id: string, changes: readonly Change[]) => {
    for (const c of changes) insertChange.run(table, id, c.field, c.hlc, c.value, c.device_id);
  };

  for (const page of source.pages(table, columns)) {
    taskProgress(core).checkCancelled();
    for (const incoming of page) {
      const { row } = incoming;
      const id = String(row.id);
      if (belongsToErased(owner, row, erased) || ofSubmissionGone(core, owner, row, erased)) {
        // What hangs off an erased submission goes with it.
        if (table === 'submissions') erased.submissions.add(id);
        continue;
      }
      const existing = localRow.get(id) as Row | undefined;
      if (!existing) {
        insertRow.run(...columns.map((column) => row[column] ?? null));
        copyChanges(id, incoming.changes);
        counts.added += 1;
        if (table === 'candidates') {
          found.candidates.add(id);
          found.added.add(id);
        }
        continue;
      }
      const merged = mergeRow(entity, { row: existing, changes: localChanges.all(table, id) as Change[] }, incoming);
      const fields = Object.keys(merged.write);
      if (fields.length > 0) {
        statement(core.db, `UPDATE ${table} SET ${fields.map((f) => `${f} = ?`).join(', ')} WHERE id = ?`).run(
          ...fields.map((f) => merged.write[f] ?? null),
          id,
        );
      }
      copyChanges(id, merged.newChanges);
      for (const conflict of merged.conflicts) {
        const conflictId = recordConflict(core, table, id, conflict);
        if (conflictId) found.conflictIds.push(conflictId);
      }
      if (merged.updated) counts.updated += 1;
      if (merged.deleted) counts.deleted += 1;
      if (table === 'candidates' && merged.updated) found.candidates.add(id);
    }
  }
  return counts;
}

/**
 * Whether a row hangs off a submission this laptop does not have: one erased here earlier (an
 * erasure forgets which submissions were the candidate's), whose stage change or note a colleague
 * who had not heard sent to the agency server after the server forgot the submission itself.
 * Parents merge before their children, from an export as from a pull, so a parent missing now is
 * gone for good, and it goes into `erased` for what hangs off it further.
 */
function ofSubmissionGone(core: Core, owner: Owner | undefined, row: Row, erased: Erased): boolean {
  // Only an erasure leaves a submission gone: with none here, no row is looked up.
  if (erased.candidates.size === 0) return false;
  const parent =
    owner === 'subject' ? (row.subject_type === 'submission' ? row.subject_id : null) : owner?.parent === 'submissions' ? row[owner.column] : null;
  if (parent === null || parent === undefined) return false;
  if (statement(core.db, 'SELECT 1 FROM submissions WHERE id = ?').get(parent)) return false;
  erased.submissions.add(String(parent));
  return true;
}

/**
 * Closes the conflicts a later write of the same field has settled: the colleague who resolved
 * one wrote the value they chose after both, so every laptop that had the conflict sees it
 * resolved once that write arrives. A later write that had not seen one of the two would have
 * made a conflict of its own, so nothing is lost unreviewed.
 */
function settleConflicts(core: Core): void {
  statement(
    core.db,
    `UPDATE conflicts SET resolved_at = ? WHERE resolved_at IS NULL AND EXISTS (
       SELECT 1 FROM changes c WHERE c.entity = conflicts.entity AND c.row_id = conflicts.row_id AND c.field = conflicts.field
         AND c.hlc > max(conflicts.local_hlc, conflicts.incoming_hlc))`,
  ).run(core.clock.now().toISOString());
}

/**
 * Moves this laptop's clock past every stamp in the source, and remembers it, so that whatever is
 * changed here next sorts after what was just learned, even if this laptop's clock is behind.
 * Returns the stamp when it is far ahead of this computer's clock: the merge says so (clockAhead.ts).
 */
function observeClock(core: Core, source: MergeSource): ReturnType<typeof farAhead> {
  const latest = source.latestStamp();
  if (latest === '') return null;
  const ahead = farAhead(core, latest);
  core.hlc.observe(latest);
  if (latest > (getSetting(core.db, 'clock') ?? '')) setSetting(core.db, 'clock', latest);
  return ahead;
}

/** Attached files whose copy this laptop lacks and the source carries. */
function missingCopies(core: Core, source: MergeSource): MergeOutcome['copiesToRestore'] {
  // A pull carries only the few files it fetched: look those up, not every file of the database.
  const few = source.blobsCarried?.();
  if (few?.length === 0) return [];
  if (few) {
    const copies = statement(core.db, 'SELECT DISTINCT sha256, stored_as AS storedAs FROM files WHERE sha256 IN (SELECT value FROM json_each(?))').all(
      JSON.stringify(few),
    ) as { sha256: string; storedAs: string }[];
    return copies.filter((c) => !fs.existsSync(path.join(filesDir(core), c.storedAs)) && source.carries(c.sha256));
  }
  // One listing of files/ against the names alone: a 100k database has tens of thousands of files.
  const present = new Set(fs.existsSync(filesDir(core)) ? fs.readdirSync(filesDir(core)) : []);
  const lacking = new Map<string, string>();
  for (const [storedAs, sha256] of statement(core.db, 'SELECT stored_as, sha256 FROM files').raw().all() as [string, string][]) {
    if (!present.has(storedAs)) lacking.set(storedAs, sha256);
  }
  return [...lacking].map(([storedAs, sha256]) => ({ sha256, storedAs })).filter((c) => source.carries(c.sha256));
}

/** Writes the copies an import or a sync restores, each checked against its sha256 first. */
export function restoreCopies(core: Core, source: MergeSource, copies: MergeOutcome['copiesToRestore']): void {
  for (const { sha256, storedAs } of copies) {
    const bytes = source.blob(sha256);
    if (!bytes || crypto.createHash('sha256').update(bytes).digest('hex') !== sha256) {
      throw new ApiError('invalid_input', `${source.name} is damaged: an attached file's content does not match it.`, 'path');
    }
    storeFileCopy(core, storedAs, bytes);
  }
}
