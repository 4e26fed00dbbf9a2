import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CandidateListInput } from '../../src/api/candidates';
import type { Input } from '../../src/api/contract';
import { csvRecord, csvTargetLabel, guardFormula, unguardFormula, type CsvKind } from '../../src/api/csv';
import { joinList, splitList } from '../../src/sharing/csv/cells';
import { suggestMapping } from '../../src/sharing/csv/columns';
import { parseAmount, formatAmount } from '../../src/sharing/csv/values';
import { importCsv } from './csv-helpers';
import { failure, freshApp, type TestApp } from './helpers';

const exportText = (app: TestApp, input: Input<'csv.export'>) => app.call('csv.export', input).text;
const cellsOf = (text: string) => parse(text, { bom: true }) as string[][];

/** A record as it reads back, without what only its own database gives it. */
const content = <T extends { id: string; createdAt: string; updatedAt: string }>({ id: _, createdAt: __, updatedAt: ___, ...rest }: T) => rest;

function allCandidates(app: TestApp) {
  return app
    .call('candidates.list', { sort: 'name', limit: 500 })
    .items.map(({ id }) => content(app.call('candidates.get', { id }).candidate));
}

describe('exporting a list to CSV', () => {
  it('writes UTF-8 with a byte-order mark, a header row of labels the import recognises, and CRLF line ends', async () => {
    const app = await freshApp();
    const acme = app.call('clients.create', { name: 'Acme' });
    app.call('contacts.create', { clientId: acme.id, name: 'Max' });
    app.call('candidates.create', { name: 'Ada' });
    for (const kind of ['candidates', 'clients', 'contacts'] as const satisfies CsvKind[]) {
      const file = app.call('csv.export', { kind });
      expect(file).toMatchObject({ fileName: `shortlist-${kind}-2026-11-22.csv`, mimeType: 'text/csv' });
      expect(file.text.startsWith('\uFEFF')).toBe(true);
      expect(file.text).toMatch(/\r\n$/);
      const [headers] = cellsOf(file.text);
      const fields = suggestMapping(kind, headers!);
      expect(fields).not.toContain('note');
      expect(headers).toEqual(fields.map((field) => csvTargetLabel(field)));
    }
  });

  it('neutralises cells a spreadsheet would run as formulas, and the import restores them', async () => {
    const app = await freshApp();
    const attack = {
      name: '=HYPERLINK("https://evil.example","Click")',
      phones: ['+44 7700 900123'],
      currentTitle: '@SUM(A1:A9)',
      availability: '-2+3',
      source: '\t=cmd|" /C calc"!A0',
      owner: "'=already quoted",
      skills: ['=1+1', 'Rust'],
    };
    app.call('candidates.create', attack);
    const text = exportText(app, { kind: 'candidates' });
    for (const row of cellsOf(text)) {
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    const [, ada] = cellsOf(text);
    expect(ada!.slice(0, 3)).toEqual(['\'=HYPERLINK("https://evil.example","Click")', '', "'+44 7700 900123"]);

    const other = await freshApp();
    expect(await importCsv(other, text, { kind: 'candidates' })).toMatchObject({ accepted: 1 });
    expect(allCandidates(other)).toEqual(allCandidates(app));
  });

  it('imports back whole: every field of candidates, clients and their contacts', async () => {
    const app = await freshApp();
    const acme = app.call('clients.create', {
      name: 'Acme; Sons, Ltd',
      industry: 'Robotics',
      website: 'acme.example',
      location: 'Lyon',
      status: 'active',
      fee: { type: 'percentage', percent: 22.5 },
      guaranteeDays: 90,
      relationship: 'Prefers calls on Tuesdays.\nNever on Fridays.',
    });
    app.call('clients.create', { name: 'Globex', fee: { type: 'flat', amount: 1.234, currency: 'EUR' } });
    app.call('contacts.create', {
      clientId: acme.id,
      name: 'Dana Scully',
      role: 'hiring_manager',
      jobTitle: 'CTO',
      email: 'dana@acme.example',
      phone: '+33 1 23 45 67 89 ext 12',
      caresAbout: 'Speed, "quality"',
      lastContactedOn: '2026-11-02',
    });
    app.call('contacts.create', { clientId: acme.id, name: 'Max', role: 'talent_acquisition' });
    app.call('candidates.create', {
      name: 'Zoë Ñúñez 😀',
      emails: ['zoe@example.com', 'z@home.example'],
      phones: ['+34 600 000 000', '(555) 010-0100'],
      location: 'Madrid, Spain',
      currentTitle: 'Staff Engineer',
      currentEmployer: 'Initech',
      skills: ['C, C++', 'A;B', 'Go'],
      source: 'Referral',
      salaryExpectation: { amount: 85000.5, currency: 'EUR' },
      availability: '1 month',
      workAuthorisation: 'EU citizen',
      links: ['https://example.com/a,b'],
      owner: 'Sam',
      consent: { basis: 'legitimate_interest', on: '2026-11-20', source: 'Call' },
      screening: { whyLooking: 'Wants to lead\r\na team', salary: '€85k' },
    });
    app.call('candidates.create', { name: 'Sales Person', skills: ['Sales, B2B'] });

    const other = await freshApp();
    for (const kind of ['clients', 'contacts', 'candidates'] as const) {
      const result = await importCsv(other, exportText(app, { kind }), { kind });
      expect(result).toMatchObject({ state: 'done', rejectedCount: 0, duplicateCount: 0, clientsCreated: 0 });
    }
    const clientsOf = (a: TestApp) =>
      a.call('clients.list', {}).items.map(({ id }) => {
        const { client, contacts } = a.call('clients.get', { id });
        return { ...content(client), contacts: contacts.map(({ clientId: _, ...c }) => content(c)) };
      });
    expect(clientsOf(other)).toEqual(clientsOf(app));
    expect(allCandidates(other)).toEqual(allCandidates(app));
    // And once more into the same database: everything is found already on file.
    expect(await importCsv(other, exportText(app, { kind: 'candidates' }), { kind: 'candidates' })).toMatchObject({
      accepted: 1,
      duplicateCount: 1,
    });
  });

  it('exports the list with its filters, a keyset page at a time, in the list’s order', async () => {
    const app = await freshApp();
    app.core.db.transaction(() => {
      for (let i = 0; i < 1200; i++) {
        app.call('candidates.create', { name: `Person ${String(i).padStart(4, '0')}`, skills: i % 3 === 0 ? ['Rust'] : ['Go'] });
        app.clock.advance(1000);
      }
    })();
    const filters: CandidateListInput = { skills: ['rust'], sort: 'name' };
    const names: string[] = [];
    let cursor: string | undefined;
    do {
      const page = app.call('candidates.list', { ...filters, cursor, limit: 500 });
      names.push(...page.items.map((c) => c.name));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const rows = cellsOf(exportText(app, { kind: 'candidates', filters })).slice(1);
    expect(rows.map((row) => row[0])).toEqual(names);
    expect(rows).toHaveLength(400);
    // Everyone, read a page of 500 at a time: in the list's order across the pages' edges.
    const everyone = cellsOf(exportText(app, { kind: 'candidates', filters: { sort: 'name' } })).slice(1);
    expect(everyone.map((row) => row[0])).toEqual(Array.from({ length: 1200 }, (_, i) => `Person ${String(i).padStart(4, '0')}`));
  });

  it('exports one client’s contacts, or everyone’s with their company', async () => {
    const app = await freshApp();
    const acme = app.call('clients.create', { name: 'Acme' });
    const globex = app.call('clients.create', { name: 'Globex' });
    app.call('contacts.create', { clientId: acme.id, name: 'Max' });
    app.call('contacts.create', { clientId: globex.id, name: 'Fox' });
    const column = (text: string) => cellsOf(text).slice(1).map((row) => `${row[1]} at ${row[0]}`);
    expect(column(exportText(app, { kind: 'contacts' }))).toEqual(['Max at Acme', 'Fox at Globex']);
    expect(column(exportText(app, { kind: 'contacts', filters: { clientId: globex.id } }))).toEqual(['Fox at Globex']);
    app.call('clients.delete', { id: globex.id });
    expect(column(exportText(app, { kind: 'contacts' }))).toEqual(['Max at Acme']);
    expect(failure(() => app.call('csv.export', { kind: 'contacts', filters: { clientId: globex.id } })).code).toBe('not_found');
  });
});

describe('what a cell holds survives the trip', () => {
  const value = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', ';', '"', "'", '=', '+', '-', '@', '\t', '\r', '\n', 'é', '😀') });

  it('the formula guard is always undone by the import', () => {
    fc.assert(fc.property(value, (text) => unguardFormula(guardFormula(text)) === text));
  });

  it('no cell the export writes starts like a formula', () => {
    fc.assert(fc.property(value, (text) => !/^[=+\-@\t\r]/.test(guardFormula(text))));
  });

  // Two cells at least: a row of one empty cell is a blank line, in any CSV.
  it('a line written by csvRecord (the exports and the window’s import report) reads back cell for cell, guarded', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 2, maxLength: 4 }), (cells) => {
        const [read] = parse(csvRecord(cells), { relax_column_count: true }) as string[][];
        expect(read!.map(unguardFormula)).toEqual(cells);
        for (const cell of read!) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });

  it('the import report’s cells get the same guard as the exports: an already quoted formula is quoted again', () => {
    // The window's report used its own rule, which left "'=1+1" as it was, so the import took its quote off.
    expect(csvRecord(['3', "'=1+1", '=HYPERLINK("x")', 'a; b', 'plain'])).toBe(`3,''=1+1,"'=HYPERLINK(""x"")","a; b",plain`);
  });

  it('multi-value cells split back into the same values (as a form stores them: trimmed, no line breaks)', () => {
    const item = value.map((v) => v.replace(/[\r\n]/g, '').trim()).filter((v) => v !== '');
    fc.assert(
      fc.property(fc.array(item, { maxLength: 6 }), (items) => {
        expect(splitList(joinList(items))).toEqual(items);
      }),
    );
  });

  it('amounts are written so they read back the same, 1.234 included', () => {
    const whole = fc.integer({ min: 0, max: 1e10 });
    const amount = fc.oneof(whole, whole.map((n) => n / 100), whole.map((n) => n / 1000));
    fc.assert(fc.property(amount, (n) => parseAmount(formatAmount(n)) === n));
  });

  it('a candidate with any skills and name exports and imports back the same', async () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', ';', '"', "'", '=', '@', '-', 'é') });
    const candidate = fc.record({
      name: text.filter((t) => t.trim() !== ''),
      skills: fc.uniqueArray(text.map((t) => t.trim()).filter((t) => t !== ''), { maxLength: 4, selector: (t) => t.toLowerCase() }),
    });
    await fc.assert(
      fc.asyncProperty(candidate, async (input) => {
        const app = await freshApp();
        app.call('candidates.create', input);
        const other = await freshApp();
        expect(await importCsv(other, exportText(app, { kind: 'candidates' }), { kind: 'candidates' })).toMatchObject({ accepted: 1 });
        expect(allCandidates(other)).toEqual(allCandidates(app));
      }),
      { numRuns: 25 },
    );
  });
});
