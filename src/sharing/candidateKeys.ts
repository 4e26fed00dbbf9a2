import { storeCandidateKeys } from '../candidates/duplicates';
import type { Core } from '../db/core';
import { statement } from '../db/statements';

/**
 * Rewrites a candidate's lookup keys from the row as it now stands, in the trash or not: after a
 * merge wrote the row directly, or a conflict was resolved. The keys are never exported.
 */
export function refreshCandidateKeys(core: Core, id: string): void {
  const row = statement(core.db, 'SELECT name, emails, phones, skills, current_employer FROM candidates WHERE id = ?').get(id) as
    | { name: string; emails: string; phones: string; skills: string; current_employer: string | null }
    | undefined;
  if (!row) return;
  const list = (json: string) => JSON.parse(json) as string[];
  storeCandidateKeys(core, id, {
    name: row.name,
    emails: list(row.emails),
    phones: list(row.phones),
    skills: list(row.skills),
    currentEmployer: row.current_employer,
  });
}
