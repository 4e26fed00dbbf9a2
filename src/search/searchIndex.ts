import type { SearchKind } from '../api/search';
import type { Core } from '../db/core';
import { statement } from '../db/statements';
import type { SqlValue } from '../db/records';
import { WordCounts } from './nameWords';

interface Indexed {
  kind: SearchKind;
  table: string;
  /** SQL over the record `r`: the words that name it (weighted higher in ranking). */
  title: string;
  /** SQL over `r`: every other word worth finding it by. */
  body: string;
  /** SQL over `r`: whether a live record belongs in the index at all (what it belongs to is live). */
  when?: string;
}

/**
 * SQL over an id: whether that record is live, and so is what it belongs to; what search can
 * show (a contact of a client in the trash is not, nor a note on it). Migration 8's triggers queue
 * what belongs to a record when it is trashed or restored, so its entries follow.
 */
const shown = {
  client: (id: string) => `EXISTS (SELECT 1 FROM clients WHERE id = ${id} AND deleted_at IS NULL)`,
  candidate: (id: string) => `EXISTS (SELECT 1 FROM candidates WHERE id = ${id} AND deleted_at IS NULL)`,
  contact: (id: string) =>
    `EXISTS (SELECT 1 FROM contacts x WHERE x.id = ${id} AND x.deleted_at IS NULL AND ${shown.client('x.client_id')})`,
  job: (id: string) => `EXISTS (SELECT 1 FROM jobs x WHERE x.id = ${id} AND x.deleted_at IS NULL AND ${shown.client('x.client_id')})`,
  submission: (id: string) =>
    `EXISTS (SELECT 1 FROM submissions s JOIN candidates c ON c.id = s.candidate_id JOIN jobs j ON j.id = s.job_id
      WHERE s.id = ${id} AND s.deleted_at IS NULL AND c.deleted_at IS NULL AND j.deleted_at IS NULL)`,
};

/**
 * SQL over an intake `i`: every text its sections hold, so a section added later is found too;
 * not the ids of interviewers, nor the choices (urgency, meeting days) and dates.
 */
const intakeWords = `SELECT group_concat(value, ' ') FROM json_tree(i.sections)
  WHERE type = 'text' AND key NOT IN ('urgency', 'byDate') AND path NOT LIKE '%.interviewerIds' AND path NOT LIKE '%.days'`;

/** In the order of their kinds' names: new records get their index rowids in that order (see catchUpSearchIndex). */
export const indexed: readonly Indexed[] = [
  {
    kind: 'candidate',
    table: 'candidates',
    title: 'r.name',
    body: `concat_ws(' ', r.current_title, r.current_employer, r.location,
      (SELECT group_concat(value, ' ') FROM json_each(r.skills)),
      r.screen_why_looking, r.screen_career_progression, r.screen_certifications, r.screen_commute, r.screen_salary)`,
  },
  { kind: 'client', table: 'clients', title: 'r.name', body: "concat_ws(' ', r.industry, r.location, r.relationship)" },
  {
    kind: 'contact',
    table: 'contacts',
    title: 'r.name',
    body: "concat_ws(' ', r.job_title, r.email, r.cares_about, (SELECT name FROM clients WHERE id = r.client_id))",
    when: shown.client('r.client_id'),
  },
  {
    kind: 'feedback',
    table: 'feedback',
    title: "''",
    body: "concat_ws(' ', r.text, (SELECT group_concat(value, ' ') FROM json_each(r.concerns)))",
    // A submission does not go to the trash with its job's client, but what the client said does.
    when: `${shown.submission('r.submission_id')} AND ${shown.job('(SELECT job_id FROM submissions WHERE id = r.submission_id)')}`,
  },
  { kind: 'file', table: 'files', title: 'r.name', body: 'r.text', when: `r.text IS NOT NULL AND ${shown.candidate('r.candidate_id')}` },
  /** One entry per job (its record_id is the job's): the words of its current intake revision. */
  {
    kind: 'intake',
    table: 'jobs',
    title: "''",
    body: `(SELECT concat_ws(' ', (${intakeWords}), i.reason) FROM intakes i
      WHERE i.job_id = r.id AND i.deleted_at IS NULL ORDER BY i.created_hlc DESC LIMIT 1)`,
    when: `${shown.job('r.id')} AND EXISTS (SELECT 1 FROM intakes WHERE job_id = r.id AND deleted_at IS NULL)`,
  },
  {
    kind: 'job',
    table: 'jobs',
    title: 'r.title',
    body: "concat_ws(' ', r.location, r.owner, (SELECT name FROM clients WHERE id = r.client_id))",
    when: shown.client('r.client_id'),
  },
  {
    kind: 'note',
    table: 'notes',
    title: "''",
    body: 'r.body',
    when: `CASE r.subject_type ${Object.entries(shown)
      .map(([type, isShown]) => `WHEN '${type}' THEN ${isShown('r.subject_id')}`)
      .join(' ')} ELSE 0 END`,
  },
];

/**
 * The statements that read the queue, each driven by the queue (CROSS JOIN fixes the order): a
 * save queues one record, and must not walk every key of a large database to find its entry.
 * `upTo`: only the queue's records up to (@kind, @recordId), for a catch-up in slices; a kind's
 * own statement is bounded by its record_id alone (`bounded`), which the queue's key seeks,
 * where the pair compared would be tested on every queued record of the kind.
 */
const upToBound = (upTo: boolean) => (upTo ? 'WHERE (q.kind, q.record_id) <= (@kind, @recordId)' : '');
const staleSql = (upTo: boolean) => `SELECT k.id FROM search_queue q CROSS JOIN search_keys k ON k.kind = q.kind AND k.record_id = q.record_id
    ${upToBound(upTo)} ORDER BY k.id`;
/** A kind's queued records as their entries: rowid, kind, record_id, title, body. */
const entriesSql = ({ kind, table, title, body, when = '1' }: Indexed, bounded: boolean) => `
    SELECT k.id, q.kind, r.id, ${title}, coalesce(${body}, '')
    FROM search_queue q CROSS JOIN search_keys k ON k.kind = q.kind AND k.record_id = q.record_id
      JOIN ${table} r ON r.id = q.record_id
    WHERE q.kind = '${kind}' ${bounded ? 'AND q.record_id <= @recordId' : ''} AND r.deleted_at IS NULL AND (${when})
    ORDER BY k.id`;
/** A resume's candidate's key, which its entry is linked to (see migration 27). */
const resumeOwnerSql = `SELECT ck.id FROM files f JOIN search_keys ck ON ck.kind = 'candidate' AND ck.record_id = f.candidate_id WHERE f.id = ?`;
export const catchUpSql = {
  stale: staleSql(false),
  entries: (kind: Indexed) => entriesSql(kind, false),
  resumeOwner: resumeOwnerSql,
  /** The same, for a slice of the queue. */
  slice: { stale: staleSql(true), entries: (kind: Indexed) => entriesSql(kind, true) },
};

/**
 * FTS5 holds the entries a transaction writes in memory until they pass `hashsize` (1 MB by
 * default), then writes them out as a new segment, and merges segments as they pile up. A
 * catch-up of 20,000 imported candidates (each word also indexed by its first one, two and three
 * letters) filled that many times over: with 64 MB it writes one segment, and the import of
 * 100,000 candidates wrote about 45 MB less (the index the same size after, its searches as
 * quick). The setting is kept in the database, so it is given back after: other writes stay at 1 MB.
 */
export function widenSearchBuffer(core: Core): () => void {
  setSearchBuffer(core, 64 * 1024 * 1024);
  return () => setSearchBuffer(core, DEFAULT_SEARCH_BUFFER);
}

/** FTS5's own default hashsize. */
const DEFAULT_SEARCH_BUFFER = 1024 * 1024;

// An integer in the SQL: FTS5 refuses the setting as a real, which a number bound from JavaScript is.
const setSearchBuffer = (core: Core, bytes: number) =>
  core.db.transaction(() => core.db.exec(`INSERT INTO search_index (search_index, rank) VALUES ('hashsize', ${Math.trunc(bytes)})`)).immediate();

/**
 * Puts back the buffer an import widened and, killed, never gave back (widenSearchBuffer): kept
 * in the file, it would stay at 64 MB for every write until another import ended. For the writer
 * as it opens the file; one query when it is as it should be.
 */
export function settleSearchBuffer(core: Core): void {
  const stored = statement(core.db, "SELECT v FROM search_index_config WHERE k = 'hashsize'").pluck().get() as number | undefined;
  if (stored !== undefined && stored !== DEFAULT_SEARCH_BUFFER) setSearchBuffer(core, DEFAULT_SEARCH_BUFFER);
}

/**
 * Brings the search index up to date with every record written since it last was: the
 * triggers of migration 7 queue what changed, and this rewrites their entries. Runs at the end of
 * every call that wrote (so a record is searchable once it is saved) and of every batch of a long
 * write, and before the index is read, so nothing written any other way is missed. Given
 * `records`, only the queue's first that many (in its order, the order their entries' rowids
 * follow), so a long catch-up can be cut into slices with calls let in between; says whether
 * records are still queued after. All of them are caught up in slices too, in the caller's
 * transaction: a slice's entries are read into memory before they are written (below), and a
 * colleague's file merged whole may bring thousands of resumes' text.
 */
export function catchUpSearchIndex(core: Core, records = Infinity): boolean {
  // A read connection cannot write; the writer catches up at the end of every call that wrote.
  if (core.db.readonly) return false;
  if (Number.isFinite(records)) return catchUpSlice(core, records);
  while (catchUpSlice(core, SLICE_IN_MEMORY));
  return false;
}

/** Records whose entries are held in memory at once when all are caught up. */
const SLICE_IN_MEMORY = 2000;

/**
 * The queue's first `records`. Entries are written a row a statement, and as far as it goes in
 * ascending rowid order: FTS5 writes what it holds to disk as a segment of its own whenever a
 * rowid goes backwards, and wherever SQLite opens a savepoint around a statement, which it does
 * for a statement that writes many rows and may fail half-way (`INSERT … SELECT`). A statement
 * `INSERT … SELECT` per kind made every slice of an import's catch-up a segment, and the slices of
 * 20,000 records cost three times one catch-up of them all; row by row, the slices of one
 * transaction write one segment at its commit. New records' rowids follow their kinds' names, so
 * in one batch a note counts as newer than a candidate when search puts the newest first.
 */
function catchUpSlice(core: Core, records: number): boolean {
  if (statement(core.db, 'SELECT 1 FROM search_queue LIMIT 1').get() === undefined) return false;
  const last = statement(core.db, 'SELECT kind, record_id AS recordId FROM search_queue ORDER BY kind, record_id LIMIT 1 OFFSET ?').get(records - 1) as
    | { kind: string; recordId: string }
    | undefined;
  const upTo = last !== undefined;
  const bound = upTo ? [last] : [];
  // A record keeps its integer rowid in the index for good, so rewriting its entry touches one row.
  const stale = () => statement(core.db, staleSql(upTo)).pluck().all(...bound) as number[];
  const unindex = statement(core.db, 'DELETE FROM search_index WHERE rowid = ?');
  const unlinkResume = statement(core.db, 'DELETE FROM resume_search_keys WHERE file_key = ?');
  const titleOf = statement(core.db, 'SELECT title FROM search_index WHERE rowid = ?').pluck();
  // The names' vocabulary (for typos) follows the entries: each name's words out, then back in as they are now.
  const words = new WordCounts();
  for (const rowid of stale()) {
    words.add(titleOf.get(rowid) as string | undefined, -1);
    unindex.run(rowid);
    unlinkResume.run(rowid);
  }
  statement(core.db, `INSERT OR IGNORE INTO search_keys (kind, record_id) SELECT kind, record_id FROM search_queue q ${upToBound(upTo)} ORDER BY kind, record_id`).run(
    ...bound,
  );
  const addEntry = statement(core.db, 'INSERT INTO search_index (rowid, kind, record_id, title, body) VALUES (?, ?, ?, ?, ?)');
  const resumeOwner = statement(core.db, resumeOwnerSql).pluck();
  const linkResume = statement(core.db, 'INSERT OR REPLACE INTO resume_search_keys (file_key, candidate_key) VALUES (?, ?)');
  for (const kind of indexed) {
    // The queue's order is its kinds' names: a slice holds the kinds before its last whole, and none after it.
    if (last !== undefined && kind.kind > last.kind) continue;
    const bounded = kind.kind === last?.kind;
    for (const entry of statement(core.db, entriesSql(kind, bounded)).raw().all(...(bounded ? [last] : [])) as SqlValue[][]) {
      addEntry.run(entry);
      if (kind.kind !== 'file') continue;
      const owner = resumeOwner.get(entry[2]) as number | undefined;
      if (owner !== undefined) linkResume.run(entry[0], owner);
    }
  }
  for (const rowid of stale()) words.add(titleOf.get(rowid) as string | undefined, 1);
  words.save(core.db);
  statement(core.db, `DELETE FROM search_queue AS q ${upToBound(upTo)}`).run(...bound);
  return upTo && statement(core.db, 'SELECT 1 FROM search_queue LIMIT 1').get() !== undefined;
}
