import type { DuplicateMatch } from '../api/candidates';
import type { DuplicateCandidate, LikelyDuplicate } from '../api/sharing';
import { findDuplicates } from '../candidates/duplicates';
import type { Core } from '../db/core';
import { statement } from '../db/statements';
import { dismissedSql, isDismissed } from './dismissedDuplicates';

type MatchedOn = DuplicateMatch['matchedOn'][number];

/** The identity keys of src/candidates/duplicates.ts sort before skills ('email:', 'name:', 'phone:' < 'skill:'). */
const matchedOnOf = (key: string): MatchedOn =>
  key.startsWith('email:') ? 'email' : key.startsWith('phone:') ? 'phone' : 'name_and_employer';

interface PairRow {
  a_id: string;
  a_name: string;
  a_title: string | null;
  a_employer: string | null;
  b_id: string;
  b_name: string;
  b_title: string | null;
  b_employer: string | null;
  keys: string;
}

const side = (row: PairRow, p: 'a' | 'b'): DuplicateCandidate => ({
  id: row[`${p}_id`],
  name: row[`${p}_name`],
  currentTitle: row[`${p}_title`],
  currentEmployer: row[`${p}_employer`],
});

/**
 * `duplicates.list`: every pair of live candidates who share an email, a phone, or a name at the
 * same employer, for review, but those a recruiter told apart. One pass over the identity keys,
 * each pair once.
 */
export function listLikelyDuplicates(core: Core, limit = 500): LikelyDuplicate[] {
  const rows = statement(
    core.db,
    `SELECT a.candidate_id AS a_id, ca.name AS a_name, ca.current_title AS a_title, ca.current_employer AS a_employer,
       b.candidate_id AS b_id, cb.name AS b_name, cb.current_title AS b_title, cb.current_employer AS b_employer,
       json_group_array(a.key) AS keys
     FROM candidate_keys a
     JOIN candidate_keys b ON b.key = a.key AND b.candidate_id > a.candidate_id
     JOIN candidates ca ON ca.id = a.candidate_id AND ca.deleted_at IS NULL
     JOIN candidates cb ON cb.id = b.candidate_id AND cb.deleted_at IS NULL
     WHERE a.key < 'skill:' AND NOT ${dismissedSql('a.candidate_id', 'b.candidate_id')}
     GROUP BY a.candidate_id, b.candidate_id
     ORDER BY ca.name_key, a.candidate_id, b.candidate_id
     LIMIT ?`,
  ).all(limit) as PairRow[];
  return rows.map((row) => ({
    candidates: [side(row, 'a'), side(row, 'b')],
    matchedOn: [...new Set((JSON.parse(row.keys) as string[]).map(matchedOnOf))],
  }));
}

/**
 * The likely duplicates of the candidates an import added or changed, each pair once: the same
 * person entered on two laptops. A pair both new from the export (both `added`; for a sync, both
 * pulled in the round) was the colleague's already, and waits in duplicates.list.
 */
export function likelyDuplicatesAmong(core: Core, ids: Iterable<string>, added: { has(id: string): boolean }): LikelyDuplicate[] {
  const pairs = new Map<string, LikelyDuplicate>();
  const candidate = statement(
    core.db,
    `SELECT id, name, emails, phones, current_title AS currentTitle, current_employer AS currentEmployer
     FROM candidates WHERE id = ? AND deleted_at IS NULL`,
  );
  for (const id of ids) {
    const row = candidate.get(id) as
      | (DuplicateCandidate & { emails: string; phones: string })
      | undefined;
    if (!row) continue;
    const { emails, phones, ...self } = row;
    const identity = { ...self, emails: JSON.parse(emails) as string[], phones: JSON.parse(phones) as string[] };
    for (const { matchedOn, ...other } of findDuplicates(core, identity, id)) {
      const key = [id, other.id].sort().join(' ');
      if (pairs.has(key) || (added.has(id) && added.has(other.id)) || isDismissed(core, id, other.id)) continue;
      pairs.set(key, { candidates: [self, other], matchedOn });
    }
  }
  return [...pairs.values()];
}
