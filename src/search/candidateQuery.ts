import { likePattern } from '../db/keyset';
import type { SqlValue } from '../db/records';
import { skillKey } from '../candidates/duplicates';
import { tagKey } from '../tags/tagKey';
import type { ParsedQuery, SearchField, Term } from './syntax';

export interface Condition {
  sql: string;
  params: SqlValue[];
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

/**
 * A column's text holds the value: the index (whose body holds title, employer and location)
 * narrows to the candidates with those words first, so the LIKE checks those rows, not 100,000.
 */
function inColumn(column: string, term: Term): Condition {
  const like = { sql: `${column} LIKE ? ESCAPE '\\'`, params: [likePattern(term.text)] };
  const words = ftsOf(term);
  // Leaving out (-title:contract) checks the rows the rest of the query found: no narrowing to do.
  if (words === null || letters(words) < 2 || term.negated) return like;
  return {
    sql: `(id IN (SELECT record_id FROM search_index WHERE search_index MATCH ? AND kind = 'candidate') AND ${like.sql})`,
    params: [`body : (${words})`, ...like.params],
  };
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

const fields: Record<SearchField, (term: Term) => Condition> = {
  skill: (t) => ({ sql: 'id IN (SELECT candidate_id FROM candidate_keys WHERE key = ?)', params: [skillKey(t.text)] }),
  title: (t) => inColumn('current_title', t),
  employer: (t) => inColumn('current_employer', t),
  location: (t) => inColumn('location', t),
  tag: (t) => ({
    sql: "id IN (SELECT subject_id FROM tags WHERE subject_type = 'candidate' AND name_key = ? AND deleted_at IS NULL)",
    params: [tagKey(t.text)],
  }),
  source: (t) => ({ sql: 'source = ? COLLATE NOCASE', params: [t.text] }),
  owner: (t) => ({ sql: 'owner = ? COLLATE NOCASE', params: [t.text] }),
  stage: (t) => ({ sql: latestStageSql, params: [t.text] }),
};

/** One term as a condition on candidates; null when it holds nothing searchable (a lone "+"). */
function termCondition(term: Term): Condition | null {
  if (term.field !== null) return fields[term.field](term);
  const match = ftsOf(term);
  return match === null ? null : indexed(match);
}

/**
 * The conditions on candidates a parsed query makes. Plain words and phrases that must all match
 * go to the index as one expression (one lookup, however many words); OR and exclusions become
 * conditions of their own. An exclusion keeps the rows its condition is unknown for (no title).
 */
export function candidateConditions(query: ParsedQuery): Condition[] {
  const conditions: Condition[] = [];
  const together: string[] = [];
  for (const clause of query) {
    if (clause.length === 1 && clause[0]!.field === null && !clause[0]!.negated) {
      const match = ftsOf(clause[0]!);
      if (match !== null) together.push(match);
      continue;
    }
    const parts = clause
      .map((term) => {
        const condition = termCondition(term);
        return condition && (term.negated ? { sql: `(${condition.sql}) IS NOT 1`, params: condition.params } : condition);
      })
      .filter((c): c is Condition => c !== null);
    if (parts.length === 0) continue;
    conditions.push({ sql: `(${parts.map((p) => p.sql).join(' OR ')})`, params: parts.flatMap((p) => p.params) });
  }
  // One letter matches most of a large database and tells nothing yet: wait for the second.
  if (together.length > 0 && (letters(together.join('')) >= 2 || conditions.length > 0)) {
    conditions.unshift(indexed(together.join(' ')));
  }
  return conditions;
}
