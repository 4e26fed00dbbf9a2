import type { z } from 'zod';
import type { CandidateFilters } from '../api/bulk';
import type { ParsedInput } from '../api/contract';
import { ApiError } from '../api/errors';
import type { SavedSearch } from '../api/savedSearches';
import { countSelection } from '../bulk/selection';
import type { Core } from '../db/core';
import { statement } from '../db/statements';
import { parseQuery } from '../search/syntax';

interface SavedRow {
  id: string;
  name: string;
  filters: string;
}

/** Saved searches, by name, each with how many candidates match it now (the sidebar's live count). */
export function listSavedSearches(core: Core): SavedSearch[] {
  const rows = statement(core.db, 'SELECT id, name, filters FROM saved_searches ORDER BY name COLLATE NOCASE, id').all() as SavedRow[];
  return rows.map((row) => {
    const filters = JSON.parse(row.filters) as z.output<typeof CandidateFilters>;
    return { id: row.id, name: row.name, list: 'candidates', filters, count: countSelection(core, { kind: 'candidate', matching: filters, except: [] }) };
  });
}

/** Saves (or, given its id, replaces) a search; a query with a mistake is refused, not saved to fail later. */
export function saveSearch(core: Core, { id, name, filters }: ParsedInput<'savedSearches.save'>): SavedSearch {
  parseQuery(filters.query);
  const now = core.clock.now().toISOString();
  if (id !== null) {
    const changed = statement(core.db, 'UPDATE saved_searches SET name = ?, filters = ?, query = ?, updated_at = ? WHERE id = ?').run(
      name,
      JSON.stringify(filters),
      filters.query,
      now,
      id,
    );
    if (changed.changes === 0) throw new ApiError('not_found', 'This saved search was deleted.', 'id');
  } else {
    id = core.newId();
    statement(
      core.db,
      "INSERT INTO saved_searches (id, name, list, query, filters, created_at, updated_at) VALUES (?, ?, 'candidates', ?, ?, ?, ?)",
    ).run(id, name, filters.query, JSON.stringify(filters), now, now);
  }
  return listSavedSearches(core).find((s) => s.id === id)!;
}

export function deleteSavedSearch(core: Core, id: string): void {
  const deleted = statement(core.db, 'DELETE FROM saved_searches WHERE id = ?').run(id);
  if (deleted.changes === 0) throw new ApiError('not_found', 'This saved search was deleted already.', 'id');
}
