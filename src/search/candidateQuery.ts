import { likePattern } from '../db/keyset';
import type { SqlValue } from '../db/records';
import { skillKey } from '../candidates/duplicates';
import { tagKey } from '../tags/tagKey';
import type { ParsedQuery, SearchField, Term } from './syntax';

export interface Condition {
  sql: string;
  params: SqlValue[];
  /** On a page's driver (see pageDriver): the row tests its candidates still need; the query's own when absent. */
  tests?: Condition[];
}

/** Words as the index holds them; each matches the start of a word, a phrase matches its words in order. */
function ftsOf(term: Pick<Term, 'text' | 'phrase'>): string | null {
  const words = term.text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return term.phrase ? `"${words.join(' ')}"` : words.map((w) => `"${w}"*`).join(' ');
}

const letters = (match: string) => match.replace(/[^\p{L}\p{N}]/gu, '').length;

/** Candidates whose own entry, or one of whose resumes, matches an FTS expression. */
const indexed = (match: string): Condition => ({
  sql: `(id IN (SELECT record_id FROM search_index WHERE search_index MATCH ? AND kind = 'candidate')
    OR id IN (SELECT f.candidate_id FROM files f WHERE f.deleted_at IS NULL AND f.id IN (
      SELECT record_id FROM search_index WHERE search_index MATCH ? AND kind = 'file')))`,
  params: [match, match],
});

/** The candidates whose own entry matches an FTS expression, as a set found from the index. */
const entryMatches = (match: string): Condition => ({
  sql: "id IN (SELECT record_id FROM search_index WHERE search_index MATCH ? AND kind = 'candidate')",
  params: [match],
});

/** What a title, employer or location must hold, in the words the index holds it (body : …); null when it cannot narrow. */
function narrowing(term: Term): string | null {
  // The index holds a value's words as they were typed, and the field compares them so: a value
  // NFKC changes (typed full-width, pasted with a ligature) would narrow to the wrong ones.
  if (term.text.normalize('NFKC') !== term.text) return null;
  const words = ftsOf(term);
  // Leaving out (-title:contract) checks the rows the rest of the query found: no narrowing to do.
  return words === null || letters(words) < 2 || term.negated ? null : `body : (${words})`;
}

/** A column's text holds the value. */
const likeOf = (column: string, term: Term): Condition => ({ sql: `${column} LIKE ? ESCAPE '\\'`, params: [likePattern(term.text)] });

/**
 * A column's text holds the value: the index (whose body holds title, employer and location)
 * narrows to the candidates with those words first, so the LIKE checks those rows, not 100,000.
 */
function inColumn(column: string, term: Term, entry: (match: string) => Condition, rowFirst: boolean): Condition {
  const like = likeOf(column, term);
  const match = narrowing(term);
  if (match === null) return like;
  const narrowed = entry(match);
  // Tested row by row, the LIKE first: reading the row (a third of a microsecond) costs less than
  // the probe for the entry's key, and most rows fail it, so few need the probe or its list.
  const [first, then] = rowFirst ? [like, narrowed] : [narrowed, like];
  return { sql: `(${first.sql} AND ${then.sql})`, params: [...first.params, ...then.params] };
}

/** A submission's latest stage change (its stage, or its stamp), read by index from its newest end. */
const latestOf = (column: 'stage' | 'created_hlc') =>
  `(SELECT ${column} FROM stage_changes WHERE submission_id = s.id AND deleted_at IS NULL ORDER BY created_hlc DESC LIMIT 1)`;

/**
 * A candidate's stage is their most recent stage change on any job: the submissions whose own
 * latest change is that stage (one index probe each), less those the candidate has moved on from
 * since on another job. Ranking every stage change of every candidate (a window over them all)
 * cost four times as much at 100,000 candidates.
 */
export const latestStageSql = `id IN (SELECT s.candidate_id FROM submissions s WHERE s.deleted_at IS NULL AND ${latestOf('stage')} = ?
  AND NOT EXISTS (SELECT 1 FROM submissions o JOIN stage_changes oc ON oc.submission_id = o.id AND oc.deleted_at IS NULL
    WHERE o.candidate_id = s.candidate_id AND o.id <> s.id AND o.deleted_at IS NULL AND oc.created_hlc > ${latestOf('created_hlc')}))`;

/**
 * A candidate's stage, read from their own submissions: the stage of their latest stage change on
 * any job (a bare column of max(): SQLite takes it from the row holding the maximum, with no sort).
 * The same as latestStageSql for one candidate, as HLC stamps never repeat.
 */
export const candidateStageSql = `(SELECT stage FROM (SELECT sc.stage, max(sc.created_hlc) FROM submissions s
    JOIN stage_changes sc ON sc.submission_id = s.id AND sc.deleted_at IS NULL
    WHERE s.candidate_id = candidates.id AND s.deleted_at IS NULL))`;

/**
 * How each part of a query is asked of the database. As sets (for a count, or "select all"):
 * SQLite builds each and starts from one. As tests of one candidate's row (for a page walked in
 * its sort order, which stops once the page is full): each test probes an index for that row
 * only, and the index's matches are read as bare rowids, which costs a tenth of reading the
 * candidate ids they stand for (each from the index's stored row): 27 ms for "data" at 100k.
 */
interface Form {
  /** Candidates whose own entry, or one of whose resumes, matches an FTS expression. */
  words: (match: string) => Condition;
  /** Candidates whose own entry matches an FTS expression. */
  entry: (match: string) => Condition;
  fields: Record<Exclude<SearchField, 'title' | 'employer' | 'location'>, (term: Term) => Condition>;
  /** The columns, as they are named in the form's SQL. */
  column: (name: string) => string;
  /** Whether a column's test reads the row before it probes the index (see inColumn). */
  rowFirst: boolean;
}

const asSets: Form = {
  words: indexed,
  entry: entryMatches,
  fields: {
    skill: (t) => ({ sql: 'id IN (SELECT candidate_id FROM candidate_keys WHERE key = ?)', params: [skillKey(t.text)] }),
    tag: (t) => ({
      sql: "id IN (SELECT subject_id FROM tags WHERE subject_type = 'candidate' AND name_key = ? AND deleted_at IS NULL)",
      params: [tagKey(t.text)],
    }),
    source: (t) => ({ sql: 'source = ? COLLATE NOCASE', params: [t.text] }),
    owner: (t) => ({ sql: 'owner = ? COLLATE NOCASE', params: [t.text] }),
    stage: (t) => ({ sql: latestStageSql, params: [t.text] }),
  },
  column: (name) => name,
  rowFirst: false,
};

/** The index's rowids that match an expression, and a candidate's and a resume's own rowid there. */
const matchingRowids = '(SELECT rowid FROM search_index WHERE search_index MATCH ?)';
const keyOf = (kind: 'candidate' | 'file', id: string) => `(SELECT id FROM search_keys WHERE kind = '${kind}' AND record_id = ${id})`;

const asRowTests: Form = {
  entry: (match) => ({ sql: `${keyOf('candidate', 'candidates.id')} IN ${matchingRowids}`, params: [match] }),
  words: (match) => ({
    sql: `(${keyOf('candidate', 'candidates.id')} IN ${matchingRowids} OR EXISTS (SELECT 1 FROM files f
      WHERE f.candidate_id = candidates.id AND f.deleted_at IS NULL AND ${keyOf('file', 'f.id')} IN ${matchingRowids}))`,
    params: [match, match],
  }),
  fields: {
    skill: (t) => ({ sql: 'EXISTS (SELECT 1 FROM candidate_keys WHERE key = ? AND candidate_id = candidates.id)', params: [skillKey(t.text)] }),
    tag: (t) => ({
      sql: `EXISTS (SELECT 1 FROM tags WHERE subject_type = 'candidate' AND name_key = ? AND subject_id = candidates.id
        AND deleted_at IS NULL)`,
      params: [tagKey(t.text)],
    }),
    // A unary + keeps SQLite from reading the page by the source's (or owner's) index and sorting it.
    source: (t) => ({ sql: '+candidates.source = ? COLLATE NOCASE', params: [t.text] }),
    owner: (t) => ({ sql: '+candidates.owner = ? COLLATE NOCASE', params: [t.text] }),
    stage: (t) => ({ sql: `${candidateStageSql} = ?`, params: [t.text] }),
  },
  column: (name) => `candidates.${name}`,
  rowFirst: true,
};

const columns = { title: 'current_title', employer: 'current_employer', location: 'location' } as const;

/** Whether testing a term reads the candidate's row (a column), not only an index. */
const readsRow = (term: Term) => term.field !== null && (term.field in columns || term.field === 'source' || term.field === 'owner');

/**
 * One term as a condition on candidates; null when it holds nothing searchable (a lone "+").
 * `narrow: false` leaves out a column's narrowing, for candidates found by it already.
 */
function termCondition(term: Term, form: Form, narrow = true): Condition | null {
  if (term.field === null) {
    const match = ftsOf(term);
    return match === null ? null : form.words(match);
  }
  if (term.field in columns) {
    const column = form.column(columns[term.field as keyof typeof columns]);
    return narrow ? inColumn(column, term, form.entry, form.rowFirst) : likeOf(column, term);
  }
  return form.fields[term.field as keyof Form['fields']](term);
}

/** A parsed query as conditions, with the parts a page may start from (see pageDriver). */
export interface QueryConditions {
  conditions: Condition[];
  /** The plain words and phrases, as one FTS expression, when the query searches by them. */
  words: string | null;
  /** What the entry must hold for each title, employer and location the query requires. */
  narrowings: string[];
  /** What the entry holds for each skill the query requires (its candidate_keys decide). */
  skills: string[];
  /** The skill, tag, source and owner terms the query requires, each on its own. */
  required: Term[];
  /**
   * Tested row by row, for candidates found already by the words and narrowings (their entry
   * holds both, or their entry the narrowings and a resume the words): what is left to test.
   */
  byIndex: Condition[];
}

/**
 * The conditions on candidates a parsed query makes. Plain words and phrases that must all match
 * go to the index as one expression (one lookup, however many words); OR and exclusions become
 * conditions of their own. An exclusion keeps the rows its condition is unknown for (no title).
 */
export function queryConditions(query: ParsedQuery, form: 'sets' | 'rowTests'): QueryConditions {
  const asked = form === 'sets' ? asSets : asRowTests;
  const conditions: Condition[] = [];
  const together: string[] = [];
  const narrowings: string[] = [];
  const skills: string[] = [];
  const required: Term[] = [];
  /** What reads the row: a value required (title:engineer, source:referral), then exclusions and ORs. */
  const rowRequires: Condition[] = [];
  const foundRequires: Condition[] = [];
  const onTheRow: Condition[] = [];
  for (const clause of query) {
    const only = clause.length === 1 ? clause[0]! : null;
    if (only && only.field === null && !only.negated) {
      const match = ftsOf(only);
      if (match !== null) together.push(match);
      continue;
    }
    if (only && !only.negated && only.field !== null) {
      const narrowed = only.field in columns ? narrowing(only) : null;
      if (narrowed !== null) narrowings.push(narrowed);
      // A skill's words are in its candidate's entry too (with all their skills), as one phrase.
      const skill = only.field === 'skill' ? narrowing({ ...only, phrase: true }) : null;
      if (skill !== null) skills.push(skill);
      if (['skill', 'tag', 'source', 'owner'].includes(only.field)) required.push(only);
    }
    const parts = clause
      .map((term) => {
        const condition = termCondition(term, asked);
        return condition && (term.negated ? { sql: `(${condition.sql}) IS NOT 1`, params: condition.params } : condition);
      })
      .filter((c): c is Condition => c !== null);
    if (parts.length === 0) continue;
    const condition = { sql: `(${parts.map((p) => p.sql).join(' OR ')})`, params: parts.flatMap((p) => p.params) };
    if (!clause.some(readsRow)) conditions.push(condition);
    else if (!only || only.negated) onTheRow.push(condition);
    else {
      rowRequires.push(condition);
      // Found by the index, a candidate's entry holds the narrowing: only the row's LIKE is left.
      foundRequires.push(only.field !== null && only.field in columns ? termCondition(only, asked, false)! : condition);
    }
  }
  // One letter matches most of a large database and tells nothing yet: wait for the second.
  const words =
    together.length > 0 && (letters(together.join('')) >= 2 || conditions.length + rowRequires.length + onTheRow.length > 0) ? together.join(' ') : null;
  // Counted as sets, the order is SQLite's to choose.
  if (form === 'sets') {
    return { conditions: [...(words === null ? [] : [asked.words(words)]), ...conditions, ...rowRequires, ...onTheRow], words, narrowings, skills, required, byIndex: [] };
  }
  // Tested row by row, in this order, each for the rows still in: the probes (a skill, a tag, a
  // stage: a fifth of a microsecond), what the row must hold (a place, a source: its row read, a
  // third), the words (the entry's key, and the resumes' when it fails: most of a microsecond),
  // then what the row must not hold.
  const tests = [...conditions, ...rowRequires, ...(words === null ? [] : [asked.words(words)]), ...onTheRow];
  const left = [...conditions, ...foundRequires, ...onTheRow];
  return { conditions: inOrder(tests), words, narrowings, skills, required, byIndex: inOrder(left) };
}

/**
 * Row tests as one condition SQLite runs in the order given. Left as terms of their own, it runs
 * a plain test (a LIKE) before any with a subquery and an EXISTS after all the others, whatever
 * the order written (SQLite 3.53): a page with a skill, a title left out and a place read every
 * walked row and looked through its resumes before asking its skill. A CASE it cannot take apart.
 */
function inOrder(tests: Condition[]): Condition[] {
  if (tests.length < 2) return tests;
  const [first, ...rest] = tests;
  const [then] = inOrder(rest);
  return [{ sql: `CASE WHEN ${first!.sql} THEN ${then!.sql} ELSE 0 END`, params: [...first!.params, ...then!.params] }];
}

/** The query's conditions as sets, for a count or "select all". */
export const candidateConditions = (query: ParsedQuery): Condition[] => queryConditions(query, 'sets').conditions;
