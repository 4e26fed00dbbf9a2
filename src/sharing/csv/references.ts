import type { Core } from '../../db/core';

/**
 * Runs `write` (a chunk of an import, one transaction) with SQLite's foreign-key checks off, and
 * turns them on again after, however it ends: the calls answered between chunks are checked as
 * ever. What a chunk writes points only at records it just made or read in the same transaction
 * (a candidate's lookup keys and note at the candidate, a contact at the client found or made for
 * it), so each check proved what the code already knows: seven lookup keys a candidate row, each
 * a probe of the candidates' ids. Counted by callgrind over an import of 10,000 rows, SQLite's
 * statements ran 5% fewer instructions without the checks (2.81 against 2.97 billion), about
 * 0.3–0.5 s of the writer's 9–10 s of CPU for 100,000 rows: less than this machine's noise from
 * run to run, so no wall clock shows it. The pragma is a no-op inside a transaction, hence outside.
 * Tests assert `PRAGMA foreign_key_check` finds nothing after every kind of import.
 */
export function withoutReferenceChecks<T>(core: Core, write: () => T): T {
  if (core.db.inTransaction || !core.db.pragma('foreign_keys', { simple: true })) return write();
  core.db.pragma('foreign_keys = OFF');
  try {
    return write();
  } finally {
    core.db.pragma('foreign_keys = ON');
  }
}
