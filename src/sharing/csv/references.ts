import type { Core } from '../../db/core';

/**
 * Runs `write` (a chunk of an import, one transaction) with SQLite's foreign-key checks off, and
 * turns them on again after, however it ends: the calls answered between chunks are checked as
 * ever. What a chunk writes points only at records it just made or read in the same transaction
 * (a candidate's lookup keys and note at the candidate, a contact at the client found or made for
 * it), so each check proved what the code already knows: seven lookup keys a candidate row, each
 * a probe of the candidates' ids, cost the writer 1.1–3.4 s of CPU over 100,000 rows (12.2–13.0 s
 * against 9.6–11.1 s, alternated). The pragma is a no-op inside a transaction, hence outside.
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
