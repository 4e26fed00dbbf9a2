import type { Core } from './core';
import { statement } from './statements';

/** What the data looks like to this connection: any commit, by it or by another, changes it. */
export function dataState(core: Core): string {
  const changes = statement(core.db, 'SELECT total_changes() AS n').get() as { n: number };
  return `${core.db.pragma('data_version', { simple: true })}:${changes.n}`;
}

/**
 * A read kept per connection until the data changes: what every report and period needs alike
 * (where each submission stands, the placements) is read once for the Reports screen and for
 * each period the recruiter picks after; the counts Settings shows, once per change. `key`
 * tells apart reads of other filters.
 */
export function keptUntilChange<T>() {
  const last = new WeakMap<Core, { state: string; value: T }>();
  return {
    read(core: Core, key: string, read: () => T): T {
      const state = `${dataState(core)}:${key}`;
      const kept = last.get(core);
      if (kept?.state === state) return kept.value;
      const value = read();
      last.set(core, { state, value });
      return value;
    },
    /** Forgets the read, so the next one reads afresh (for the benchmark). */
    forget: (core: Core) => last.delete(core),
  };
}
