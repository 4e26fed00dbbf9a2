import type { ParsedInput } from '../api/contract';
import type { SearchResult } from '../api/search';
import type { Core } from '../db/core';
import { statement } from '../db/statements';
import { describe } from '../search/search';

/** What the quick switcher shows when it opens empty. */
const SHOWN = 8;
/** Kept beyond those, so records trashed since still leave eight to show. */
const KEPT = 50;

/**
 * A record was opened on this laptop: it goes to the top of the recent ones (migration 16's
 * recent_items). A page opened on a record gone or in the trash keeps nothing, and is no
 * failure: the page itself says what happened to the record.
 */
export function openedRecord(core: Core, { kind, id }: ParsedInput<'recents.open'>): void {
  if (!describe[kind](core, id)) return;
  statement(core.db, 'DELETE FROM recent_items WHERE kind = ? AND record_id = ?').run(kind, id);
  // The new row's id is one past the largest left, so the latest opened always sorts first.
  statement(core.db, 'INSERT INTO recent_items (kind, record_id, opened_at) VALUES (?, ?, ?)').run(kind, id, core.clock.now().toISOString());
  statement(core.db, `DELETE FROM recent_items WHERE id <= (SELECT id FROM recent_items ORDER BY id DESC LIMIT 1 OFFSET ${KEPT})`).run();
}

/** The records opened last, the latest first, as search results; those in the trash are left out. */
export function recentRecords(core: Core): SearchResult[] {
  const rows = statement(core.db, 'SELECT kind, record_id FROM recent_items ORDER BY id DESC').iterate() as Iterable<{
    kind: ParsedInput<'recents.open'>['kind'];
    record_id: string;
  }>;
  const results: SearchResult[] = [];
  for (const { kind, record_id: id } of rows) {
    const about = describe[kind](core, id);
    if (about) results.push({ kind, id, title: about.name, context: about.context, snippet: '', open: about.open });
    if (results.length === SHOWN) break;
  }
  return results;
}
