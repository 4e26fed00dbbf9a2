import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { closeDatabase } from '../../src/db/open';
import { freshApp, type TestApp } from './helpers';

const names = (app: TestApp, query: string) => app.call('search.query', { query }).map((r) => r.title.replace(/[\uE000\uE001]/g, ''));

describe('a name with an initial', () => {
  it('is found as typed, initial and all, before and after the index is made again with one-letter prefixes', async () => {
    const app = await freshApp();
    for (const name of ['Sam P. Murphy', 'Samantha Price', 'Sam Murphy', 'Dana Y. Walsh', 'Dana Young']) app.call('candidates.create', { name });
    const queries = ['sam p murphy', 'sam p', 'dana y', 'd walsh', 'dana y walsh'];
    const expected = {
      'sam p murphy': ['Sam P. Murphy'],
      // The initial itself, as a whole word, first.
      'sam p': ['Sam P. Murphy', 'Samantha Price'],
      'dana y': ['Dana Y. Walsh', 'Dana Young'],
      'd walsh': ['Dana Y. Walsh'],
      'dana y walsh': ['Dana Y. Walsh'],
    };
    expect(Object.fromEntries(queries.map((q) => [q, names(app, q)]))).toEqual(expected);

    // The index as version 22 left it (prefixes of two and three letters), then the upgrade.
    const file = app.file;
    closeDatabase(app.core);
    const db = new Database(file);
    db.exec(`
      CREATE TEMP TABLE rows AS SELECT rowid AS id, kind, record_id, title, body FROM search_index;
      DROP TABLE search_index;
      CREATE VIRTUAL TABLE search_index USING fts5(kind UNINDEXED, record_id UNINDEXED, title, body,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
      INSERT INTO search_index (rowid, kind, record_id, title, body) SELECT id, kind, record_id, title, body FROM rows;
      PRAGMA user_version = 22;`);
    db.close();
    const upgraded = await freshApp(file);
    const schema = upgraded.core.db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'search_index'").pluck().get() as string;
    expect(schema).toContain("prefix = '1 2 3'");
    expect(Object.fromEntries(queries.map((q) => [q, names(upgraded, q)]))).toEqual(expected);
    // New records are indexed in the new table as before.
    upgraded.call('candidates.create', { name: 'Sam Q. Murphy' });
    expect(names(upgraded, 'sam q murphy')).toEqual(['Sam Q. Murphy']);
  });
});
