import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CsvKind } from '../../src/api/csv';
import { runImport, type ImportControl } from '../../src/sharing/csv/importer';
import { prepareCsv } from '../../src/sharing/csv/source';
import { fixtures } from './csv-fixtures';
import { freshApp, type TestApp } from './helpers';

/**
 * A large file's rows are read and checked on a thread of their own while the writer's thread
 * writes them (src/sharing/csv/checkedRows.ts). Whichever thread reads them, an import must
 * give exactly the same records, notes, tags, report and clock stamps' order.
 */

/**
 * What an import leaves in the database, ids aside (they are random, and so is the device's, in
 * its clock stamps): every record, note, tag and lookup key, each with its stamps, which follow
 * the rows' order.
 */
const TABLES = ['candidates', 'candidate_keys', 'clients', 'contacts', 'jobs', 'notes', 'tags', 'name_words'];

function contents(app: TestApp): Record<string, string[]> {
  const tables = app.core.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  return Object.fromEntries(
    TABLES.filter((table) => tables.includes(table)).map((table) => {
      const rows = app.core.db.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[];
      const device = app.core.deviceId;
      const shown = rows.map((row) =>
        JSON.stringify(Object.entries(row).filter(([column]) => !/(^|_)id$/.test(column))).replaceAll(device, 'this device'),
      );
      return [table, shown.sort()];
    }),
  );
}

/** Imports `file` into a fresh database, its rows read on the writer's thread or on one of their own. */
async function importWith(where: ImportControl['readingThread'], file: string | Buffer, kind: CsvKind, fileName = 'people.csv') {
  const app = await freshApp();
  const csv = prepareCsv(typeof file === 'string' ? Buffer.from(file) : file, {
    ...{ kind, encoding: null, delimiter: null, mapping: null, createMissingClients: true, fileName },
  });
  const result = await runImport(app.core, csv, { readingThread: where });
  // A duplicate names the record it matched by its name: its id is random.
  const report = { ...result, duplicates: result.duplicates.map(({ existing, ...rest }) => ({ ...rest, existing: existing.name })) };
  return { report, contents: contents(app) };
}

async function sameBothWays(file: string | Buffer, kind: CsvKind, fileName?: string) {
  const onWriter = await importWith('writer', file, kind, fileName);
  const onItsOwn = await importWith('own', file, kind, fileName);
  expect(onItsOwn.report).toEqual(onWriter.report);
  expect(onItsOwn.contents).toEqual(onWriter.contents);
  return onWriter.report;
}

/** A file of `rows` candidates with every kind of row: good, rejected, duplicated, a stray quote, a row too long, kept columns and tags. */
function mixedCandidates(rows: number): string {
  const lines = ['Name,Email,Phone,Current employer,Salary expectation,Mobile,Tags,Stage'];
  for (let i = 0; i < rows; i++) {
    const name = `Person ${i % 997}`;
    if (i % 101 === 7) lines.push(`${name},not an email,,Acme,,,,`);
    else if (i % 211 === 9) lines.push(`"${name} with a stray quote,p${i}@example.com,,,,,,`);
    else if (i % 307 === 11) lines.push(`${name},p${i}@example.com,,,,,,,unquoted, comma`);
    else if (i % 149 === 13) lines.push(`${name},p${i}@example.com,,,eighty thousand,,,`);
    else lines.push(`${name},p${i}@example.com,+44 7700 ${String(900000 + i)},Employer ${(i % 997) % 13},${70000 + i} EUR,07${i},"tag ${i % 5}; shared",Stage ${i % 3}`);
  }
  return lines.join('\n');
}

describe('reading a file’s rows on a thread of their own', { timeout: 120_000 }, () => {
  it.each(fixtures.map((f) => [f.tool, f] as const))('%s: the same records, notes and tags as read on the writer’s thread', async (tool, f) => {
    const report = await sameBothWays(f.file, f.kind, `${tool}.csv`);
    expect(report.accepted).toBe(1);
  });

  it('a file of thousands of rows of every kind, read in several batches: the same records, report and order', async () => {
    const report = await sameBothWays(mixedCandidates(2600), 'candidates');
    expect(report.rejected.length).toBeGreaterThan(30);
    expect(report.duplicates.length).toBeGreaterThan(500);
    expect(report.notesAdded).toBeGreaterThan(500);
    expect(report.rejected.map((r) => r.line)).toEqual([...report.rejected.map((r) => r.line)].sort((a, b) => a - b));
  });

  it('contacts and jobs naming their clients, new ones made once: the same both ways', async () => {
    const contacts = ['Name,Email,Company,Role', ...Array.from({ length: 1200 }, (_, i) => `Contact ${i},c${i}@example.com,Company ${i % 40},${i % 2 ? 'HR' : 'Hiring manager'}`)];
    await sameBothWays(contacts.join('\n'), 'contacts');
    const jobs = ['Title,Client,Status,Salary', ...Array.from({ length: 1200 }, (_, i) => `Job ${i % 300},Client ${i % 25},${i % 7 ? 'Open' : 'Bogus'},60000-80000 EUR`)];
    await sameBothWays(jobs.join('\n'), 'jobs');
  });

  it('any file: the same both ways', async () => {
    const cell = fc.stringMatching(/^[a-zA-Z0-9 ",;\r\n@.+'=-]{0,12}$/);
    const header = fc.constantFrom('Name', 'Email', 'Phone', 'Skills', 'Mobile', 'Stage', 'Tags', 'Notes');
    const file = fc.tuple(fc.array(header, { minLength: 1, maxLength: 4 }), fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 8 }));
    await fc.assert(
      fc.asyncProperty(file, async ([headers, rows]) => {
        await sameBothWays(['Name', ...headers].join(',') + '\n' + rows.map((r) => r.join(',')).join('\n'), 'candidates');
      }),
      { numRuns: 20 },
    );
  });
});
