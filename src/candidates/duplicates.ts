import type { DuplicateMatch } from '../api/candidates';
import { nameKey } from '../db/names';
import type { Core } from '../db/core';
import { statement } from '../db/statements';

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

/** A key under which the same person, entered twice, would collide, and what it is made from. */
export interface IdentityKey {
  key: string;
  on: DuplicateMatch['matchedOn'][number];
}

/** The keys under which the same person, entered twice, would collide. */
export function identityKeys(identity: Identity): IdentityKey[] {
  const keys: IdentityKey[] = [];
  for (const email of identity.emails) keys.push({ key: `email:${email.trim().toLowerCase()}`, on: 'email' });
  for (const phone of identity.phones) {
    const key = phoneKey(phone);
    if (key) keys.push({ key: `phone:${key}`, on: 'phone' });
  }
  if (identity.name.trim() && identity.currentEmployer?.trim()) {
    keys.push({ key: `name:${nameKey(identity.name)}@${nameKey(identity.currentEmployer)}`, on: 'name_and_employer' });
  }
  return keys;
}

/** The key under which the candidate list finds everyone with a skill, whatever its case. */
export const skillKey = (skill: string) => `skill:${skill.trim().toLowerCase()}`;

/** What a candidate's lookup keys are made from. */
export type IdentityAndSkills = Identity & { skills: readonly string[] };

/** Rewrites a candidate's lookup keys (who they are, what skills they have) after every change. */
export function storeCandidateKeys(core: Core, candidateId: string, identity: IdentityAndSkills): void {
  statement(core.db, 'DELETE FROM candidate_keys WHERE candidate_id = ?').run(candidateId);
  insertCandidateKeys(core, candidateId, lookupKeys(identityKeys(identity), identity.skills));
}

/** A candidate's lookup keys: who they are (their identityKeys), then what skills they have. */
export const lookupKeys = (identity: readonly IdentityKey[], skills: readonly string[]): string[] => [
  ...identity.map(({ key }) => key),
  ...skills.map(skillKey),
];

/** Adds lookup keys to a candidate: all of them for a new one, who has none to replace. */
export function insertCandidateKeys(core: Core, candidateId: string, keys: readonly string[]): void {
  const insert = statement(core.db, 'INSERT OR IGNORE INTO candidate_keys (key, candidate_id) VALUES (?, ?)');
  for (const key of keys) insert.run(key, candidateId);
}

/** Live candidates who look like the same person: same email, same phone, or same name at the same employer. */
export function findDuplicates(core: Core, identity: Identity, exceptId: string | null): DuplicateMatch[] {
  return duplicatesByKeys(core, identityKeys(identity), exceptId);
}

/** Live candidates under any of these identity keys (identityKeys), but `exceptId`. */
export function duplicatesByKeys(core: Core, keys: readonly IdentityKey[], exceptId: string | null): DuplicateMatch[] {
  const matches = new Map<string, DuplicateMatch>();
  const find = statement(
    core.db,
    `SELECT c.id, c.name, c.current_title, c.current_employer FROM candidate_keys k
     JOIN candidates c ON c.id = k.candidate_id
     WHERE k.key = ? AND c.deleted_at IS NULL AND c.id IS NOT ?`,
  );
  for (const { key, on } of keys) {
    for (const row of find.all(key, exceptId) as { id: string; name: string; current_title: string | null; current_employer: string | null }[]) {
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
