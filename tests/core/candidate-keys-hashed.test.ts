import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { lookupKey } from '../../src/candidates/lookupKey';
import { closeDatabase } from '../../src/db/open';
import { importCsv } from './csv-helpers';
import { freshApp } from './helpers';

/**
 * Lookup keys are stored as a hash of their text (src/candidates/lookupKey.ts, migration 30). Two
 * texts sharing a hash are made here by writing a key row a real collision would give.
 */
describe("candidates' lookup keys as integers", () => {
  it('a key shared by hash alone never makes a person a duplicate', async () => {
    const app = await freshApp();
    const ada = app.call('candidates.create', { name: 'Ada Lovelace', emails: ['ada@example.com'] });
    const grace = app.call('candidates.create', { name: 'Grace Hopper', emails: ['grace@example.com'], currentEmployer: 'US Navy' });
    // As if Ada's email hashed like Grace's email and like Grace's name at her employer.
    const collide = app.core.db.prepare('INSERT INTO candidate_keys (key, candidate_id) VALUES (?, ?)');
    collide.run(lookupKey('email', 'grace@example.com'), ada.id);
    collide.run(lookupKey('name', 'grace hopper@us navy'), ada.id);
    expect(app.call('candidates.duplicates', { name: 'G. Hopper', emails: ['GRACE@example.com'] }).map(({ id }) => id)).toEqual([grace.id]);
    const imported = await importCsv(app, 'Name,Email,Company\nGrace Hopper,,US Navy\nAnn Other,grace@example.com,', { kind: 'candidates' });
    expect(imported.duplicates.map(({ line, reason }) => [line, reason])).toEqual([
      [2, 'Already on file as Grace Hopper (same name and employer)'],
      [3, 'Already on file as Grace Hopper (same email)'],
    ]);
  });

  it('each kind of key is found as the text was: emails and employers in any case, phones by their last nine digits, skills', async () => {
    const app = await freshApp();
    const ada = app.call('candidates.create', {
      name: 'Ada Lovelace',
      emails: ['Ada@Example.com'],
      phones: ['+44 7700 900123'],
      currentEmployer: 'Analytical Engines',
      skills: ['Mathematics', 'Go'],
    });
    const asked = { name: 'ada  LOVELACE', emails: ['ada@example.com'], phones: ['07700 900123'], currentEmployer: 'analytical engines' };
    expect(app.call('candidates.duplicates', asked)).toMatchObject([{ id: ada.id, matchedOn: ['email', 'phone', 'name_and_employer'] }]);
    expect(app.call('candidates.list', { query: 'skill:go' }).items.map(({ id }) => id)).toEqual([ada.id]);
    expect(app.call('candidates.list', { query: 'skill:mathematic' }).total).toBe(0);
    const bob = app.call('candidates.create', { name: 'Bob Byte', phones: ['+44 7700 900123'], skills: ['Go'], allowDuplicate: true });
    expect(app.call('duplicates.list', {})).toMatchObject([{ matchedOn: ['phone'] }]);
    expect(app.call('candidates.list', { query: 'skill:GO' }).total).toBe(2);
    app.call('candidates.update', { id: bob.id, phones: [], skills: [] });
    expect(app.call('duplicates.list', {})).toEqual([]);
    expect(app.call('candidates.list', { query: 'skill:go' }).items.map(({ id }) => id)).toEqual([ada.id]);
  });

  it('an upgraded database has its text keys made again as integers, the trash included', async () => {
    const app = await freshApp();
    const ada = app.call('candidates.create', { name: 'Ada Lovelace', emails: ['ada@example.com'], skills: ['Go', 'Rust'] });
    const gone = app.call('candidates.create', { name: 'Grace Hopper', currentEmployer: 'US Navy', phones: ['+1 202 555 0101'] });
    app.call('candidates.delete', { id: gone.id });
    const file = app.file;
    closeDatabase(app.core);
    const db = new Database(file);
    db.exec(`DROP TABLE candidate_keys;
      CREATE TABLE candidate_keys (key TEXT NOT NULL, candidate_id TEXT NOT NULL REFERENCES candidates (id), PRIMARY KEY (key, candidate_id)) STRICT, WITHOUT ROWID;
      CREATE INDEX candidate_keys_by_candidate ON candidate_keys (candidate_id);
      PRAGMA user_version = 29;`);
    const text = db.prepare('INSERT INTO candidate_keys (key, candidate_id) VALUES (?, ?)');
    for (const key of ['email:ada@example.com', 'skill:go', 'skill:rust']) text.run(key, ada.id);
    db.close();
    const upgraded = await freshApp(file);
    const keys = upgraded.core.db.prepare('SELECT key, candidate_id FROM candidate_keys ORDER BY key').all();
    expect(keys).toEqual(
      [
        { key: lookupKey('email', 'ada@example.com'), candidate_id: ada.id },
        { key: lookupKey('skill', 'go'), candidate_id: ada.id },
        { key: lookupKey('skill', 'rust'), candidate_id: ada.id },
        { key: lookupKey('phone', '025550101'), candidate_id: gone.id },
        { key: lookupKey('name', 'grace hopper@us navy'), candidate_id: gone.id },
      ].sort((a, b) => a.key - b.key),
    );
    expect(upgraded.call('candidates.list', { query: 'skill:rust' }).items.map(({ id }) => id)).toEqual([ada.id]);
    upgraded.call('trash.restore', { kind: 'candidate', id: gone.id });
    expect(upgraded.call('candidates.duplicates', { name: 'Grace Hopper', currentEmployer: 'US Navy' }).map(({ id }) => id)).toEqual([gone.id]);
    expect(upgraded.core.db.prepare("SELECT count(*) FROM pragma_index_list('candidate_keys') WHERE name = 'candidate_keys_by_candidate'").pluck().get()).toBe(1);
  });
});
