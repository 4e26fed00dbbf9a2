import { identityKeys, lookupKeys, storeCandidateKeys, type IdentityAndSkills } from '../candidates/duplicates';
import type { Core } from '../db/core';
import { statement } from '../db/statements';

interface KeyedRow {
  name: string;
  emails: string;
  phones: string;
  skills: string;
  current_employer: string | null;
}

const keysSql = 'SELECT name, emails, phones, skills, current_employer FROM candidates WHERE id = ?';

function identityOf(row: KeyedRow): IdentityAndSkills {
  const list = (json: string) => JSON.parse(json) as string[];
  return { name: row.name, emails: list(row.emails), phones: list(row.phones), skills: list(row.skills), currentEmployer: row.current_employer };
}

/**
 * Rewrites a candidate's lookup keys from the row as it now stands, in the trash or not: after a
 * merge wrote the row directly, or a conflict was resolved. The keys are never exported.
 */
export function refreshCandidateKeys(core: Core, id: string): void {
  const row = statement(core.db, keysSql).get(id) as KeyedRow | undefined;
  if (row) storeCandidateKeys(core, id, identityOf(row));
}

/**
 * The lookup keys of the candidates a merge added or changed, from their rows as they now stand.
 * A candidate the merge added has none to remove; the keys go in in key order, so each page of
 * their index is visited once for the batch (candidates' keys land all over it: at 100k
 * candidates, a pulled batch's 2,000 in their own order read and rewrite a page each).
 */
export function refreshKeysOfMerged(core: Core, ids: Iterable<string>, added: ReadonlySet<string>): void {
  const read = statement(core.db, keysSql);
  const remove = statement(core.db, 'DELETE FROM candidate_keys WHERE candidate_id = ?');
  const keys: [string, string][] = [];
  for (const id of ids) {
    const row = read.get(id) as KeyedRow | undefined;
    if (!row) continue;
    if (!added.has(id)) remove.run(id);
    const identity = identityOf(row);
    for (const key of lookupKeys(identityKeys(identity), identity.skills)) keys.push([key, id]);
  }
  keys.sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  const insert = statement(core.db, 'INSERT OR IGNORE INTO candidate_keys (key, candidate_id) VALUES (?, ?)');
  for (const [key, id] of keys) insert.run(key, id);
}
