import type { Core } from '../db/core';
import { statement } from '../db/statements';
import { skillKey } from '../candidates/duplicates';
import { tagKey } from '../tags/tagKey';
import type { Condition, QueryConditions } from './candidateQuery';

/**
 * Where a page of the candidate list starts reading. A page walks the list's sort order's index
 * and tests each candidate, stopping once the page is full: under a microsecond a row, as a walk
 * reads no candidate's row until a test needs a column. Reading the candidates one part of the
 * query finds instead reads each one's row and sorts them, so it pays only when that part finds
 * few: an owner with 50 candidates, a rare tag (a walk would read all 100,000 rows to find them),
 * a phrase in a place ("Staff Engineer" location:Prague, 280 in 100,000: a walk read 9,000 rows).
 * Each part is counted up to a bound, so counting a common one costs little.
 */
export const FEW = 500;

/** A part of the query's candidates as a condition (id IN …), and how many they are. */
export interface Part {
  condition: Condition;
  size: number;
}

export interface Start {
  /** The part's candidates; null when more than `few`. */
  read: (few: number) => Part | null;
}

const upTo = (core: Core, few: number, sql: string, ...params: string[]) =>
  statement(core.db, `SELECT count(*) FROM (${sql} LIMIT ${few + 1})`).pluck().get(...params) as number;

const matching = 'SELECT rowid AS id FROM search_index WHERE search_index MATCH ?';

/** Whether the search index holds every record written: nothing is queued for it (migration 7's search_queue). */
const caughtUp = (core: Core) => statement(core.db, 'SELECT 1 FROM search_queue LIMIT 1').get() === undefined;

/** Each resume the words match, as its candidate's key (migration 27: one probe of a small table). */
const resumesHolding = `SELECT r.candidate_key FROM (${matching}) m CROSS JOIN resume_search_keys r ON r.file_key = m.id`;

/**
 * The candidates the words and every title, employer and location required find in the index:
 * the entries holding all of them, as one expression ("staff engineer" in Prague: 281 entries in
 * a millisecond; more than a page could sort, and the walk is short), and the candidates whose
 * entry holds the places and a resume the words, whom the entries miss: the places' entries,
 * each kept when it is the candidate of a resume holding the words. The candidates found hold the
 * words and places, so their page tests only the rest (a column's LIKE, an exclusion).
 */
function fromIndex(core: Core, { words, narrowings, skills, byIndex }: QueryConditions): Start | null {
  if ([words, ...narrowings, ...skills].every((p) => p === null)) return null;
  return {
    read: (few) => {
      // A skill's words narrow a read that may hold more than a page of 20 starts from: a count's
      // (the first page read with it among them) or a longer page's. A page of 20 is met sooner
      // by walking than by intersecting a common skill's entries (one candidate in eight holds Go).
      // Only while the index is caught up: a read connection cannot catch it up, and an import's
      // writer does so only every 20,000 rows, so a candidate committed in between holds the skill
      // (its key) with no entry yet. Then the skill's keys find its candidates, as a page's do.
      const held = few > FEW && skills.length > 0 && caughtUp(core) ? [...narrowings, ...skills] : narrowings;
      const parts = [words, ...held].filter((p): p is string => p !== null);
      if (parts.length === 0) return null;
      const entry = parts.map((p) => `(${p})`).join(' AND ');
      const places = held.map((p) => `(${p})`).join(' AND ');
      // (+: a rowid IN handed to FTS5 is a search of the index per value, a hundred microseconds each.)
      const resumes = places === '' ? resumesHolding : `SELECT n.id FROM (${matching}) n WHERE +n.id IN (${resumesHolding})`;
      const keys = new Set(statement(core.db, `${matching} LIMIT ${few + 1}`).pluck().all(entry) as number[]);
      if (keys.size > few) return null;
      if (words !== null) {
        const holding = statement(core.db, resumes).pluck().all(...(places === '' ? [words] : [places, words])) as number[];
        for (const key of holding) keys.add(key);
      }
      // Every kind's entries hold words: the candidates' are kept, by their keys.
      const ids = statement(core.db, "SELECT k.record_id FROM json_each(?) j CROSS JOIN search_keys k ON k.id = j.value WHERE k.kind = 'candidate'")
        .pluck()
        .all(JSON.stringify([...keys])) as string[];
      if (ids.length > few) return null;
      return { condition: { sql: 'id IN (SELECT value FROM json_each(?))', params: [JSON.stringify(ids)], tests: byIndex }, size: ids.length };
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

/** The part of the query that finds the fewest candidates, as a set to read by id, when it finds at most `few`. */
export function smallestPart(core: Core, query: QueryConditions, few: number): Part | null {
  let best: Part | null = null;
  for (const start of pageStarts(core, query)) {
    if (best?.size === 0) break;
    const read = start.read(best === null ? few : Math.min(few, best.size - 1));
    if (read) best = read;
  }
  return best;
}

/**
 * Reading a candidate by id costs about what walking a hundred rows of the sort order's index
 * does (12 µs against 0.1 µs at 100,000, each candidate's row on a page of its own): a page of
 * 20 among 230 candidates found is met about 9,000 rows down the walk, sooner than the 230 are read.
 */
const READ_AS_WALKED = 100;

/**
 * Where a page of `pageSize` starts, from the smallest part found (see smallestPart): null, when
 * it finds more than `few`, to walk the sort order testing every row. The page then reads those
 * candidates and sorts them, or, when they are enough for a page to be met soon, walks the sort
 * order's index asking only whether each row is one of them (a unary +: not looked up by id)
 * before the row tests.
 */
export function driverOf(core: Core, best: Part | null, few = FEW, pageSize = 20): Condition | null {
  if (best === null || best.size > few) return null;
  // The candidates ever added, as the walk's length to expect (max(rowid) is read at the table's end).
  const candidates = (statement(core.db, 'SELECT max(rowid) FROM candidates').pluck().get() as number | null) ?? 0;
  const walked = ((pageSize + 1) / Math.max(best.size, 1)) * candidates;
  return walked <= READ_AS_WALKED * best.size ? { ...best.condition, sql: `+${best.condition.sql}` } : best.condition;
}
