import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshApp, shortlist, tempDir } from './helpers';

/** Each run starts Node and compiles the core: a couple of seconds on a busy machine. */
const slow = { timeout: 60_000 };

function csvFile(text: string, name = 'people.csv'): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, text);
  return file;
}

/** A new, empty database on disk, closed so the CLI can open it. */
async function emptyDatabase(): Promise<string> {
  const app = await freshApp();
  app.core.db.close();
  return app.file;
}

describe('shortlist import-csv', slow, () => {
  it('prints the columns it matched, what it accepted, rejected (with lines) and found on file', async () => {
    const app = await freshApp();
    app.call('candidates.create', { name: 'Ada Lovelace', emails: ['ada@example.com'] });
    app.core.db.close();
    const file = csvFile(
      'First Name,Last Name,E-mail,Notes\nGrace,Hopper,grace@navy.example,x\n"Bob\nBrown",,bob at home,\nAda,L.,ada@example.com,\n',
    );
    const run = shortlist('import-csv', '--db', app.file, '--kind', 'candidates', file);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'people.csv: utf-8, comma-separated',
        'Columns (matched by their headers):',
        '  “First Name” → First name',
        '  “Last Name” → Last name',
        '  “E-mail” → Emails',
        '  “Notes” → kept as a note',
        'Read 3 rows: 1 accepted, 1 rejected, 1 already on file.',
        'Columns: 3 columns into fields, 1 kept as notes (“Notes”).',
        '1 record has a note keeping the columns that are not fields.',
        'Rejected:',
        '  line 3: “E-mail” has “bob at home”: Use an email address like name@example.com',
        'Already on file, not imported again:',
        '  line 5: Already on file as Ada Lovelace (same email)',
        '',
      ].join('\n'),
    );
    expect(shortlist('check', '--db', app.file).stdout).toContain('candidates: 2');
  });

  it('adds contacts with their companies as clients', async () => {
    const db = await emptyDatabase();
    const run = shortlist('import-csv', '--db', db, '--kind', 'contacts', csvFile('Name;Company\nDana Scully;FBI\nFox Mulder;FBI\n'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('semicolon-separated');
    expect(run.stdout).toContain(
      'Read 2 rows: 2 accepted, 0 rejected, 0 already on file.\nColumns: 2 columns into fields.\n1 company was added as a new client for its contacts.',
    );
  });

  it('exits non-zero when nothing could be read', async () => {
    const db = await emptyDatabase();
    const headerOnly = shortlist('import-csv', '--db', db, '--kind', 'clients', csvFile('Name,Industry\n'));
    expect(headerOnly.code).toBe(1);
    expect(headerOnly.stdout).toContain('No rows could be read from people.csv: it has a header row and nothing under it.');
    const empty = shortlist('import-csv', '--db', db, '--kind', 'clients', csvFile(''));
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('This file is empty');
    const missing = shortlist('import-csv', '--db', db, '--kind', 'clients', path.join(tempDir(), 'nope.csv'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nope.csv could not be read: there is no such file.');
    const unmapped = shortlist('import-csv', '--db', db, '--kind', 'clients', csvFile('Colour\nred\n'));
    expect(unmapped.code).toBe(1);
    expect(unmapped.stderr).toContain('Map a column to Name.');
  });

  it('exits zero when rows were read, even if all were rejected', async () => {
    const db = await emptyDatabase();
    const allRejected = shortlist('import-csv', '--db', db, '--kind', 'clients', csvFile('Name,Fee\nAcme,lots\n'));
    expect(allRejected.code).toBe(0);
    expect(allRejected.stdout).toContain('Read 1 row: 0 accepted, 1 rejected, 0 already on file.');
  });

  it('refuses a database that does not exist (a mistyped --db), without creating it or reading the file', () => {
    const db = path.join(tempDir(), 'shortlsit.db');
    const run = shortlist('import-csv', '--db', db, '--kind', 'clients', csvFile('Name\nAcme\n'));
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      `There is no file at ${db}. Check --db: import-csv adds to an existing database, it never creates one (\`shortlist init --db ${db}\` creates an empty one).`,
    );
    expect(fs.existsSync(db)).toBe(false);
  });

  it('--map says which column is what, over the headers; --show-mapping shows it and the first rows, writing nothing', async () => {
    const db = await emptyDatabase();
    const file = csvFile('Nom,Courriel,Portable,Étape,ID\nRenée Côté,renee@example.fr,+33 6 12 34 56 78,Entretien,17\n');
    const shown = shortlist('import-csv', '--db', db, '--kind', 'candidates', '--map', 'nom=Name', '--map', 'ID=nothing', '--show-mapping', file);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toBe(
      [
        'people.csv: utf-8, comma-separated',
        'Columns (as chosen):',
        '  “Nom” → Name',
        '  “Courriel” → Emails',
        '  “Portable” → Phones',
        '  “Étape” → kept as a note',
        '  “ID” → left out',
        'The first row:',
        '  line 2: new',
        '    Name ← “Nom”: Renée Côté',
        '    Emails ← “Courriel”: renee@example.fr',
        '    Phones ← “Portable”: +33 6 12 34 56 78',
        '    kept as a note ← “Étape”: Entretien',
        '    left out ← “ID”: 17',
        'Nothing was imported (--show-mapping).',
        '',
      ].join('\n'),
    );
    expect(shortlist('check', '--db', db).stdout).toContain('candidates: 0');
  });

  it('--show-mapping says when a country cell will be kept in the note, as the import will keep it', async () => {
    const db = await emptyDatabase();
    const file = csvFile('Company,Country\nNowhere Ltd,Atlantis\nBayer Logistik,DE\n', 'clients.csv');
    const shown = shortlist('import-csv', '--db', db, '--kind', 'clients', '--show-mapping', file);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(
      ['  line 2: new', '    kept in its note: Country (not a country Shortlist knows): Atlantis', '    Name ← “Company”: Nowhere Ltd'].join('\n'),
    );
    expect(shown.stdout).toContain(['  line 3: new', '    Name ← “Company”: Bayer Logistik'].join('\n'));
  });

  it('remembers the mapping --map made for the next file with the same headers', async () => {
    const db = await emptyDatabase();
    const file = csvFile('Nom,Courriel,Portable,Étape,ID\nRenée Côté,renee@example.fr,+33 6 12 34 56 78,Entretien,17\n');
    const run = shortlist('import-csv', '--db', db, '--kind', 'candidates', '--map', 'Nom=name', '--map', 'id=skip', file);
    expect(run.stdout).toContain('Columns: 3 columns into fields, 1 kept as notes (“Étape”), 1 left out by choice (“ID”).');
    // The next file with the same headers is read the same way without saying it again.
    const again = shortlist('import-csv', '--db', db, '--kind', 'candidates', '--show-mapping', file);
    expect(again.stdout).toContain('Columns (as last time for these columns):\n  “Nom” → Name');
    expect(again.stdout).toContain('  line 2: already on file: Already on file as Renée Côté (same email and phone number)');
  });

  it('--map refuses a column the file does not have, or a field the kind does not have', async () => {
    const db = await emptyDatabase();
    const file = csvFile('Name,Mobile\nAda,123\n');
    const column = shortlist('import-csv', '--db', db, '--kind', 'candidates', '--map', 'Cell=phones', file);
    expect(column.code).toBe(2);
    expect(column.stderr).toContain('--map names “Cell”, but the file has no such column. Its columns: “Name” and “Mobile”.');
    const field = shortlist('import-csv', '--db', db, '--kind', 'candidates', '--map', 'Mobile=fax', file);
    expect(field.stderr).toContain('--map: “fax” is not something candidates have. Use one of: name, firstName');
  });

  it('explains its usage when called wrongly', () => {
    const file = csvFile('Name\nAda\n');
    expect(shortlist('import-csv', '--kind', 'candidates', file).stderr).toContain('import-csv needs --db <file>.');
    const kind = shortlist('import-csv', '--db', 'x.db', '--kind', 'placements', file);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('import-csv needs --kind candidates, contacts, clients or jobs.');

    expect(shortlist('import-csv', '--db', 'x.db', '--kind', 'candidates').stderr).toContain('import-csv needs the CSV file to import.');
    expect(shortlist('check', '--db', 'x.db', 'extra').stderr).toContain('Unexpected argument “extra”.');
    expect(shortlist('export-csv', '--db', 'x.db', '--kind', 'clients').stderr).toContain('export-csv needs --out <file.csv>.');
  });
});

describe('shortlist export-csv --kind', slow, () => {
  it('refuses jobs, which are imported only', () => {
    expect(shortlist('export-csv', '--db', 'x.db', '--kind', 'jobs', '--out', 'x.csv').stderr).toContain(
      'export-csv needs --kind candidates, contacts or clients.',
    );
  });
});

describe('shortlist init', slow, () => {
  it('creates an empty database that import-csv then adds to, and never overwrites a file', () => {
    const db = path.join(tempDir(), 'new.db');
    const run = shortlist('init', '--db', db);
    expect(run).toMatchObject({ code: 0, stdout: expect.stringContaining(`Created an empty database at ${db}`) });
    expect(shortlist('import-csv', '--db', db, '--kind', 'clients', csvFile('Name\nAcme\n')).stdout).toContain('1 accepted');
    const before = fs.readFileSync(db);
    const again = shortlist('init', '--db', db);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`There is already a file at ${db}: init only creates a new database, it never overwrites one.`);
    expect(fs.readFileSync(db).equals(before)).toBe(true);
    expect(shortlist('init').stderr).toContain('init needs --db <file>: the new database.');
  });
});

describe('shortlist export-csv', slow, () => {
  it('writes a list as CSV that imports back into another database', async () => {
    const app = await freshApp();
    const acme = app.call('clients.create', { name: 'Acme', fee: { type: 'percentage', percent: 20 } });
    app.call('contacts.create', { clientId: acme.id, name: '=Max', email: 'max@acme.example' });
    app.core.db.close();
    const out = path.join(tempDir(), 'contacts.csv');
    const run = shortlist('export-csv', '--db', app.file, '--kind', 'contacts', '--out', out);
    expect(run).toMatchObject({ code: 0, stdout: `Wrote 1 contact to ${out}\n` });
    expect(fs.readFileSync(out, 'utf8')).toBe(
      '\uFEFFCompany,Name,Role,Job title,Email,Phone,Cares about,Last contacted on,Tags\r\nAcme,\'=Max,other,,max@acme.example,,,,\r\n',
    );
    const other = await emptyDatabase();
    expect(shortlist('import-csv', '--db', other, '--kind', 'contacts', out).stdout).toContain('Read 1 row: 1 accepted');
  });

  it('refuses a database that does not exist, without creating it', () => {
    const db = path.join(tempDir(), 'missing.db');
    const run = shortlist('export-csv', '--db', db, '--kind', 'clients', '--out', path.join(tempDir(), 'x.csv'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('There is no file at');
    expect(fs.existsSync(db)).toBe(false);
  });
});
