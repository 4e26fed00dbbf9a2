import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../src/sharing/csv/delimiter';
import { readRows, readStart, type CsvItem } from '../../src/sharing/csv/rows';
import { base64, importCsv, previewCsv, windows1252 } from './csv-helpers';
import { freshApp } from './helpers';

async function allRows(text: string, delimiter: ',' | ';' | '\t' = ','): Promise<CsvItem[]> {
  const items: CsvItem[] = [];
  const { header, rowsFrom } = readStart(text, delimiter, 'candidates', 0);
  for (const item of readRows(text, delimiter, rowsFrom, header?.cells.length ?? 0).items) items.push(item);
  return items;
}

const accents = 'Name,Location\nRenée Côté,Montréal\n';

describe('reading the encodings recruiters’ files come in', () => {
  it.each([
    ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(accents)]), 'utf-8', 'bom'],
    ['UTF-8 without one', Buffer.from(accents), 'utf-8', 'content'],
    ['UTF-16LE with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(accents, 'utf16le')]), 'utf-16le', 'bom'],
    ['UTF-16BE with a byte-order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(accents, 'utf16le').swap16()]), 'utf-16be', 'bom'],
    ['UTF-16LE without one', Buffer.from(accents, 'utf16le'), 'utf-16le', 'content'],
    ['Windows-1252 (Excel on Windows)', windows1252(accents), 'windows-1252', 'fallback'],
  ])('%s', async (_, bytes, encoding, source) => {
    const app = await freshApp();
    const preview = previewCsv(app, bytes, { kind: 'candidates' });
    expect(preview).toMatchObject({ encoding, encodingSource: source, headers: ['Name', 'Location'] });
    expect(preview.sample[0]!.cells).toEqual(['Renée Côté', 'Montréal']);
  });

  it('reads Windows-1252’s euro sign and smart quotes, and imports them', async () => {
    const app = await freshApp();
    const csv = windows1252('Name,Desired salary,Why looking\nChloé “Clo” O’Neil,€85000,Wants – at last – a team\n');
    const preview = previewCsv(app, csv, { kind: 'candidates' });
    expect(preview.encodingSource).toBe('fallback');
    expect(preview.sample[0]!.cells).toEqual(['Chloé “Clo” O’Neil', '€85000', 'Wants – at last – a team']);
    expect(await importCsv(app, csv, { kind: 'candidates', encoding: 'windows-1252' })).toMatchObject({ accepted: 1 });
    const [summary] = app.call('candidates.list', {}).items;
    const { candidate } = app.call('candidates.get', { id: summary!.id });
    expect(candidate).toMatchObject({
      name: 'Chloé “Clo” O’Neil',
      salaryExpectation: { amount: 85000, currency: 'EUR' },
      screening: { whyLooking: 'Wants – at last – a team' },
    });
  });

  it('reads the file the way the recruiter chose when the guess was wrong', async () => {
    const app = await freshApp();
    const preview = previewCsv(app, Buffer.from(accents), { kind: 'candidates', encoding: 'windows-1252' });
    expect(preview).toMatchObject({ encoding: 'windows-1252', encodingSource: 'chosen' });
    expect(preview.sample[0]!.cells[0]).toBe('RenÃ©e CÃ´tÃ©');
  });

  it('refuses an empty file with a clear message', async () => {
    const app = await freshApp();
    expect(() => app.call('csv.preview', { kind: 'candidates', dataBase64: base64('\n\n') })).toThrow('This file is empty');
    expect(() => app.call('csv.preview', { kind: 'candidates', dataBase64: '' })).toThrow('The file is empty');
  });
});

describe('finding the delimiter', () => {
  it.each([
    ['commas', 'Name,Email,Phone\nAda,ada@x.com,123\n', ','],
    ['semicolons (Excel in much of Europe)', 'Name;Email;Salary\nAda;ada@x.com;85000,50\nBob;bob@x.com;90000\n', ';'],
    ['tabs', 'Name\tEmail\nAda\tada@x.com\n', '\t'],
    ['commas, with semicolons only inside quotes', 'Name,Skills\nAda,"Rust; Go; SQL"\nBob,"C; C++"\n', ','],
    ['semicolons, with commas in a quoted multi-line value', 'Name;Notes\nAda;"a, b,\nc, d"\n', ';'],
    ['nothing at all: one column', 'Name\nAda\n', ','],
  ])('%s', (_, text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it('imports a semicolon file found by itself', async () => {
    const app = await freshApp();
    const result = await importCsv(app, 'Name;Email;Skills\nAda;ada@x.com;Rust, Go\n', { kind: 'candidates' });
    expect(result).toMatchObject({ accepted: 1, rejectedCount: 0 });
    expect(app.call('candidates.list', {}).items[0]).toMatchObject({ name: 'Ada', skills: ['Rust', 'Go'] });
  });
});

describe('rows and their line numbers', () => {
  it('counts every physical line: quoted line breaks, CRLF inside quotes, blank lines', async () => {
    const text = 'Name,Notes\r\nAda,"one\r\ntwo\r\nthree"\r\n\r\nBob,x\r\n   ,  \r\n"Carol\nDoe",y\r\nDan,z';
    expect(await allRows(text)).toEqual([
      { line: 2, cells: ['Ada', 'one\r\ntwo\r\nthree'] },
      { line: 6, cells: ['Bob', 'x'] },
      { line: 8, cells: ['Carol\nDoe', 'y'] },
      { line: 10, cells: ['Dan', 'z'] },
    ]);
  });

  it('keeps a quote inside an unquoted value as text', async () => {
    expect(await allRows('Name,Height\nJo "JJ" Smith,5\'10"\n')).toEqual([{ line: 2, cells: ['Jo "JJ" Smith', '5\'10"'] }]);
  });

  const neverClosed =
    'A quoted value that starts on this line is never closed, so this row was left out and reading went on from the next line. Look for a stray " on line 3.';

  it('a quote that is never closed takes only its own row: the rows before and after it are read', async () => {
    const items = await allRows('Name,Notes\nAda,ok\nBob,"never closed\nCarol,x\nDan,y\n');
    expect(items).toEqual([
      { line: 2, cells: ['Ada', 'ok'] },
      { line: 3, unreadable: neverClosed },
      { line: 4, cells: ['Carol', 'x'] },
      { line: 5, cells: ['Dan', 'y'] },
    ]);
  });

  it('a stray quote that a later row’s quotes would close takes only its own row too', async () => {
    const items = await allRows('Name,Email,Notes\nAda,ada@x.com,ok\nBob,"bob@x.com,x\nCarol,carol@x.com,"a, b"\nDan,dan@x.com,"one\ntwo"\n');
    expect(items).toEqual([
      { line: 2, cells: ['Ada', 'ada@x.com', 'ok'] },
      {
        line: 3,
        unreadable:
          'A quoted value that starts on this line closes in the middle of a value on a later line, so this row was left out and reading went on from the next line. Look for a stray " on line 3.',
      },
      { line: 4, cells: ['Carol', 'carol@x.com', 'a, b'] },
      { line: 5, cells: ['Dan', 'dan@x.com', 'one\ntwo'] },
    ]);
    // Closed at the end of a later line, it would leave the row with too few values.
    const [, stray, other, after] = await allRows('Name,Email,Notes\nAda,a@x.com,\n"Bob,bob@x.com,x\nCarol,carol@x.com,"\nDan,d@x.com,y\n');
    expect(stray).toEqual({
      line: 3,
      unreadable:
        'A quoted value that starts on this line runs over the next lines and leaves this row with 1 values where the header names 3, so this row was left out and reading went on from the next line. Look for a stray " on line 3.',
    });
    // The quote that closed it is a stray of its own, on the row after.
    expect(other).toMatchObject({ line: 4, unreadable: expect.stringContaining('is never closed') });
    expect(after).toEqual({ line: 5, cells: ['Dan', 'd@x.com', 'y'] });
  });

  it('imports every row around a broken one and reports that row alone, by line', async () => {
    const app = await freshApp();
    const result = await importCsv(app, 'Name,Notes\nAda,ok\nBob,"never closed\nCarol,x\nDan,y\n', { kind: 'candidates' });
    expect(result).toMatchObject({ rowsRead: 4, accepted: 3, rejected: [{ line: 3, reason: neverClosed }] });
  });

  it('gives the line of a rejected row after a multi-line row, and a clear reason', async () => {
    const app = await freshApp();
    const csv = 'Name,Email\nAda,"ada@x.com\nada@work.com"\n"Bob\nBrown",bob at home\n,carol@x.com\n';
    const result = await importCsv(app, csv, { kind: 'candidates' });
    expect(result).toMatchObject({ rowsRead: 3, accepted: 1, rejectedCount: 2 });
    expect(result.rejected).toEqual([
      { line: 4, reason: '“Email” has “bob at home”: Use an email address like name@example.com' },
      { line: 6, reason: '“Name” is empty: Enter the candidate’s name' },
    ]);
  });

  it('rejects a row with more values than the header has columns', async () => {
    const app = await freshApp();
    const result = await importCsv(app, 'Name,Location\nAda,London\nBob,Paris, France\nCarol,Rome,,\n', { kind: 'candidates' });
    expect(result.accepted).toBe(2);
    expect(result.rejected).toEqual([
      { line: 3, reason: 'This row has 3 values but the header names 2 columns: a value with a comma in it needs quotes around it.' },
    ]);
  });
});

describe('a preamble before the header row', () => {
  /**
   * LinkedIn's Connections.csv as it is downloaded: a "Notes:" line, a quoted paragraph (here with
   * a line break in it, and commas), a blank line, then the header (line 5) and the connections.
   */
  const linkedIn = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing.',
    'You will only see email addresses for connections who have allowed their connections to see or download their email address, https://www.linkedin.com/psettings/privacy/email"',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    'Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace,ada@example.com,Analytical Engines Ltd,"Lead Engineer, Compilers",12 Mar 2024',
    'Grace,Hopper,https://www.linkedin.com/in/gracehopper,,US Navy,Rear Admiral,01 Feb 2023',
    ',,https://www.linkedin.com/in/private,,,,05 Jan 2022',
    'Alan,Turing,https://www.linkedin.com/in/alan-turing,alan@example.com,Bletchley Park,Cryptanalyst,30 Nov 2021',
    '',
  ].join('\n');

  it('LinkedIn’s Connections.csv: previewed and imported as candidates from its real header, with the file’s line numbers', async () => {
    const app = await freshApp();
    app.call('candidates.create', { name: 'Alan Turing', emails: ['alan@example.com'] });
    const preview = previewCsv(app, linkedIn, { kind: 'candidates' });
    expect(preview).toMatchObject({
      delimiter: ',',
      headers: ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'],
      mapping: ['firstName', 'lastName', 'links', 'emails', 'currentEmployer', 'currentTitle', 'note'],
      mappingProblems: [],
      estimatedRows: 4,
    });
    expect(preview.sample.map((row) => [row.line, row.cells[0], row.outcome.status])).toEqual([
      [6, 'Ada', 'new'],
      [7, 'Grace', 'new'],
      [8, '', 'rejected'],
      [9, 'Alan', 'duplicate'],
    ]);

    const result = await importCsv(app, linkedIn, { kind: 'candidates' });
    expect(result).toMatchObject({ rowsRead: 4, accepted: 2, rejectedCount: 1, duplicateCount: 1 });
    expect(result.rejected.map((row) => row.line)).toEqual([8]);
    expect(result.duplicates.map((row) => row.line)).toEqual([9]);
    const ada = app.call('candidates.list', { query: 'Lovelace' }).items[0]!;
    expect(app.call('candidates.get', { id: ada.id }).candidate).toMatchObject({
      name: 'Ada Lovelace',
      emails: ['ada@example.com'],
      currentEmployer: 'Analytical Engines Ltd',
      currentTitle: 'Lead Engineer, Compilers',
      links: ['https://www.linkedin.com/in/ada-lovelace'],
    });
    const grace = app.call('candidates.list', { query: 'Hopper' }).items[0]!;
    expect(app.call('candidates.get', { id: grace.id }).candidate).toMatchObject({
      name: 'Grace Hopper',
      emails: [],
      currentEmployer: 'US Navy',
      currentTitle: 'Rear Admiral',
    });
  });

  it('LinkedIn’s Connections.csv as contacts: "Notes:" is not taken for a "Cares about" header', async () => {
    const app = await freshApp();
    const preview = previewCsv(app, linkedIn, { kind: 'contacts' });
    expect(preview.mapping).toEqual(['firstName', 'lastName', 'note', 'email', 'client', 'jobTitle', 'note']);
    const result = await importCsv(app, linkedIn, { kind: 'contacts' });
    expect(result).toMatchObject({ rowsRead: 4, accepted: 3, rejectedCount: 1, clientsCreated: 3 });
    expect(result.rejected.map((row) => row.line)).toEqual([8]);
  });

  it('the same with CRLF line ends and a byte-order mark, as Excel saves it', async () => {
    const app = await freshApp();
    const bytes = Buffer.from(`\uFEFF${linkedIn.replace(/\n/g, '\r\n')}`);
    expect(previewCsv(app, bytes, { kind: 'candidates' }).sample.map((row) => row.line)).toEqual([6, 7, 8, 9]);
    const result = await importCsv(app, bytes, { kind: 'candidates' });
    expect(result).toMatchObject({ rowsRead: 4, accepted: 3, rejectedCount: 1 });
    expect(result.rejected.map((row) => row.line)).toEqual([8]);
  });

  it('a one-column file: a title line is skipped when the next names a field, else the first line is the header', async () => {
    const app = await freshApp();
    const titled = previewCsv(app, 'Clients exported from the old system:\n\nName\nAcme\n', { kind: 'clients' });
    expect(titled).toMatchObject({ headers: ['Name'], mapping: ['name'] });
    expect(titled.sample).toEqual([{ line: 4, cells: ['Acme'], outcome: { status: 'new', newClient: null } }]);
    const plain = previewCsv(app, 'Colour\nred\n', { kind: 'clients' });
    expect(plain).toMatchObject({ headers: ['Colour'], mappingProblems: ['Map a column to Name.'] });
    expect(plain.sample.map((row) => row.line)).toEqual([2]);
  });

  it('a file without a preamble still starts at its first line, even when a row below has more values', async () => {
    const app = await freshApp();
    const result = await importCsv(app, 'Name\nAcme\nGlobex, Inc.\n', { kind: 'clients' });
    expect(result).toMatchObject({ rowsRead: 2, accepted: 1, rejectedCount: 1 });
    expect(result.rejected.map((row) => row.line)).toEqual([3]);
  });
});

describe('csv-spectrum, the test files for CSV parsers', () => {
  const dir = path.resolve(import.meta.dirname, '../../node_modules/csv-spectrum');
  const names = fs.readdirSync(path.join(dir, 'csvs')).map((file) => path.basename(file, '.csv'));
  /** csv-spectrum's expected JSON for this file has another phone number than its CSV: the CSV is right. */
  const errata: Record<string, Record<string, string>> = { location_coordinates: { 'Contact Phone Number': '2095257564' } };

  it.each(names)('%s reads as expected', async (name) => {
    const text = fs.readFileSync(path.join(dir, 'csvs', `${name}.csv`), 'utf8');
    const expected = [JSON.parse(fs.readFileSync(path.join(dir, 'json', `${name}.json`), 'utf8'))]
      .flat()
      .map((row: Record<string, string>) => ({ ...row, ...errata[name] }));
    const headers = Object.keys(expected[0]!);
    const items = await allRows(text, detectDelimiter(text));
    expect(items.map((item) => ('cells' in item ? Object.fromEntries(headers.map((h, i) => [h, item.cells[i]])) : item))).toEqual(
      expected,
    );
  });

  it.each(names)('%s imports with every row accounted for', async (name) => {
    const app = await freshApp();
    const text = fs.readFileSync(path.join(dir, 'csvs', `${name}.csv`));
    const { headers } = previewCsv(app, text, { kind: 'candidates' });
    const result = await importCsv(app, text, { kind: 'candidates', mapping: headers.map((_, i) => (i === 0 ? 'name' : 'skills')) });
    expect(result.state).toBe('done');
    expect(result.rowsRead).toBeGreaterThan(0);
    expect(result.accepted + result.rejectedCount + result.duplicateCount).toBe(result.rowsRead);
    expect(app.call('candidates.list', {}).total).toBe(result.accepted);
  });
});
