import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { failure, freshApp } from './helpers';
import { exportOf } from './sharing-helpers';

/** A colleague's genuine export, its header's `field` then set to `value`. */
async function exportWithHeader(field: string, value: unknown): Promise<string> {
  const colleague = await freshApp();
  colleague.call('candidates.create', { name: 'Grace Hopper' });
  const file = exportOf(colleague);
  const db = new Database(file);
  // The header is a STRICT table: a spoilt one is a table made again without its types.
  db.exec('CREATE TABLE header_copy AS SELECT * FROM shortlist_export; DROP TABLE shortlist_export; ALTER TABLE header_copy RENAME TO shortlist_export');
  db.prepare(`UPDATE shortlist_export SET ${field} = ?`).run(value as never);
  db.close();
  return file;
}

describe('an export whose header is spoilt', () => {
  const cases: [field: string, value: unknown, message: string][] = [
    ['counts', '{"candidates": 1', 'its header’s row counts are missing or not readable'],
    ['counts', '{"candidates": -1}', 'its header’s row counts are missing or not readable'],
    ['counts', '[1, 2]', 'its header’s row counts are missing or not readable'],
    ['exported_at', 'yesterday', 'its header’s time of export is missing or not readable'],
    ['device_id', '', 'its header’s device id is missing or not readable'],
    ['device_name', Buffer.from([0xde, 0xad]), 'its header’s device name is missing or not readable'],
    ['person', 'x'.repeat(501), 'its header’s person who exported it is missing or not readable'],
  ];
  for (const [field, value, problem] of cases) {
    it(`is refused as damaged when its ${field} is ${JSON.stringify(value).slice(0, 20)}, by preview and import alike`, async () => {
      const file = await exportWithHeader(field, value);
      const app = await freshApp();
      for (const method of ['sharing.preview', 'sharing.import'] as const) {
        expect(failure(() => app.call(method, { path: file }))).toMatchObject({
          code: 'invalid_input',
          field: 'path',
          message: `${file.split('/').at(-1)} is damaged and cannot be imported: ${problem}.`,
        });
      }
      expect(app.call('candidates.list', {}).total).toBe(0);
    });
  }
});
