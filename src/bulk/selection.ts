import type { z } from 'zod';
import type { Selection } from '../api/bulk';
import type { Taggable } from '../api/tags';
import { candidatesMatching } from '../candidates/candidateList';
import { clientFilterConditions } from '../clients/clientList';
import { jobFilterConditions } from '../jobs/jobList';
import type { Core } from '../db/core';
import { statement } from '../db/statements';
import { catchUpSearchIndex } from '../search/searchIndex';
import type { Skipped } from '../api/bulk';

export type ParsedSelection = z.output<typeof Selection>;

const tables: Record<Taggable, string> = { candidate: 'candidates', contact: 'contacts', client: 'clients', job: 'jobs' };

/**
 * What each kind of record is called, for a summary that names what it left alone. Each names its
 * column bulk_name: statements are shared by their text, and pluck() changes one for every user.
 */
export const nameSql: Record<Taggable, string> = {
  candidate: 'SELECT name AS bulk_name FROM candidates WHERE id = ?',
  contact: 'SELECT name AS bulk_name FROM contacts WHERE id = ?',
  client: 'SELECT name AS bulk_name FROM clients WHERE id = ?',
  job: 'SELECT title AS bulk_name FROM jobs WHERE id = ?',
};

export const recordName = (core: Core, kind: Taggable, id: string) =>
  (statement(core.db, nameSql[kind]).pluck().get(id) as string | undefined) ?? 'A record that no longer exists';

export interface Resolved {
  kind: Taggable;
  /** The live records selected, in the list's order. */
  ids: string[];
  /** Picked records that are gone since (in the trash, erased). */
  missing: Skipped[];
}

const among = 'IN (SELECT value FROM json_each(?))';

/**
 * The records a selection means now. "Everything matching" is read here, in the core, from the
 * same conditions the list shows (so the window never holds 100,000 ids), less those unticked.
 */
export function resolveSelection(core: Core, selection: ParsedSelection): Resolved {
  if ('ids' in selection) {
    const table = tables[selection.kind];
    const live = new Set(
      statement(core.db, `SELECT id FROM ${table} WHERE id ${among} AND deleted_at IS NULL`).pluck().all(JSON.stringify(selection.ids)) as string[],
    );
    const unique = [...new Set(selection.ids)];
    return {
      kind: selection.kind,
      ids: unique.filter((id) => live.has(id)),
      missing: unique
        .filter((id) => !live.has(id))
        .map((id) => ({ id, name: recordName(core, selection.kind, id), reason: 'It is in the trash or no longer exists.' })),
    };
  }
  const { where, params } = matching(core, selection);
  const ids = statement(core.db, `SELECT id FROM ${tables[selection.kind]} WHERE ${where.join(' AND ')} ORDER BY updated_at DESC, id DESC`)
    .pluck()
    .all(...params) as string[];
  return { kind: selection.kind, ids, missing: [] };
}

/** How many records a selection holds now: the count the list shows beside it. */
export function countSelection(core: Core, selection: ParsedSelection): number {
  if ('ids' in selection) return resolveSelection(core, selection).ids.length;
  const { where, params } = matching(core, selection);
  return statement(core.db, `SELECT count(*) FROM ${tables[selection.kind]} WHERE ${where.join(' AND ')}`).pluck().get(...params) as number;
}

/** The list's own conditions for each kind that selects "all that match". */
function conditionsOf(core: Core, selection: Extract<ParsedSelection, { matching: unknown }>) {
  switch (selection.kind) {
    case 'candidate':
      if (selection.matching.query.trim() !== '') catchUpSearchIndex(core);
      return candidatesMatching(core, selection.matching);
    case 'client':
      return clientFilterConditions(selection.matching);
    case 'job':
      return jobFilterConditions(selection.matching);
  }
}

function matching(core: Core, selection: Extract<ParsedSelection, { matching: unknown }>) {
  const { where, params } = conditionsOf(core, selection);
  if (selection.except.length > 0) {
    where.push(`id NOT ${among}`);
    params.push(JSON.stringify(selection.except));
  }
  return { where, params };
}
