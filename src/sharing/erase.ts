import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../api/errors';
import type { ErasureSummary } from '../api/sharing';
import { filesDir } from '../candidates/files';
import type { Core } from '../db/core';
import { insertRecord, type SqlValue } from '../db/records';
import { statement } from '../db/statements';
import { catchUpSearchIndex } from '../search/searchIndex';
import { standingMergesSql } from './candidateMerge';
import { erasureEntity, syncedTables, type Owner } from './tables';

/** Candidates erased, and the submissions that were theirs: what their other records hang off. */
export interface Erased {
  candidates: Set<string>;
  submissions: Set<string>;
}

/** Whether a row (here or in an export) belongs to an erased candidate, by its table's owner rule. */
export function belongsToErased(owner: Owner | undefined, row: Record<string, SqlValue>, erased: Erased): boolean {
  if (!owner) return false;
  if (owner === 'subject') {
    const id = String(row.subject_id);
    return (
      (row.subject_type === 'candidate' && erased.candidates.has(id)) ||
      (row.subject_type === 'submission' && erased.submissions.has(id))
    );
  }
  return erased[owner.parent].has(String(row[owner.column]));
}

/**
 * The candidate and every record merged with them, either way round: a merge said they are one
 * person, so forgetting the person forgets them all. Only merges that still stand count (the
 * rule followMerges uses): a dropped record restored from the trash is someone again.
 */
export function samePerson(core: Core, ids: Iterable<string>): Set<string> {
  const found = new Set(ids);
  const linked = statement(core.db, `SELECT id, kept_id FROM (${standingMergesSql}) WHERE id = ? OR kept_id = ?`);
  for (const id of found) {
    for (const merge of linked.all(id, id) as { id: string; kept_id: string }[]) {
      found.add(merge.id).add(merge.kept_id);
    }
  }
  return found;
}

/** Every candidate id this laptop knows to be erased: its own erasures and those that came with imports. */
export function erasedCandidates(core: Core): Set<string> {
  return new Set(statement(core.db, "SELECT id FROM erasures WHERE record_type = 'candidate'").pluck().all() as string[]);
}

/**
 * Removes the candidates and everything that hangs off them from this database: the rows
 * themselves (not tombstones: their content is what must go), their change log, conflicts about
 * them, their lookup keys, their search entries and alerts. Records the erasure of each, which
 * travels with exports. Their copies in files/ are removed after the call (removeUnusedCopies),
 * so a call rolled back removes none; `copies` counts those no other file uses now.
 */
export function eraseCandidates(
  core: Core,
  ids: Set<string>,
): { erased: Erased; candidates: number; records: number; copies: string[] } {
  const { owned: erased, byTable } = rowsOf(core, ids);
  const copies = statement(core.db, 'SELECT DISTINCT stored_as FROM files WHERE candidate_id IN (SELECT value FROM json_each(?))')
    .pluck()
    .all(JSON.stringify([...ids])) as string[];

  // Children before parents, for the foreign keys.
  if (byTable.some((t) => t.ids.length > 0)) withSecureDelete(core, () => removeRows(core, [...byTable].reverse()));
  for (const id of ids) {
    if (!statement(core.db, 'SELECT 1 FROM erasures WHERE id = ?').get(id)) {
      insertRecord(core, erasureEntity, { record_type: 'candidate' }, id);
    }
  }
  const count = (candidates: boolean) =>
    byTable.reduce((n, t) => n + ((t.table === 'candidates') === candidates ? t.ids.length : 0), 0);
  removeUnusedCopies(core, copies);
  return {
    erased,
    candidates: count(true),
    records: count(false),
    copies: copies.filter((storedAs) => !statement(core.db, 'SELECT 1 FROM files WHERE stored_as = ?').get(storedAs)),
  };
}

/** Every row that is the candidates' (theirs, their submissions', what hangs off either), by table, parents first. */
export function rowsOf(core: Core, ids: Set<string>): { owned: Erased; byTable: { table: string; ids: string[] }[] } {
  const owned: Erased = { candidates: ids, submissions: new Set() };
  const byTable: { table: string; ids: string[] }[] = [];
  for (const { entity, owner } of syncedTables) {
    if (!owner) continue;
    const rows = statement(core.db, ownedRowsSql(entity.table, owner)).all({
      candidates: JSON.stringify([...owned.candidates]),
      submissions: JSON.stringify([...owned.submissions]),
    }) as { id: string }[];
    const found = rows.map((r) => r.id);
    if (entity.table === 'submissions') found.forEach((id) => owned.submissions.add(id));
    byTable.push({ table: entity.table, ids: found });
  }
  return { owned, byTable };
}

function removeRows(core: Core, byTable: readonly { table: string; ids: string[] }[]): void {
  const among = 'IN (SELECT value FROM json_each(?))';
  for (const { table, ids } of byTable) {
    const list = JSON.stringify(ids);
    statement(core.db, `DELETE FROM changes WHERE entity = ? AND row_id ${among}`).run(table, list);
    statement(core.db, `DELETE FROM conflicts WHERE row_id ${among}`).run(list);
    if (table === 'reminders') statement(core.db, `DELETE FROM reminder_alerts WHERE reminder_id ${among}`).run(list);
    if (table === 'candidates') statement(core.db, `DELETE FROM candidate_keys WHERE candidate_id ${among}`).run(list);
    statement(core.db, `DELETE FROM ${table} WHERE id ${among}`).run(list);
  }
}

/** The rows of `table` owned by the candidates or submissions named in the JSON arrays @candidates and @submissions. */
function ownedRowsSql(table: string, owner: Owner): string {
  const among = (set: 'candidates' | 'submissions') => `IN (SELECT value FROM json_each(@${set}))`;
  if (owner === 'subject') {
    return `SELECT id FROM ${table} WHERE (subject_type = 'candidate' AND subject_id ${among('candidates')})
      OR (subject_type = 'submission' AND subject_id ${among('submissions')})`;
  }
  return `SELECT id FROM ${table} WHERE ${owner.column} ${among(owner.parent)}`;
}

/**
 * Deleted content is overwritten on disk rather than left in free pages, and the search index
 * forgets the words at once rather than at its next merge: an erasure must not be recoverable
 * from the file. Only for the erasure: it makes every delete slower.
 */
function withSecureDelete(core: Core, erase: () => void): void {
  const before = core.db.pragma('secure_delete', { simple: true }) as number;
  core.db.pragma('secure_delete = ON');
  // Literal flags: FTS5 takes an integer here, and a JavaScript number binds as a real.
  statement(core.db, "INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1)").run();
  try {
    erase();
    // While secure delete is on: the erased records' words leave the index now, overwritten.
    catchUpSearchIndex(core);
  } finally {
    statement(core.db, "INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 0)").run();
    core.db.pragma(`secure_delete = ${before}`);
  }
}

/**
 * Removes copies of erased files from files/ once the call is over (the dispatcher's transaction
 * committed or rolled back), and only those no `files` row, live or in the trash, names then: a
 * rolled-back erasure still has its rows and loses no copy, and a copy another candidate uses (the
 * same content, maybe only just imported) stays.
 */
export function removeUnusedCopies(core: Core, copies: readonly string[]): void {
  if (copies.length === 0) return;
  core.background.run(async () => {
    // Background tasks start at once; this waits for the synchronous call (and its transaction) to end.
    await new Promise((resolve) => setImmediate(resolve));
    if (!core.db.open || core.db.inTransaction) return;
    const used = statement(core.db, 'SELECT 1 FROM files WHERE stored_as = ?');
    for (const storedAs of copies) {
      if (!used.get(storedAs)) fs.rmSync(path.join(filesDir(core), storedAs), { force: true });
    }
  });
}

/**
 * `candidates.erase`: a candidate's right to be forgotten. Unlike a delete (the trash), nothing
 * is kept but the fact of the erasure, and no colleague's export can bring them back.
 */
export function eraseCandidate(core: Core, id: string): ErasureSummary {
  if (!statement(core.db, 'SELECT 1 FROM candidates WHERE id = ?').get(id)) {
    throw new ApiError('not_found', 'This candidate does not exist (or has already been erased).', 'id');
  }
  const { candidates, records, copies } = eraseCandidates(core, samePerson(core, [id]));
  return { candidates, records, files: copies.length };
}
