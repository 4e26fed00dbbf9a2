import { describe, expect, it, vi } from 'vitest';
import { runImport } from '../../src/sharing/csv/importer';
import { prepareCsv } from '../../src/sharing/csv/source';
import type * as SearchCatchUp from '../../src/sharing/csv/searchCatchUp';
import { freshApp, queued } from './helpers';

// The catch-up that lets calls in between slices fails (as a full disk would fail it).
vi.mock('../../src/sharing/csv/searchCatchUp', async (original) => ({
  ...(await original<typeof SearchCatchUp>()),
  catchUpBetweenCalls: vi.fn(() => Promise.reject(new Error('disk I/O error'))),
}));

describe("an import's search catch-up at its end", () => {
  it('catches up in one go when catching up between calls fails, so every row imported is searchable', async () => {
    const app = await freshApp();
    const rows = ['Name,Email', ...Array.from({ length: 300 }, (_, i) => `Person ${i},p${i}@example.com`)].join('\n');
    const csv = prepareCsv(Buffer.from(rows), { kind: 'candidates', encoding: null, delimiter: null, mapping: null, createMissingClients: false });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const result = await runImport(app.core, csv);
    expect(result).toMatchObject({ accepted: 300, stopped: false });
    // Nothing left for a read connection's search to miss: the index holds every row.
    expect(queued(app)).toBe(0);
    const indexed = app.core.db.prepare("SELECT count(*) FROM search_index WHERE kind = 'candidate'").pluck().get();
    expect(indexed).toBe(300);
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });
});
