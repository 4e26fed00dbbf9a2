/**
 * A candidate's lookup key (an email, a phone, a name at an employer, a skill) as candidate_keys
 * stores it: one integer, its kind in the high bits and a 50-bit hash of its text below, where it
 * was the text itself ("email:ada@example.com"). Each of the 675,000 keys a 100,000-row import
 * writes lands at a random place in its index either way; an integer row is a fifth smaller and
 * compared without collation: writing and probing the keys of those 100,000 candidates alone took
 * 2.9-3.1 s of CPU against 3.4 (alternated, load 7-9), the table and its index 80 MB against 102.
 * In the whole import that saving was within the noise; the file is 21 MB (8%) smaller.
 *
 * Two texts can share a hash (for 300,000 keys, about one database in 20,000 holds such a pair):
 * what acts on a key match checks the candidate's own values first (findDuplicates), so a
 * collision never makes a person a duplicate; a pair listed by duplicates.list is only shown for
 * review. Kept below 2^53, so JavaScript reads and binds every key exactly.
 */
export type KeyKind = 'email' | 'name' | 'phone' | 'skill';

const HASH_SPAN = 2 ** 50;
/** In this order, so every identity key sorts before every skill key (likelyDuplicates reads only those). */
const kindNumber: Record<KeyKind, number> = { email: 1, name: 2, phone: 3, skill: 4 };
const kindOfNumber = ['', 'email', 'name', 'phone', 'skill'] as const;

/** Identity keys (email, name at employer, phone) are below this; skill keys from it. */
export const FIRST_SKILL_KEY = kindNumber.skill * HASH_SPAN;

/** The stored key of a lookup key's text of one kind. */
export function lookupKey(kind: KeyKind, text: string): number {
  // Two 32-bit multiply-xor hashes of the UTF-16 code units, mixed (cyrb53's), 50 bits kept.
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ unit, 2654435761);
    h2 = Math.imul(h2 ^ unit, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return kindNumber[kind] * HASH_SPAN + (h2 & 0x3ffff) * 2 ** 32 + (h1 >>> 0);
}

/** The kind a stored key was made for. */
export const kindOfKey = (key: number): KeyKind => kindOfNumber[Math.floor(key / HASH_SPAN)] as KeyKind;
