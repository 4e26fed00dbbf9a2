import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesDir } from '../../src/candidates/files';
import { checkIntegrity, closeDatabase, openDatabase } from '../../src/db/open';
import { freshApp, type TestApp } from './helpers';
import { exportOf } from './sharing-helpers';

const pdf = Buffer.from('%PDF-1.4 a resume').toString('base64');

/** A candidate with an attached file, and the copies a killed import left beside it (written, their rows rolled back). */
async function withLeftovers(app: TestApp) {
  const ada = app.call('candidates.create', { name: 'Ada Lovelace' });
  app.call('files.attach', { candidateId: ada.id, name: 'Ada CV.txt', mimeType: 'text/plain', dataBase64: Buffer.from('Ada').toString('base64') });
  const kept = fs.readdirSync(filesDir(app.core));
  const leftovers = [`${'a'.repeat(64)}.pdf`, `${'b'.repeat(64)}.docx`, `${'c'.repeat(64)}.pdf.partial`];
  for (const name of leftovers) fs.writeFileSync(path.join(filesDir(app.core), name), 'bytes of a stopped import');
  return kept;
}

describe('copies in files/ that no record names', () => {
  it('are removed at the next start after an unclean close, and the copies records name are kept', async () => {
    const app = await freshApp();
    const kept = await withLeftovers(app);
    app.core.db.close(); // killed: never marked closed cleanly
    const core = await openDatabase(app.file);
    expect(fs.readdirSync(filesDir(core))).toEqual(kept);
    closeDatabase(core);
  });

  it('are removed once a deferred integrity check has found the file whole', async () => {
    const app = await freshApp();
    const kept = await withLeftovers(app);
    app.core.db.close();
    const core = await openDatabase(app.file, { deferIntegrityCheck: true });
    expect(fs.readdirSync(filesDir(core))).toHaveLength(kept.length + 3);
    checkIntegrity(core);
    expect(fs.readdirSync(filesDir(core))).toEqual(kept);
    closeDatabase(core);
  });

  it('are left alone when another database shares the folder, whose copies they may be', async () => {
    const app = await freshApp();
    const kept = await withLeftovers(app);
    const other = await freshApp(path.join(path.dirname(app.file), 'colleague.db'));
    closeDatabase(other.core);
    app.core.db.close();
    const core = await openDatabase(app.file);
    expect(fs.readdirSync(filesDir(core))).toHaveLength(kept.length + 3);
    closeDatabase(core);
  });

  it('are removed by the next import, which restores the copies it brings', async () => {
    const colleague = await freshApp();
    const grace = colleague.call('candidates.create', { name: 'Grace Hopper' });
    colleague.call('files.attach', { candidateId: grace.id, name: 'Grace CV.pdf', mimeType: 'application/pdf', dataBase64: pdf });
    await colleague.core.background.settled();
    const file = exportOf(colleague);
    const app = await freshApp();
    const kept = await withLeftovers(app);
    app.call('sharing.import', { path: file });
    const copies = fs.readdirSync(filesDir(app.core));
    expect(copies).toHaveLength(kept.length + 1);
    expect(copies).toEqual(expect.arrayContaining(kept));
    expect(copies.filter((name) => /^[abc]{64}/.test(name))).toEqual([]);
  });
});
