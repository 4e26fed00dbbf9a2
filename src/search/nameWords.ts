import type { Database } from 'better-sqlite3';
import { statement } from '../db/statements';

/**
 * The words of the names in the search index (candidates', clients', contacts', job titles,
 * resumes' file names), each with how many entries hold it: what a name typed with one letter
 * wrong is corrected against. FTS5's own vocabulary (fts5vocab) reads every match of every word
 * it lists, 4 to 8 ms for one first letter at 100k candidates; this table answers in microseconds.
 * A word leaves it when the last entry holding it does, so an erased name leaves no trace here.
 */

/** A name's words as the index keeps them (unicode61, diacritics removed): lower case, no accents. */
export function nameWords(title: string): string[] {
  const words = title.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)];
}

/** How many more (or fewer) entries hold each word, gathered over one catch-up. */
export class WordCounts {
  private readonly counts = new Map<string, number>();

  add(title: string | undefined, delta: 1 | -1): void {
    if (!title) return;
    for (const word of nameWords(title)) this.counts.set(word, (this.counts.get(word) ?? 0) + delta);
  }

  save(db: Database): void {
    const change = statement(
      db,
      `INSERT INTO name_words (word, uses) VALUES (@word, @delta)
       ON CONFLICT (word) DO UPDATE SET uses = uses + @delta`,
    );
    const drop = statement(db, 'DELETE FROM name_words WHERE word = ? AND uses <= 0');
    for (const [word, delta] of this.counts) {
      if (delta === 0) continue;
      change.run({ word, delta });
      if (delta < 0) drop.run(word);
    }
    this.counts.clear();
  }
}

/** Whether one letter wrong, missing, extra or two swapped turns `a` into `b` (or they are equal). */
export function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (i === a.length) return true;
    return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i);
}

/** One seek per length and first letter on the index (length(word), word). */
export const nearWordsSql = `SELECT word FROM name_words INDEXED BY name_words_by_length
  WHERE length(word) = @length AND word >= @from AND word < @to`;

/**
 * A wrong or missing first letter: the words whose letters after the first are the typed word's
 * after its first (of its length), or the whole typed word (one longer). Two seeks on the index
 * (length(word), substr(word, 2)); not forced (INDEXED BY), as a file upgraded to 16 before the
 * index was added lacks it and reads the small table whole.
 */
export const firstLetterOffSql = `SELECT word FROM name_words WHERE length(word) = @length AND substr(word, 2) = @rest`;

/** Fewer letters than this get no correction: "Jon" is one letter from too many names. */
export const FUZZY_MIN_LETTERS = 4;

/**
 * The names' words one edit from `typed` (normalised as nameWords does). A word one edit away
 * begins with the typed word's first letter, or its second when the first was extra or swapped:
 * only those, of a length one either side, are read; or it differs in its first letter alone, or
 * has one the typed word lacks: those are sought by the rest of the word. A word that starts a
 * name's word is not corrected.
 */
export function nearWords(db: Database, typed: string): string[] {
  if (typed.length < FUZZY_MIN_LETTERS) return [];
  // The start of a name's word is no typo, only not typed to its end ("josek" for Joseki).
  if (statement(db, 'SELECT 1 FROM name_words WHERE word >= ? AND word < ? || char(1114111)').get(typed, typed)) return [];
  const read = statement(db, nearWordsSql).pluck();
  const found = new Set<string>();
  const firstOff = statement(db, firstLetterOffSql).pluck();
  const rest = typed.slice(1);
  for (const word of firstOff.all({ length: typed.length, rest }) as string[]) if (word !== typed) found.add(word);
  for (const word of firstOff.all({ length: typed.length + 1, rest: typed }) as string[]) found.add(word);
  for (const first of new Set([...typed].slice(0, 2))) {
    const to = String.fromCodePoint(first.codePointAt(0)! + 1);
    for (let length = typed.length - 1; length <= typed.length + 1; length++) {
      for (const word of read.all({ length, from: first, to }) as string[]) {
        if (word !== typed && oneEditApart(typed, word)) found.add(word);
      }
    }
  }
  return [...found];
}
