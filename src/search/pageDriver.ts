import type { Core } from '../db/core';
import { statement } from '../db/statements';
import { skillKey } from '../candidates/duplicates';
import { tagKey } from '../tags/tagKey';
import type { Condition, QueryConditions } from './candidateQuery';

/**
 * Where a page of the candidate list starts reading. A page walks the list's sort order's index
 * and tests each candidate, stopping once the page is full: under a microsecond a row, as a walk
 * reads no candidate's row until a test needs a column. Reading the candidates one part of the
 * query finds instead reads each one's row (about 15 µs at 100k, the rows are large) and sorts
 * them, so it pays only when that part finds few: an owner with 50 candidates, a rare tag (a walk
 * would read all 100,000 rows to find them). Each part is counted up to a bound, so counting a
 * common one costs little. ("Staff Engineer" location:Prague, 225 in 100,000, is walked, 9,000
 * rows: its phrase must also be looked for in the resumes, 1,244 of which hold it.)
 */
const FEW = 500;
/** Fewer entries than this with the words and places, and their resumes are looked through too. */
const WITH_RESUMES = 100;

export interface Start {
  /** The part's candidates as a condition (id IN …) and how many they are; null when more than `few`. */
  read: (few: number) => { condition: Condition; size: number } | null;
}

const upTo = (core: Core, few: number, sql: string, ...params: string[]) =>
  statement(core.db, `SELECT count(*) FROM (${sql} LIMIT ${few + 1})`).pluck().get(...params) as number;

const matching = 'SELECT rowid FROM search_index WHERE search_index MATCH ?';

/**
 * The words together with every title, employer and location required, as one expression over
 * the candidates' own entries (the index finds "staff engineer" in Prague, 281 entries, in a
 * millisecond), and the candidates with a resume holding the words whose own entry holds the
 * places, whom the entries could miss. Those are found from the resumes' keys, a scan of 25,000,
 * so they are looked for only once the entries are few, and read once, as a list of ids.
 */
function fromIndex(core: Core, { words, narrowings }: QueryConditions): Start | null {
  const parts = [words, ...narrowings].filter((p): p is string => p !== null);
  if (parts.length === 0) return null;
  const entry = parts.map((p) => `(${p})`).join(' AND ');
  // Each matched rowid looked up by key (+kind: not every candidate's key scanned for the matches).
  const entries = `SELECT record_id FROM search_keys WHERE id IN (${matching}) AND +kind = 'candidate'`;
  const places = narrowings.map((p) => `(${p})`).join(' AND ');
  const resumes = `SELECT f.candidate_id FROM search_keys k JOIN files f ON f.id = k.record_id
    WHERE k.id IN (${matching}) AND k.kind = 'file' AND f.deleted_at IS NULL${
      places === '' ? '' : ` AND (SELECT id FROM search_keys WHERE kind = 'candidate' AND record_id = f.candidate_id) IN (${matching})`
    }`;
  return {
    read: (few) => {
      // Every rowid the expression matches is looked up, whatever its kind.
      // Looking through the resumes costs about what walking 10,000 rows does: worth it only when
      // the entries say a walk would go further. Counted only as far as that.
      const bound = words === null ? few : Math.min(few, WITH_RESUMES);
      const size = upTo(core, bound, matching, entry);
      if (size > bound) return null;
      if (words === null) return { condition: { sql: `id IN (${entries})`, params: [entry] }, size };
      const ids = statement(core.db, `SELECT * FROM (${entries} UNION ${resumes}) LIMIT ${few + 1}`)
        .pluck()
        .all(entry, words, ...(places === '' ? [] : [places])) as string[];
      if (ids.length > few) return null;
      return { condition: { sql: 'id IN (SELECT value FROM json_each(?))', params: [JSON.stringify(ids)] }, size: ids.length };
    },
  };
}

const byField = {
  skill: (t: string) => ({ sql: 'SELECT candidate_id FROM candidate_keys WHERE key = ?', key: skillKey(t) }),
  tag: (t: string) => ({
    sql: "SELECT subject_id FROM tags WHERE subject_type = 'candidate' AND name_key = ? AND deleted_at IS NULL",
    key: tagKey(t),
  }),
  source: (t: string) => ({ sql: 'SELECT id FROM candidates WHERE source = ? COLLATE NOCASE AND deleted_at IS NULL', key: t }),
  owner: (t: string) => ({ sql: 'SELECT id FROM candidates WHERE owner = ? COLLATE NOCASE AND deleted_at IS NULL', key: t }),
};

/** Each part of the query a page could start from: the index's words and places, then each skill, tag, source and owner required. */
export function pageStarts(core: Core, query: QueryConditions): Start[] {
  const starts: Start[] = query.required.map((term) => {
    const { sql, key } = byField[term.field as keyof typeof byField](term.text);
    return {
      read: (few) => {
        const size = upTo(core, few, sql, key);
        return size > few ? null : { condition: { sql: `id IN (${sql})`, params: [key] }, size };
      },
    };
  });
  const index = fromIndex(core, query);
  return index ? [index, ...starts] : starts;
}

/** The part of the query that finds the fewest candidates, when it finds few; null to walk the sort order. */
export function pageDriver(core: Core, query: QueryConditions, few = FEW): Condition | null {
  let best: { condition: Condition; size: number } | null = null;
  for (const start of pageStarts(core, query)) {
    if (best?.size === 0) break;
    const read = start.read(best === null ? few : Math.min(few, best.size - 1));
    if (read) best = read;
  }
  return best?.condition ?? null;
}
