import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { freshApp, shortlist, tempDir } from './helpers';


/** Every row of every table: what a dry run must leave as it was (opening the file marks it in use, so its bytes change). */
function contents(file: string): unknown {
  const db = new Database(file, { readonly: true });
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT IN ('settings') AND name NOT LIKE 'search_index_%'").pluck().all() as string[];
  const rows = Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM ${t}`).all()]));
  db.close();
  return rows;
}

const hash = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Ann's and Bea's databases, closed, after both edited Jane's location (Bea later). */
async function twoDatabases() {
  const ann = await freshApp();
  const bea = await freshApp();
  const jane = ann.call('candidates.create', { name: 'Jane Doe', emails: ['jane@example.com'] });
  ann.call('clients.create', { name: 'Acme' });
  const first = path.join(tempDir(), 'first.shortlist');
  ann.call('sharing.exportTo', { path: first });
  bea.call('sharing.import', { path: first });
  ann.call('candidates.update', { id: jane.id, location: 'Lyon' });
  bea.clock.advance(60_000);
  bea.call('candidates.update', { id: jane.id, location: 'Paris' });
  bea.call('candidates.create', { name: 'Jane D.', emails: ['jane@example.com'], allowDuplicate: true });
  ann.core.db.close();
  bea.core.db.close();
  return { ann: ann.file, bea: bea.file };
}

// Every command starts Node and tsx afresh: a couple of seconds each on this machine.
describe('shortlist export and import', { timeout: 60_000 }, () => {
  it('exports a database to a .shortlist file', async () => {
    const { bea } = await twoDatabases();
    const out = path.join(tempDir(), 'bea.shortlist');
    const run = shortlist('export', '--db', bea, '--out', out, '--by', 'Bea');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Exported ${out}`);
    expect(run.stdout).toContain('2 candidates, 1 clients');
    expect(fs.existsSync(out)).toBe(true);
  });

  it('--dry-run prints what an import would change and changes nothing', async () => {
    const { ann, bea } = await twoDatabases();
    const out = path.join(tempDir(), 'bea.shortlist');
    shortlist('export', '--db', bea, '--out', out, '--by', 'Bea');
    const before = contents(ann);
    const run = shortlist('import', '--db', ann, '--dry-run', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Dry run: nothing was changed.');
    expect(run.stdout).toContain('candidates: 1 added, 1 updated, 0 deleted');
    expect(run.stdout).toContain('Conflicts: 1');
    expect(run.stdout).toMatch(/Jane Doe: Location: kept “Paris” \(Bea on .+\) over “Lyon” \(This computer, /);
    expect(run.stdout).toContain('Likely duplicates: 1');
    expect(run.stdout).toMatch(/Jane D\. and Jane Doe \(same email\)|Jane Doe and Jane D\. \(same email\)/);
    expect(run.stdout).not.toContain('Backup');
    expect(contents(ann)).toEqual(before);
  });

  it('imports, prints what changed with the backup it took, and a second import finds nothing new', async () => {
    const { ann, bea } = await twoDatabases();
    const out = path.join(tempDir(), 'bea.shortlist');
    shortlist('export', '--db', bea, '--out', out);
    const run = shortlist('import', '--db', ann, out);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Imported ${out}`);
    expect(run.stdout).toMatch(/Backup taken before the import: .*backups/);
    expect(run.stdout).toContain('candidates: 1 added, 1 updated, 0 deleted');
    expect(run.stdout).toContain('Conflicts: 1 (review them in the app)');
    const again = shortlist('import', '--db', ann, out);
    expect(again.stdout).toContain('Nothing new');
    expect(again.stdout).toContain('Conflicts: 0');
  });

  it('refuses a file that is not an export, leaving the database as it was', async () => {
    const { ann } = await twoDatabases();
    const bogus = path.join(tempDir(), 'bogus.shortlist');
    fs.writeFileSync(bogus, 'not a database');
    const before = hash(ann);
    const run = shortlist('import', '--db', ann, bogus);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bogus.shortlist is not a Shortlist export');
    expect(hash(ann)).toBe(before);
  });

  it('refuses a missing --db rather than importing into a new empty database', async () => {
    const { bea } = await twoDatabases();
    const out = path.join(tempDir(), 'bea.shortlist');
    shortlist('export', '--db', bea, '--out', out);
    const folder = tempDir();
    const mistyped = path.join(folder, 'shortlst.db');
    const run = shortlist('import', '--db', mistyped, out);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`There is no database at ${mistyped}`);
    expect(run.stdout).toBe('');
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('explains its usage when called wrongly', async () => {
    const { ann } = await twoDatabases();
    expect(shortlist('export', '--db', ann).stderr).toContain('export needs --out');
    expect(shortlist('import', '--db', ann).stderr).toContain('import needs the .shortlist file');
    expect(shortlist('export', '--db', path.join(tempDir(), 'none.db'), '--out', path.join(tempDir(), 'x.shortlist')).stderr).toContain(
      'There is no database at',
    );
    expect(shortlist('import', '--db', ann, 'a.shortlist', 'b.shortlist').code).toBe(2);
  });
});
