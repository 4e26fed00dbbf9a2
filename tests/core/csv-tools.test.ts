import { describe, expect, it } from 'vitest';
import type { CsvKind } from '../../src/api/csv';
import { fixtures } from './csv-fixtures';
import { importCsv, previewCsv } from './csv-helpers';
import { freshApp, type TestApp } from './helpers';

/** The one record the import made, its note and its tags. */
function imported(app: TestApp, kind: CsvKind) {
  const subject = (about: { kind: 'candidate' | 'contact' | 'client' | 'job'; id: string }) => ({
    note: app.call('notes.list', { about }).map((n) => n.body),
    tags: app.call('tags.of', about),
  });
  if (kind === 'jobs') {
    const { id } = app.call('jobs.list', {}).items[0]!;
    return { record: app.call('jobs.get', { id }).job, ...subject({ kind: 'job', id }) };
  }
  if (kind === 'candidates') {
    const { id } = app.call('candidates.list', {}).items[0]!;
    return { record: app.call('candidates.get', { id }).candidate, ...subject({ kind: 'candidate', id }) };
  }
  const { id: clientId } = app.call('clients.list', {}).items[0]!;
  const client = app.call('clients.get', { id: clientId });
  if (kind === 'clients') return { record: client.client, ...subject({ kind: 'client', id: clientId }) };
  const contact = client.contacts[0]!;
  return { record: contact, ...subject({ kind: 'contact', id: contact.id }) };
}

describe('the files of the tools recruiters leave, and spreadsheets in their languages', () => {
  it.each(fixtures.map((f) => [f.tool, f] as const))('%s: every value lands where it should, and nothing is dropped', async (tool, f) => {
    const app = await freshApp();
    const fileName = `${tool}.csv`;
    const preview = previewCsv(app, f.file, { kind: f.kind, fileName });
    expect(preview.mappingProblems).toEqual([]);
    expect(preview.mapping).not.toContain(null);
    const result = await importCsv(app, f.file, { kind: f.kind, fileName });
    expect(result).toMatchObject({ rowsRead: 1, accepted: 1, rejected: [] });
    expect(result.columns.map((c) => c.name)).toEqual(preview.headers);

    const { record, note, tags } = imported(app, f.kind);
    expect(record).toMatchObject(f.fields);
    const body = f.note.map(([header, value]) => `From ${fileName}, ${header}: ${value}`).join('\n');
    expect(note).toEqual(body === '' ? [] : [body]);
    expect(result.notesAdded).toBe(f.note.length > 0 ? 1 : 0);
    expect(tags).toEqual(f.tags ?? []);
    // Every column is a field, the note or the tags: those kept are the ones the fixture names.
    const kept = result.columns.filter((c) => c.goesTo === 'note').map((c) => c.name);
    expect(f.note.map(([header]) => header).every((header) => kept.includes(header))).toBe(true);
  });
});
