import type { BulkSummary, Skipped } from '../api/bulk';
import type { Core } from '../db/core';
import type { SqlValue } from '../db/records';
import { statement } from '../db/statements';
import { taskProgress } from '../tasks/progress';

/** What one bulk action changed in one table, so that Undo reverses exactly that and nothing else. */
export interface TableChanges {
  table: string;
  /** Rows the action made, or brought back from being taken off: Undo takes them off again. */
  created: string[];
  /** Rows the action put in the trash or took off: Undo brings them back. */
  trashed: string[];
  /** Fields the action overwrote, with the values before: Undo writes these back. */
  previous: { id: string; values: Record<string, SqlValue> }[];
}

/** Collects a bulk action's changes and what it left alone, then files them for Undo. */
export class BulkRecord {
  private readonly tables = new Map<string, TableChanges>();
  readonly skipped: Skipped[] = [];
  done = 0;

  constructor(private readonly core: Core) {}

  private of(table: string): TableChanges {
    let changes = this.tables.get(table);
    if (!changes) this.tables.set(table, (changes = { table, created: [], trashed: [], previous: [] }));
    return changes;
  }

  created(table: string, id: string): void {
    this.of(table).created.push(id);
  }

  trashed(table: string, id: string): void {
    this.of(table).trashed.push(id);
  }

  overwrote(table: string, id: string, values: Record<string, SqlValue>): void {
    this.of(table).previous.push({ id, values });
  }

  skip(skipped: Skipped | Skipped[]): void {
    this.skipped.push(...[skipped].flat());
  }

  /** The summary of the action; its undo token is null when nothing changed. */
  finish(message: string): BulkSummary {
    const changes = [...this.tables.values()];
    const changed = changes.some((c) => c.created.length + c.trashed.length + c.previous.length > 0);
    let undo: string | null = null;
    if (changed) {
      undo = this.core.newId();
      statement(this.core.db, 'INSERT INTO bulk_actions (id, summary, changes, created_at) VALUES (?, ?, ?, ?)').run(
        undo,
        message,
        JSON.stringify(changes),
        this.core.clock.now().toISOString(),
      );
    }
    return { message, done: this.done, skipped: this.skipped.slice(0, 500), skippedCount: this.skipped.length, undo };
  }
}

/**
 * Runs `step` on each id, telling the recruiter how far it is every few hundred and stopping
 * (the whole call rolls back) when they cancel.
 */
export function eachWithProgress<T>(core: Core, items: readonly T[], doing: string, step: (item: T) => void): void {
  const progress = taskProgress(core);
  items.forEach((item, i) => {
    if (i % 250 === 0) {
      progress.checkCancelled();
      progress.report(i / items.length, doing);
    }
    step(item);
  });
  progress.report(1, doing);
}

/** "1 candidate", "9,800 candidates". */
export function counted(n: number, kind: string): string {
  return `${n.toLocaleString('en')} ${kind}${n === 1 ? '' : 's'}`;
}
