import { describe, expect, it } from 'vitest';
import { ClientListInput } from '../../src/api/clients';
import { clientListQueries } from '../../src/clients/clientList';
import { encodeCursor } from '../../src/db/keyset';
import { freshApp } from './helpers';

async function plan(sql: string, params: unknown[]): Promise<string> {
  const { core } = await freshApp();
  const rows = core.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
  return rows.map((r) => r.detail).join('\n');
}

describe('query plans of hot queries', () => {
  it.each(['name', 'updated'] as const)('the clients list sorted by %s walks an index, with no sort step', async (sort) => {
    const cursor = encodeCursor(['m', '01a20000-0000-7000-8000-000000000000']);
    for (const input of [{ sort }, { sort, cursor }, { sort, status: 'active' as const }]) {
      const { page } = clientListQueries(ClientListInput.parse(input));
      const detail = await plan(page.sql, page.params);
      expect(detail).toMatch(sort === 'name' ? /USING INDEX clients_live_by_name/ : /USING INDEX clients_live_by_updated/);
      expect(detail).toMatch(/contacts USING INDEX contacts_by_client/);
      expect(detail).not.toMatch(/TEMP B-TREE/);
    }
  });

  it('a client’s notes are found by index', async () => {
    const detail = await plan(
      "SELECT * FROM notes WHERE subject_type = 'client' AND subject_id = ? ORDER BY created_at DESC",
      ['x'],
    );
    expect(detail).toMatch(/USING INDEX notes_by_subject/);
    expect(detail).not.toMatch(/TEMP B-TREE/);
  });
});
