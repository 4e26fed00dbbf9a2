import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freshApp } from './helpers';

const MB = 1024 * 1024;

describe('the write-ahead log', () => {
  it('is cut back to 64 MB when it starts afresh after a long write, not kept whole until the app closes', async () => {
    const app = await freshApp();
    const walSize = () => fs.statSync(`${app.file}-wal`).size;
    // A write as long as a big import's chunks: 80 MB in one transaction, which no checkpoint can cut short.
    app.core.db.exec('CREATE TABLE scratch (bytes BLOB)');
    const insert = app.core.db.prepare('INSERT INTO scratch (bytes) VALUES (randomblob(?))');
    app.core.db.transaction(() => {
      for (let i = 0; i < 80; i++) insert.run(MB);
    })();
    expect(walSize()).toBeGreaterThan(80 * MB);
    // Copied into the database; the next write starts the log afresh.
    app.core.db.pragma('wal_checkpoint(PASSIVE)');
    app.call('clients.create', { name: 'Northwind Logistics' });
    expect(walSize()).toBeLessThanOrEqual(64 * MB);
  });
});
