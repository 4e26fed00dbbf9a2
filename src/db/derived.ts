import type { Database } from 'better-sqlite3';
import { progressColumns, progressFromHistory } from './migrations/026-submission-progress';
import { resumeKeysFromIndex } from './migrations/027-resume-search-keys';
import { staysColumns, staysFromHistory } from './migrations/029-reports-waiting';

/**
 * The tables kept from others by triggers or by the search index's catch-up, each with the rows it
 * should hold worked out again from what it is kept from. Nothing but the tests compared them
 * before; a trigger that missed a way of writing would show in the reports and nowhere else.
 */
const derivedTables = [
  { table: 'submission_progress', columns: progressColumns, expected: progressFromHistory, of: 'the stage history' },
  { table: 'stage_stays', columns: staysColumns, expected: staysFromHistory, of: 'the stage history' },
  {
    table: 'resume_search_keys',
    columns: 'file_key, candidate_key',
    expected: resumeKeysFromIndex,
    of: 'the search index',
    // Kept by the catch-up: while records wait for it, the table rightly lags behind.
    ready: (db: Database) => db.prepare('SELECT 1 FROM search_queue LIMIT 1').get() === undefined,
  },
];

export interface DerivedDifference {
  table: string;
  /** Rows the table holds that its sources do not give, plus rows they give that it lacks. */
  differing: number;
  of: string;
}

/** Each derived table that differs from its sources, read on any connection (a read-only one too). */
export function derivedDifferences(db: Database): DerivedDifference[] {
  return derivedTables
    .filter((d) => d.ready?.(db) ?? true)
    .map(({ table, columns, expected, of }) => {
      const held = `SELECT ${columns} FROM ${table}`;
      const count = (sql: string) => db.prepare(`SELECT count(*) FROM (${sql})`).pluck().get() as number;
      return { table, of, differing: count(`${held} EXCEPT ${expected}`) + count(`${expected} EXCEPT ${held}`) };
    })
    .filter((d) => d.differing > 0);
}

/** Each of `differences`' tables emptied and filled again from its sources, in one transaction. */
export function rebuildDerived(db: Database, differences: DerivedDifference[]): void {
  const rebuild = db.transaction(() => {
    for (const { table } of differences) {
      const { columns, expected } = derivedTables.find((d) => d.table === table)!;
      db.exec(`DELETE FROM ${table}; INSERT INTO ${table} (${columns}) ${expected};`);
    }
  });
  rebuild.immediate();
}
