import type { DuplicateMatch } from '../api/candidates';
import { nameKey } from '../db/names';
import type { Core } from '../db/core';
import { statement } from '../db/statements';
import { lookupKey, type KeyKind } from './lookupKey';

export interface Identity {
  name: string;
  emails: readonly string[];
  phones: readonly string[];
  currentEmployer: string | null;
}

/** "+44 7700 900123" and "07700 900123" are the same phone: compare the last nine digits. */
export function phoneKey(phone: string): string | null {
  const digits = phone.replace(/\D/g, '');
  return digits.length >= 6 ? digits.slice(-9) : null;
}

type MatchedOn = DuplicateMatch['matchedOn'][number];

/** A lookup key of who someone is: its text, as stored (a hash of the text, lookupKey.ts), and what it matches on. */
export interface IdentityKey {
  text: string;
  key: number;
  on: MatchedOn;
}

/** The keys under which the same person, entered twice, would collide. */
export function identityKeys(identity: Identity): IdentityKey[] {
  const keys: IdentityKey[] = [];
  const add = (kind: KeyKind, text: string, on: MatchedOn) => keys.push({ text: `${kind}:${text}`, key: lookupKey(kind, text), on });
  for (const email of identity.emails) add('email', email.trim().toLowerCase(), 'email');
  for (const phone of identity.phones) {
    const key = phoneKey(phone);
    if (key) add('phone', key, 'phone');
  }
  if (identity.name.trim() && identity.currentEmployer?.trim()) {
    add('name', `${nameKey(identity.name)}@${nameKey(identity.currentEmployer)}`, 'name_and_employer');
  }
  return keys;
}

/** The key under which the candidate list finds everyone with a skill, whatever its case. */
export const skillKey = (skill: string) => lookupKey('skill', skill.trim().toLowerCase());

/** What a candidate's lookup keys are made from. */
export type IdentityAndSkills = Identity & { skills: readonly string[] };

/** Rewrites a candidate's lookup keys (who they are, what skills they have) after every change. */
export function storeCandidateKeys(core: Core, candidateId: string, identity: IdentityAndSkills): void {
  statement(core.db, 'DELETE FROM candidate_keys WHERE candidate_id = ?').run(candidateId);
  addCandidateKeys(core, candidateId, identity);
}

/** A candidate's lookup keys: who they are, then what skills they have. */
export const lookupKeys = (identity: IdentityAndSkills): number[] => [...identityKeys(identity).map(({ key }) => key), ...identity.skills.map(skillKey)];

/** A new candidate's lookup keys: there are none to replace. */
export function addCandidateKeys(core: Core, candidateId: string, identity: IdentityAndSkills): void {
  const insert = statement(core.db, 'INSERT OR IGNORE INTO candidate_keys (key, candidate_id) VALUES (?, ?)');
  for (const key of lookupKeys(identity)) insert.run(key, candidateId);
}

interface FoundRow {
  id: string;
  name: string;
  current_title: string | null;
  current_employer: string | null;
  emails: string;
  phones: string;
}

/**
 * Live candidates who look like the same person: same email, same phone, or same name at the same
 * employer. A key found is checked against the candidate's own values, as two texts can share a
 * stored key (lookupKey.ts): a person is never taken for someone else on a hash alone.
 */
export function findDuplicates(core: Core, identity: Identity, exceptId: string | null): DuplicateMatch[] {
  const matches = new Map<string, DuplicateMatch>();
  const find = statement(
    core.db,
    `SELECT c.id, c.name, c.current_title, c.current_employer, c.emails, c.phones FROM candidate_keys k
     JOIN candidates c ON c.id = k.candidate_id
     WHERE k.key = ? AND c.deleted_at IS NULL AND c.id IS NOT ?`,
  );
  for (const { key, text, on } of identityKeys(identity)) {
    for (const row of find.all(key, exceptId) as FoundRow[]) {
      if (!holdsKey(row, text)) continue;
      const match = matches.get(row.id) ?? {
        id: row.id,
        name: row.name,
        currentTitle: row.current_title,
        currentEmployer: row.current_employer,
        matchedOn: [],
      };
      if (!match.matchedOn.includes(on)) match.matchedOn.push(on);
      matches.set(row.id, match);
    }
  }
  return [...matches.values()];
}

/** Whether a candidate's own values make the identity key `text` (found rows are few: a duplicate or none). */
function holdsKey(row: FoundRow, text: string): boolean {
  const own = { name: row.name, currentEmployer: row.current_employer, emails: JSON.parse(row.emails) as string[], phones: JSON.parse(row.phones) as string[] };
  return identityKeys(own).some((key) => key.text === text);
}
