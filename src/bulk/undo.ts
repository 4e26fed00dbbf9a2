import type { BulkSummary, Skipped } from '../api/bulk';
import type { ParsedInput } from '../api/contract';
import { ApiError } from '../api/errors';
import type { Core } from '../db/core';
import { setDeleted, updateRecord } from '../db/records';
import { statement } from '../db/statements';
import { entityOf } from '../sharing/tables';
import { restoreFromTrash } from '../trash/trash';
import type { TrashKind } from '../api/trash';
import { counted, eachWithProgress, type TableChanges } from './record';

/** Records that come back from the trash by their own rules (a client's name must be free again). */
const restorable: Record<string, TrashKind | undefined> = { candidates: 'candidate', contacts: 'contact', clients: 'client', jobs: 'job' };

/**
 * Reverses exactly what one bulk action did, as new changes (so a colleague who merged the action
 * merges its undo too): what it made is taken off, what it trashed comes back, what it overwrote
 * gets its value back. A record changed again since keeps that later change for the fields the
 * action did not touch; the fields it did are set back.
 */
export function undoBulk(core: Core, { token }: ParsedInput<'bulk.undo'>): BulkSummary {
  const action = statement(core.db, 'SELECT summary, changes, undone_at FROM bulk_actions WHERE id = ?').get(token) as
    | { summary: string; changes: string; undone_at: string | null }
    | undefined;
  if (!action) throw new ApiError('not_found', 'There is nothing to undo: this action was not made on this computer.', 'token');
  if (action.undone_at !== null) throw new ApiError('invalid_input', 'This action has been undone already.', 'token');
  const changes = JSON.parse(action.changes) as TableChanges[];
  let reversed = 0;
  const left: (Skipped & { kind: TrashKind })[] = [];
  for (const { table, created, trashed, previous } of changes) {
    const entity = entityOf(table);
    // Aliased: statements are shared by their text, and pluck() changes a statement for every user.
    const deletedAt = statement(core.db, `SELECT deleted_at AS undo_deleted_at FROM ${table} WHERE id = ?`).pluck();
    eachWithProgress(core, created, 'Undoing', (id) => {
      if (deletedAt.get(id) === null) setDeleted(core, entity, id, true);
      reversed++;
    });
    eachWithProgress(core, trashed, 'Undoing', (id) => {
      if (deletedAt.get(id) === undefined || deletedAt.get(id) === null) return;
      const kind = restorable[table];
      if (!kind) setDeleted(core, entity, id, false);
      else if (!restoreOrSay(core, kind, id, left)) return;
      reversed++;
    });
    eachWithProgress(core, previous, 'Undoing', ({ id, values }) => {
      updateRecord(core, entity, id, values);
      reversed++;
    });
  }
  statement(core.db, 'UPDATE bulk_actions SET undone_at = ? WHERE id = ?').run(core.clock.now().toISOString(), token);
  const message = left.length === 0 ? `Undone: ${action.summary}` : `Undone: ${action.summary} ${staying(left)} in the trash.`;
  return { message, done: reversed, skipped: left.map(({ id, name, reason }) => ({ id, name, reason })), skippedCount: left.length, undo: null };
}

/** "1 client stays", "2 clients stay": what was left, in the kind's own word when there is one kind. */
function staying(left: (Skipped & { kind: TrashKind })[]): string {
  const kinds = new Set(left.map((l) => l.kind));
  return `${counted(left.length, kinds.size === 1 ? left[0]!.kind : 'record')} ${left.length === 1 ? 'stays' : 'stay'}`;
}

/** What a record is called in the trash, to say which one could not come back. */
// Aliased, as above: these are plucked.
const nameSql: Record<TrashKind, string> = {
  candidate: 'SELECT name AS undo_name FROM candidates WHERE id = ?',
  contact: 'SELECT name AS undo_name FROM contacts WHERE id = ?',
  client: 'SELECT name AS undo_name FROM clients WHERE id = ?',
  job: 'SELECT title AS undo_name FROM jobs WHERE id = ?',
  file: 'SELECT name AS undo_name FROM files WHERE id = ?',
};

/**
 * Brings one record back by its own rules, or says why it cannot and leaves it in the trash: a
 * client whose name another client has taken since would make two clients of one name. The rest
 * of the action is still undone; the one left can be renamed and restored from the trash. A
 * savepoint, so a refusal half-way leaves nothing of that record changed.
 */
function restoreOrSay(core: Core, kind: TrashKind, id: string, left: (Skipped & { kind: TrashKind })[]): boolean {
  try {
    core.db.transaction(() => restoreFromTrash(core, kind, id))();
    return true;
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'duplicate') throw error;
    const name = statement(core.db, nameSql[kind]).pluck().get(id) as string;
    left.push({ kind, id, name, reason: `${error.message} It stays in the trash: rename one of them, then restore it from there.` });
    return false;
  }
}
