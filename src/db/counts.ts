import type { Database } from 'better-sqlite3';

/** The tables a person would recognise, for `shortlist check` and the About screen. */
const countedTables = ['clients', 'contacts', 'jobs', 'candidates', 'submissions', 'files', 'notes'] as const;

export function countRows(db: Database): Record<string, { live: number; deleted: number }> {
  return Object.fromEntries(
    countedTables.map((table) => {
      const row = db
        .prepare(`SELECT count(*) FILTER (WHERE deleted_at IS NULL) AS live, count(*) FILTER (WHERE deleted_at IS NOT NULL) AS deleted FROM ${table}`)
        .get() as { live: number; deleted: number };
      return [table, row];
    }),
  );
}
