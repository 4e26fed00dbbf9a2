import { describe, expect, it } from 'vitest';
import { runImport } from '../../src/sharing/csv/importer';
import { withoutReferenceChecks } from '../../src/sharing/csv/references';
import { prepareCsv } from '../../src/sharing/csv/source';
import type { CsvKind } from '../../src/api/csv';
import { importCsv } from './csv-helpers';
import { freshApp, type TestApp } from './helpers';

// An import's chunks write with SQLite's foreign-key checks off (references.ts): what they write
// must still point only at records that exist, and every other write is checked as ever.

const orphans = (app: TestApp) => app.core.db.pragma('foreign_key_check');
const checking = (app: TestApp) => app.core.db.pragma('foreign_keys', { simple: true });

describe('an import writes no reference to a record that does not exist', () => {
  it.each([
    ['candidates', ['Name,Email,Phone,Skills,Current employer,Tags,Stage', 'Ada Lovelace,ada@example.com,+44 7700 900123,Go; SQL,Acme,vip; london,Interviewing', 'Alan Turing,alan@example.com,,Python,,,Placed', 'Ada Lovelace,ada@example.com,,,,,']],
    ['contacts', ['First Name,Last Name,Company,Email,Mobile', 'Dana,Scully,Acme,dana@acme.example,+1 555 0100', 'Fox,Mulder,Globex,,']],
    ['clients', ['Company,Industry,Key Technologies', 'Acme,Robotics,Rust', 'Globex,Energy,']],
    ['jobs', ['Job Title,Client,Status,Openings,Hiring pipeline', 'Welder,Globex,,2,Phone screen', 'Robot Whisperer,Acme,On hold,,']],
  ] as const)('%s, new clients, notes and tags among them', async (kind, lines) => {
    const app = await freshApp();
    const result = await importCsv(app, lines.join('\n'), { kind: kind as CsvKind });
    expect(result.accepted).toBeGreaterThan(0);
    expect(orphans(app)).toEqual([]);
    expect(checking(app)).toBe(1);
  });

  it('the calls answered between chunks, and every write after the import, are checked', async () => {
    const app = await freshApp();
    const rows = ['Name,Email,Skills', ...Array.from({ length: 700 }, (_, i) => `Person ${i},p${i}@example.com,Go`)].join('\n');
    const csv = prepareCsv(Buffer.from(rows), { kind: 'candidates', encoding: null, delimiter: null, mapping: null, createMissingClients: false });
    const seen: number[] = [];
    // A call waiting at every row: each chunk holds one row, and progress is told between them.
    const result = await runImport(app.core, csv, { callsWaiting: () => true, onProgress: () => seen.push(checking(app) as number) });
    expect(result).toMatchObject({ accepted: 700, stopped: false });
    expect(seen.length).toBeGreaterThan(1);
    expect(new Set(seen)).toEqual(new Set([1]));
    expect(orphans(app)).toEqual([]);
    const keys = app.core.db.prepare('SELECT count(*) FROM candidate_keys').pluck().get();
    expect(keys).toBe(1400);
  });

  it('checks come back on when a chunk fails, and a write inside a transaction is checked', async () => {
    const app = await freshApp();
    expect(() =>
      withoutReferenceChecks(app.core, () => {
        expect(checking(app)).toBe(0);
        throw new Error('disk I/O error');
      }),
    ).toThrow('disk I/O error');
    expect(checking(app)).toBe(1);
    // Inside a transaction the pragma would do nothing: the checks stay on, as they are.
    app.core.db.transaction(() => withoutReferenceChecks(app.core, () => expect(checking(app)).toBe(1)))();
    const orphan = () =>
      app.core.db.prepare("INSERT INTO candidate_keys (key, candidate_id) VALUES ('email:x@example.com', 'no such candidate')").run();
    expect(orphan).toThrow(/FOREIGN KEY/);
  });
});
