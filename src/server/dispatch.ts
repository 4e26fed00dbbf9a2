import { contract, type Method } from '../api/contract';
import type { Outcome } from '../api/errors';
import type { Core } from '../db/core';
import { callFailure } from '../db/errors';
import { statement } from '../db/statements';
import { proposeFollowUps } from '../reminders/proposals/run';
import { catchUpSearchIndex } from '../search/searchIndex';
import { handlers } from './handlers';
import { failure, parseInput } from './validate';

/**
 * The one entry into the core for every transport: finds the method, validates the input
 * against its schema, and runs it in a single transaction, so a failed call writes nothing. What
 * it wrote is in the search index when it commits. A call that wrote nothing leaves the index
 * alone: a CSV import's chunks, written between calls, are indexed in batches of their own.
 */
export function dispatch(core: Core, method: string, input: unknown): Outcome<unknown> {
  const parsed = parseInput(method, input);
  if (!parsed.ok) return parsed;
  const handler = handlers[method as Method] as (core: Core, input: unknown) => unknown;
  const entry = contract[method as Method];
  try {
    const transaction = core.db.transaction(() => {
      // On a connection that can write (a test, a command), a read finds what the host would have
      // brought up to date on the writer before it, and is held to its word: it writes nothing.
      if (entry.access === 'read' && !core.db.readonly) prepareRead(core, entry.proposals);
      const changesBefore = totalChanges(core);
      const result = handler(core, parsed.result);
      if (totalChanges(core) !== changesBefore) {
        if (entry.access === 'read') throw new Error(`${method} is marked read in the contract, but it wrote to the database.`);
        catchUpSearchIndex(core);
      }
      return result;
    });
    // A read connection reads one snapshot; the writer takes its lock up front, so a call never
    // fails halfway when another program holds the file.
    const result = core.db.readonly ? transaction.deferred() : transaction.immediate();
    return { ok: true, result };
  } catch (error) {
    // A refusal as it is; a full disk, a locked or damaged file in words of its own; a bug as `internal`.
    return failure(callFailure(core, method, error));
  }
}

function prepareRead(core: Core, proposals: boolean): void {
  if (proposals) proposeFollowUps(core);
  catchUpSearchIndex(core);
}

/** Rows written on this connection since it opened, by any statement or trigger. */
const totalChanges = (core: Core) => statement(core.db, 'SELECT total_changes()').pluck().get() as number;
