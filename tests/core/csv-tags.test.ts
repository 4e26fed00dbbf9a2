import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { importCsv } from './csv-helpers';
import { freshApp } from './helpers';

const cellsOf = (text: string) => parse(text, { bom: true }) as string[][];
/** The cells of a CSV file's column under `header`, one per record. */
const column = (text: string, header: string) => {
  const [headers, ...rows] = cellsOf(text);
  const at = headers!.indexOf(header);
  expect(at).toBeGreaterThanOrEqual(0);
  return rows.map((row) => row[at]);
};

describe('tags in CSV files', () => {
  it('an export has a Tags column for candidates, clients and contacts, each cell the record’s tags', async () => {
    const app = await freshApp();
    const ada = app.call('candidates.create', { name: 'Ada Lovelace' });
    app.call('candidates.create', { name: 'Bob Smith' });
    app.call('tags.set', { kind: 'candidate', id: ada.id, tags: ['Java', 'Available in January'] });
    const acme = app.call('clients.create', { name: 'Acme' });
    app.call('tags.set', { kind: 'client', id: acme.id, tags: ['Key account'] });
    const max = app.call('contacts.create', { clientId: acme.id, name: 'Max Weber', role: 'hr' });
    app.call('tags.set', { kind: 'contact', id: max.id, tags: ['Decision maker', 'Golf'] });

    expect(column(app.call('csv.export', { kind: 'candidates', filters: { sort: 'name' } }).text, 'Tags')).toEqual(['Available in January; Java', '']);
    expect(column(app.call('csv.export', { kind: 'clients' }).text, 'Tags')).toEqual(['Key account']);
    expect(column(app.call('csv.export', { kind: 'contacts' }).text, 'Tags')).toEqual(['Decision maker; Golf']);
    // A selection's export is the list's, tags and all.
    const selected = app.call('bulk.exportCsv', { selection: { kind: 'candidate', ids: [ada.id] } });
    expect(column(selected.text, 'Tags')).toEqual(['Available in January; Java']);
  });

  it('an exported file imports back with the same tags', async () => {
    const from = await freshApp();
    const ada = from.call('candidates.create', { name: 'Ada Lovelace', emails: ['ada@example.com'] });
    from.call('tags.set', { kind: 'candidate', id: ada.id, tags: ['Java', 'Hot; urgent'] });
    const file = from.call('csv.export', { kind: 'candidates' }).text;

    const to = await freshApp();
    const result = await importCsv(to, file, { kind: 'candidates' });
    expect(result).toMatchObject({ accepted: 1, rejectedCount: 0, notesAdded: 0 });
    expect(result.columns.find((c) => c.name === 'Tags')).toEqual({ name: 'Tags', goesTo: 'tags' });
    const [imported] = to.call('candidates.list', {}).items;
    expect(to.call('tags.of', { kind: 'candidate', id: imported!.id })).toEqual(['Hot; urgent', 'Java']);
  });

  it('reads “a, b, c” and “a; b; c” as separate tags, makes the tags not in use yet and reports them', async () => {
    const app = await freshApp();
    const known = app.call('candidates.create', { name: 'Known Person' });
    app.call('tags.set', { kind: 'candidate', id: known.id, tags: ['Java'] });
    const csv = 'Name,Tags\nAda Lovelace,"java, Remote, Senior"\nGrace Hopper,"Senior; COBOL; remote"\nAlan Turing,\n';

    const result = await importCsv(app, csv, { kind: 'candidates' });
    expect(result).toMatchObject({ accepted: 3, notesAdded: 0 });
    // "java" is Java, already in use; "remote" met again is the Remote made two rows before.
    expect(result.tagsCreated).toEqual(['Remote', 'Senior', 'COBOL']);
    const tagsOf = (name: string) => {
      const id = app.call('candidates.list', { query: `"${name}"` }).items[0]!.id;
      return app.call('tags.of', { kind: 'candidate', id });
    };
    expect(tagsOf('Ada Lovelace')).toEqual(['java', 'Remote', 'Senior']);
    expect(tagsOf('Grace Hopper')).toEqual(['COBOL', 'remote', 'Senior']);
    expect(tagsOf('Alan Turing')).toEqual([]);
    // One tag, whatever its case: the list filtered by it finds all three who carry it.
    expect(app.call('candidates.list', { query: 'tag:remote' }).total).toBe(2);
    expect(app.call('tags.list', {}).map((t) => [t.name.toLowerCase(), t.count])).toEqual([
      ['cobol', 1],
      ['java', 2],
      ['remote', 2],
      ['senior', 2],
    ]);
  });

  it('tags contacts and clients from their files too', async () => {
    const app = await freshApp();
    const clients = await importCsv(app, 'Name,Tags\nAcme,Key account; Fintech\n', { kind: 'clients' });
    expect(clients.tagsCreated).toEqual(['Key account', 'Fintech']);
    const contacts = await importCsv(app, 'Client,Name,Tags\nAcme,Max Weber,"Fintech, Golf"\n', { kind: 'contacts' });
    expect(contacts.tagsCreated).toEqual(['Golf']);
    const acme = app.call('clients.list', { tag: 'fintech' }).items;
    expect(acme.map((c) => [c.name, c.tags])).toEqual([['Acme', ['Fintech', 'Key account']]]);
    expect(app.call('clients.get', { id: acme[0]!.id }).contactTags).toEqual({
      [app.call('clients.get', { id: acme[0]!.id }).contacts[0]!.id]: ['Fintech', 'Golf'],
    });
  });
});
