import { describe, expect, it } from 'vitest';
import { contract } from '../../src/api/contract';
import { CandidateFilters } from '../../src/api/bulk';
import { countSelection, resolveSelection } from '../../src/bulk/selection';
import { addCandidate } from '../../src/candidates/candidates';
import { candidateFilterConditions, listCandidates } from '../../src/candidates/candidateList';
import { openReader } from '../../src/db/reader';
import { freshApp } from './helpers';

/**
 * A read connection cannot catch the search index up, and a CSV import's writer does so only every
 * 20,000 rows: candidates committed in between are in the tables, not yet in the index. A count
 * (or "select all") of a query whose skill's words would narrow its read through the index must
 * still hold them.
 */
describe('a skill query read while the search index is behind', () => {
  it('counts, pages and selects every committed candidate, indexed or not', async () => {
    const app = await freshApp();
    for (let i = 0; i < 120; i++) app.call('candidates.create', { name: `Go Person ${i}`, currentTitle: 'Developer', skills: ['Go'] });
    for (let i = 0; i < 60; i++) app.call('candidates.create', { name: `Other ${i}`, currentTitle: 'Developer', skills: ['Java'] });
    // As an import's chunk does: written and committed, the search index's catch-up not yet run.
    const create = contract['candidates.create'].input;
    app.core.db.transaction(() => {
      for (let i = 0; i < 30; i++) addCandidate(app.core, create.parse({ name: `New Go ${i}`, currentTitle: 'Developer', skills: ['Go'] }));
    })();
    expect(app.core.db.prepare('SELECT count(*) FROM search_queue').pluck().get()).toBe(30);

    const reader = openReader(app.file);
    try {
      const query = 'skill:Go -title:operations';
      const sets = candidateFilterConditions(CandidateFilters.parse({ query }));
      const truth = reader.db
        .prepare(`SELECT id FROM candidates WHERE ${sets.where.join(' AND ')}`)
        .pluck()
        .all(...sets.params) as string[];
      expect(truth).toHaveLength(150);

      const input = contract['candidates.list'].input.parse({ query, limit: 20 });
      // A part of 120 over the 100 sorted: the count reads it, the pages walk (the 100,000 shape scaled down).
      for (const bounds of [{ counted: 20_000, sorted: 100 }, undefined]) {
        const first = listCandidates(reader, input, bounds ? { bounds } : {});
        expect(first.total).toBe(150);
        const ids = first.items.map((c) => c.id);
        for (let cursor = first.nextCursor; cursor; ) {
          const page = listCandidates(reader, { ...input, cursor });
          ids.push(...page.items.map((c) => c.id));
          cursor = page.nextCursor;
        }
        expect(ids.sort()).toEqual([...truth].sort());
      }

      const matching = CandidateFilters.parse({ query });
      expect(countSelection(reader, { kind: 'candidate', matching, except: [] })).toBe(150);
      expect(resolveSelection(reader, { kind: 'candidate', matching, except: [] }).ids.sort()).toEqual([...truth].sort());
    } finally {
      reader.db.close();
    }
  });
});
