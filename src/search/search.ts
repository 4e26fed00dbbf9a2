import type { ParsedInput } from '../api/contract';
import { MATCH_END, MATCH_START, type SearchResult, type SearchTarget } from '../api/search';
import type { Core } from '../db/core';
import { statement } from '../db/statements';
import { fieldedSearch } from './fieldedSearch';
import { nameWords, nearWords } from './nameWords';
import { catchUpSearchIndex } from './searchIndex';
import { parseQuery, usesSyntax } from './syntax';

/**
 * Turns what a person typed into an FTS5 query: every word must match as the start of a word, so
 * results follow each keystroke. Words are quoted, so nothing typed is read as query syntax.
 */
export function matchExpression(text: string): string | null {
  const words = text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  // One letter matches most of a large database and tells nothing yet: wait for the second.
  if (words.join('').length < 2) return null;
  return words.map((word) => `"${word}"*`).join(' ');
}

interface Hit {
  rowid: number;
  kind: SearchResult['kind'];
  record_id: string;
  title: string;
  snippet: string;
}

interface About {
  name: string;
  context: string | null;
  open: SearchTarget;
}

type Describe = (core: Core, id: string) => About | null;

const row = <T>(core: Core, sql: string, id: string) => statement(core.db, sql).get(id) as T | undefined;

/** Names and links for each kind of hit; null when its record (or what it belongs to) is in the trash. */
export const describe: Record<SearchResult['kind'] | 'submission', Describe> = {
  candidate: (core, id) => {
    const c = row<{ name: string; context: string }>(
      core,
      `SELECT name, concat_ws(' at ', current_title, current_employer) AS context FROM candidates
       WHERE id = ? AND deleted_at IS NULL`,
      id,
    );
    return c ? { name: c.name, context: c.context || null, open: { kind: 'candidate', id } } : null;
  },
  client: (core, id) => {
    const c = row<{ name: string; industry: string | null }>(
      core,
      'SELECT name, industry FROM clients WHERE id = ? AND deleted_at IS NULL',
      id,
    );
    return c ? { name: c.name, context: c.industry, open: { kind: 'client', id } } : null;
  },
  contact: (core, id) => {
    const c = row<{ name: string; client_id: string; client: string }>(
      core,
      `SELECT co.name, cl.id AS client_id, cl.name AS client FROM contacts co JOIN clients cl ON cl.id = co.client_id
       WHERE co.id = ? AND co.deleted_at IS NULL AND cl.deleted_at IS NULL`,
      id,
    );
    return c ? { name: c.name, context: `Contact at ${c.client}`, open: { kind: 'client', id: c.client_id } } : null;
  },
  job: (core, id) => {
    const j = row<{ title: string; client: string }>(
      core,
      `SELECT j.title, cl.name AS client FROM jobs j JOIN clients cl ON cl.id = j.client_id
       WHERE j.id = ? AND j.deleted_at IS NULL AND cl.deleted_at IS NULL`,
      id,
    );
    return j ? { name: j.title, context: `Job at ${j.client}`, open: { kind: 'job', id } } : null;
  },
  submission: (core, id) => {
    const s = row<{ name: string }>(
      core,
      `SELECT c.name || ' for ' || j.title AS name FROM submissions s
       JOIN candidates c ON c.id = s.candidate_id JOIN jobs j ON j.id = s.job_id
       WHERE s.id = ? AND s.deleted_at IS NULL AND c.deleted_at IS NULL AND j.deleted_at IS NULL`,
      id,
    );
    return s ? { name: s.name, context: 'Submission', open: { kind: 'submission', id } } : null;
  },
  note: (core, id) => {
    const n = row<{ subject_type: string; subject_id: string }>(
      core,
      'SELECT subject_type, subject_id FROM notes WHERE id = ? AND deleted_at IS NULL',
      id,
    );
    const subject = n && Object.hasOwn(describe, n.subject_type) ? describe[n.subject_type as keyof typeof describe](core, n.subject_id) : null;
    return subject && { name: `Note on ${subject.name}`, context: subject.context, open: subject.open };
  },
  /** An intake's entry is its job's: it opens the job. */
  intake: (core, id) => {
    const job = describe.job(core, id);
    return job && { ...job, context: `In the intake · ${job.context}` };
  },
  feedback: (core, id) => {
    const f = row<{ submission_id: string; name: string; client: string; contact: string | null }>(
      core,
      `SELECT s.id AS submission_id, c.name || ' for ' || j.title AS name, cl.name AS client, co.name AS contact
       FROM feedback f JOIN submissions s ON s.id = f.submission_id JOIN candidates c ON c.id = s.candidate_id
         JOIN jobs j ON j.id = s.job_id JOIN clients cl ON cl.id = j.client_id LEFT JOIN contacts co ON co.id = f.contact_id
       WHERE f.id = ? AND f.deleted_at IS NULL AND s.deleted_at IS NULL AND c.deleted_at IS NULL AND j.deleted_at IS NULL
         AND cl.deleted_at IS NULL`,
      id,
    );
    if (!f) return null;
    const from = f.contact ? `${f.contact} at ${f.client}` : f.client;
    return { name: f.name, context: `In feedback from ${from}`, open: { kind: 'submission', id: f.submission_id } };
  },
  file: (core, id) => {
    const f = row<{ id: string; name: string }>(
      core,
      `SELECT c.id, c.name FROM files f JOIN candidates c ON c.id = f.candidate_id
       WHERE f.id = ? AND f.deleted_at IS NULL AND c.deleted_at IS NULL`,
      id,
    );
    return f ? { name: f.name, context: `Resume of ${f.name}`, open: { kind: 'candidate', id: f.id } } : null;
  },
};

/**
 * What was typed, as the tiers of the ranking: names holding every word whole ("jose" is José),
 * names with a word starting with each (Joseki Games), then matches anywhere. A quick switcher's
 * best guess is a name, and among equals the newest record (the one first indexed last).
 */
function rankedMatches(match: string): string[] {
  const whole = match.replaceAll('"*', '"');
  return [`{title} : (${whole})`, `{title} : (${match})`, match];
}

/** Fewer results than this from the exact tiers, and names are looked for with one letter wrong too. */
const FEW = 5;

/**
 * The tier after the exact ones: names with each typed word, or a word one letter from it
 * ("Dnaa" is Dana, "Jonh Smtih" John Smith). Null when no typed word is near a name's.
 */
function fuzzyMatch(core: Core, query: string): string | null {
  let corrected = false;
  const parts = nameWords(query).map((word) => {
    const near = nearWords(core.db, word);
    if (near.length === 0) return `"${word}"*`;
    corrected = true;
    return `("${word}"* OR ${near.map((w) => `"${w}"`).join(' OR ')})`;
  });
  // FTS5 takes no implicit AND after a bracket.
  return corrected ? `{title} : (${parts.join(' AND ')})` : null;
}

/**
 * Ranked by tier, then newest first: each tier is read from the index newest first and stops at
 * what is shown, so highlights and snippets are made for those rows only. A ranking function such
 * as bm25 would read every match of a short prefix (half of a large database) to sort them. Names
 * one letter off come last, and are looked for only when the exact tiers found few.
 */
export function searchEverything(core: Core, input: ParsedInput<'search.query'>): SearchResult[] {
  if (usesSyntax(parseQuery(input.query))) return fieldedSearch(core, input);
  const match = matchExpression(input.query);
  if (match === null) return [];
  catchUpSearchIndex(core);
  const kinds = input.kinds === null ? '' : `AND kind IN (${input.kinds.map((k) => `'${k}'`).join(', ')})`;
  const newest = statement(
    core.db,
    `SELECT rowid, kind, record_id,
       highlight(search_index, 2, '${MATCH_START}', '${MATCH_END}') AS title,
       snippet(search_index, 3, '${MATCH_START}', '${MATCH_END}', '…', 12) AS snippet
     FROM search_index WHERE search_index MATCH @match ${kinds} AND rowid < @before
     ORDER BY rowid DESC LIMIT @wanted`,
  );
  const seen = new Set<number>();
  const results: SearchResult[] = [];
  /** Adds a tier's hits, newest first, until the results are full; says whether they are. */
  function readTier(tier: string): boolean {
    let before = Number.MAX_SAFE_INTEGER;
    for (;;) {
      const wanted = input.limit - results.length;
      const hits = newest.all({ match: tier, before, wanted }) as Hit[];
      for (const hit of hits) {
        if (seen.has(hit.rowid)) continue;
        seen.add(hit.rowid);
        const about = describe[hit.kind](core, hit.record_id);
        if (!about) continue;
        results.push({
          kind: hit.kind,
          id: hit.record_id,
          title: hit.title || about.name,
          context: about.context,
          snippet: hit.snippet,
          open: about.open,
        });
      }
      if (results.length === input.limit) return true;
      if (hits.length < wanted) return false;
      before = hits.at(-1)!.rowid;
    }
  }
  for (const tier of rankedMatches(match)) if (readTier(tier)) return results;
  if (results.length < FEW) {
    const fuzzy = fuzzyMatch(core, input.query);
    if (fuzzy) readTier(fuzzy);
  }
  return results;
}
