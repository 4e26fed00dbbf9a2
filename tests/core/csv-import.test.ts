import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../src/api/errors';
import * as candidates from '../../src/candidates/candidates';
import { getSetting } from '../../src/db/settings';
import type { Core } from '../../src/db/core';
import { closeDatabase, openDatabase } from '../../src/db/open';
import { dispatch } from '../../src/server/dispatch';
import { suggestMapping } from '../../src/sharing/csv/columns';
import { widenSearchBuffer } from '../../src/search/searchIndex';
import { runImport } from '../../src/sharing/csv/importer';
import { prepareCsv } from '../../src/sharing/csv/source';
import { base64, importCsv, previewCsv } from './csv-helpers';
import { failure, freshApp, queued, tempDir } from './helpers';

describe('recognising the headers of other tools', () => {
  it.each([
    [
      'LinkedIn connections',
      'candidates',
      ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'],
      ['firstName', 'lastName', 'links', 'emails', 'currentEmployer', 'currentTitle', 'note'],
    ],
    [
      'Bullhorn candidates',
      'candidates',
      ['Candidate ID', 'Name', 'Email', 'Email 2', 'Mobile Phone', 'Work Phone', 'City', 'State', 'Current Company', 'Title',
        'Primary Skills', 'Desired Salary', 'Source', 'Owner', 'Date Available', 'Work Authorization'],
      ['note', 'name', 'emails', 'emails', 'phones', 'phones', 'location', 'location', 'currentEmployer', 'currentTitle',
        'skills', 'salaryExpectation', 'source', 'owner', 'availability', 'workAuthorisation'],
    ],
    [
      'OpenCATS candidates',
      'candidates',
      ['First Name', 'Last Name', 'E-Mail', '2nd E-Mail', 'Home Phone', 'Cell Phone', 'Web Site', 'Key Skills', 'Current Employer',
        'Desired Pay', 'Current Pay', 'Notes'],
      ['firstName', 'lastName', 'emails', 'emails', 'phones', 'phones', 'links', 'skills', 'currentEmployer',
        'salaryExpectation', 'screening.salary', 'note'],
    ],
    [
      'Bullhorn contacts',
      'contacts',
      ['First Name', 'Last Name', 'Client Corporation', 'Title', 'Email', 'Phone', 'Mobile', 'Last Visit'],
      ['firstName', 'lastName', 'client', 'jobTitle', 'email', 'phone', 'note', 'lastContactedOn'],
    ],
    [
      'OpenCATS companies',
      'clients',
      ['Name', 'City', 'State', 'Web Site', 'Key Technologies', 'Notes'],
      ['name', 'location', 'location', 'website', 'note', 'relationship'],
    ],
    [
      'a generic spreadsheet',
      'clients',
      ['Company', 'Industry', 'Website', 'Client Status', 'Fee %', 'Guarantee Period', 'Country'],
      ['name', 'industry', 'website', 'status', 'fee', 'guaranteeDays', 'country'],
    ],
  ] as const)('%s', (_, kind, headers, fields) => {
    expect(suggestMapping(kind, headers)).toEqual(fields);
  });

  it('drops a leading word naming the kind ("Candidate Email")', () => {
    expect(suggestMapping('candidates', ['Candidate Email', 'Candidate Phone'])).toEqual(['emails', 'phones']);
    expect(suggestMapping('contacts', ['Contact Email'])).toEqual(['email']);
  });
});

describe('importing candidates', () => {
  it('creates each accepted row through the app’s own rules, tidied as a form would', async () => {
    const app = await freshApp();
    const csv = [
      'First Name,Last Name,Email Address,Email 2,Phone,City,Country,Skills,Desired Salary,URL,Consent basis,Consent date',
      'Ada,Lovelace,Ada@Example.com,ada@home.example,+44 7700 900123,London,UK,"Rust, rust, Postgres",£95k,linkedin.com/in/ada,Consent given,2026-11-20T10:00:00Z',
    ].join('\n');
    const result = await importCsv(app, csv, { kind: 'candidates' });
    expect(result).toMatchObject({ state: 'done', rowsRead: 1, accepted: 1, rejectedCount: 0, duplicateCount: 0, fractionRead: 1 });
    const { id } = app.call('candidates.list', {}).items[0]!;
    const { candidate } = app.call('candidates.get', { id });
    expect(candidate).toMatchObject({
      name: 'Ada Lovelace',
      emails: ['ada@example.com', 'ada@home.example'],
      phones: ['+44 7700 900123'],
      location: 'London, UK',
      skills: ['Rust', 'Postgres'],
      salaryExpectation: { amount: 95000, currency: 'GBP' },
      links: ['https://linkedin.com/in/ada'],
      consent: { basis: 'consent', on: '2026-11-20', source: null },
    });
    // Searchable the moment it is saved, like any candidate.
    expect(app.call('search.query', { query: 'lovelace' }).map((r) => r.id)).toEqual([id]);
  });

  it('rejects a bad row with every reason, naming the column and the value', async () => {
    const app = await freshApp();
    const csv = 'Name,Email,Email 2,Desired Salary,Consent basis\nBob,bob@x.com,bob at home,90000,Because\n';
    const result = await importCsv(app, csv, { kind: 'candidates' });
    expect(result.rejected).toEqual([
      {
        line: 2,
        reason:
          '“Email 2” has “bob at home”: Use an email address like name@example.com; ' +
          '“Desired Salary” has “90000”: Use a three-letter currency code such as USD or EUR; ' +
          '“Consent basis” has “Because”: Choose the basis for holding their data (consent, legitimate_interest, contract, other); ' +
          'Consent date is missing: Use a date like 2026-11-22',
      },
    ]);
    expect(app.call('candidates.list', {}).total).toBe(0);
  });

  it('reports a duplicate of someone on file, or earlier in the file, and never creates them twice', async () => {
    const app = await freshApp();
    const ada = app.call('candidates.create', { name: 'Ada Lovelace', emails: ['ada@example.com'] });
    const csv = [
      'Name,Email,Phone,Employer',
      'A. Lovelace,ADA@example.com,,',
      'Grace Hopper,grace@navy.example,+1 555 010 0100,US Navy',
      'Grace H.,,(555) 010-0100,',
      'Grace Hopper,,,us navy',
    ].join('\n');
    const result = await importCsv(app, csv, { kind: 'candidates' });
    expect(result).toMatchObject({ rowsRead: 4, accepted: 1, rejectedCount: 0, duplicateCount: 3 });
    const grace = app.call('candidates.list', { query: 'grace' }).items[0]!;
    expect(result.duplicates).toEqual([
      { line: 2, reason: 'Already on file as Ada Lovelace (same email)', existing: { id: ada.id, name: 'Ada Lovelace' } },
      { line: 4, reason: 'Already on file as Grace Hopper (same phone number)', existing: { id: grace.id, name: 'Grace Hopper' } },
      { line: 5, reason: 'Already on file as Grace Hopper (same name and employer)', existing: { id: grace.id, name: 'Grace Hopper' } },
    ]);
    expect(app.call('candidates.list', {}).total).toBe(2);
    // Importing the same file again changes nothing.
    expect(await importCsv(app, csv, { kind: 'candidates' })).toMatchObject({ accepted: 0, duplicateCount: 4 });
  });

  it('a row whose write is refused leaves nothing behind, and the rows around it are imported', async () => {
    const app = await freshApp();
    const real = candidates.writeNewCandidate;
    // A rule only the service knows, broken after it has already written the row.
    const spy = vi.spyOn(candidates, 'writeNewCandidate').mockImplementation((core, candidate) => {
      const id = real(core, candidate);
      if (candidate.row[candidates.candidateEntity.fields.indexOf('name')] === 'Bob') throw new ApiError('invalid_input', 'Bob may not be imported');
      return id;
    });
    try {
      const result = await importCsv(app, 'Name\nAda\nBob\nCarol\n', { kind: 'candidates' });
      expect(result).toMatchObject({ accepted: 2, rejected: [{ line: 3, reason: 'Bob may not be imported' }] });
    } finally {
      spy.mockRestore();
    }
    expect(app.call('candidates.list', { sort: 'name' }).items.map((c) => c.name)).toEqual(['Ada', 'Carol']);
    expect(app.call('search.query', { query: 'bob' })).toEqual([]);
  });

  it('refuses to start without a column for the name, and says which', async () => {
    const app = await freshApp();
    const error = failure(() => app.call('csv.import', { kind: 'candidates', dataBase64: base64('Email\nada@x.com\n') }));
    expect(error).toMatchObject({ code: 'invalid_input', field: 'mapping', message: 'Map a column to Name or First name or Last name.' });
    const twice = failure(() =>
      app.call('csv.import', { kind: 'candidates', dataBase64: base64('A,B\nx,y\n'), mapping: ['name', 'name'] }),
    );
    expect(twice.message).toBe('“A” and “B” are both mapped to Name, which takes one column: map all but one to nothing.');
    expect(failure(() => app.call('csv.import', { kind: 'candidates', dataBase64: base64('A,B\nx,y\n'), mapping: ['name'] }))).toMatchObject({
      field: 'mapping',
      message: 'The mapping names 1 columns but the file has 2: preview the file again.',
    });
  });
});

describe('importing clients and contacts', () => {
  it('clients: fee terms, status and guarantee read from text; a name on file is a duplicate', async () => {
    const app = await freshApp();
    const acme = app.call('clients.create', { name: 'Acme Robotics' });
    const csv = [
      'Company,Status,Fee,Guarantee,Website',
      'Globex,Active,20%,90 days,globex.example',
      'Initech,prospect,"15,000 EUR",,',
      'ACME  robotics,,,,',
      'Hooli,Dormant,a lot,forever,',
      'Umbrella,Big,,,',
    ].join('\n');
    const result = await importCsv(app, csv, { kind: 'clients' });
    expect(result).toMatchObject({ rowsRead: 5, accepted: 2 });
    expect(result.duplicates).toEqual([
      { line: 4, reason: 'Already on file as “Acme Robotics”', existing: { id: acme.id, name: 'Acme Robotics' } },
    ]);
    expect(result.rejected).toEqual([
      {
        line: 5,
        reason:
          '“Fee” has “a lot”: Use a percentage like 20% or an amount like 15000 EUR; ' +
          '“Guarantee” has “forever”: Use a number of days, like 90',
      },
      { line: 6, reason: '“Status” has “Big”: Choose prospect, active or dormant (prospect, active, dormant)' },
    ]);
    const byName = Object.fromEntries(
      app.call('clients.list', {}).items.map((c) => [c.name, app.call('clients.get', { id: c.id }).client]),
    );
    expect(byName.Globex).toMatchObject({
      status: 'active',
      fee: { type: 'percentage', percent: 20 },
      guaranteeDays: 90,
      website: 'https://globex.example',
    });
    expect(byName.Initech).toMatchObject({ status: 'prospect', fee: { type: 'flat', amount: 15000, currency: 'EUR' } });
  });

  it('contacts: the company names their client, a new company becomes a prospect, and duplicates are found at the same client', async () => {
    const app = await freshApp();
    const acme = app.call('clients.create', { name: 'Acme' });
    const max = app.call('contacts.create', { clientId: acme.id, name: 'Max Power', email: 'max@acme.example' });
    const csv = [
      'First Name,Last Name,Company,Title,Email,Contact Type',
      'Dana,Scully,acme,CTO,dana@acme.example,Hiring manager',
      'M.,Power,Acme,,MAX@acme.example,',
      'Fox,Mulder,Globex,,,HR',
      'Walter,Skinner,Globex,,,',
      'Fox,Mulder,Globex,,,',
      'Nobody,,,,,',
      'Alex,Krycek,Acme,,,Spy',
    ].join('\n');
    const result = await importCsv(app, csv, { kind: 'contacts' });
    expect(result).toMatchObject({ rowsRead: 7, accepted: 3, clientsCreated: 1 });
    expect(result.duplicates).toEqual([
      { line: 3, reason: 'Already on file at Acme as Max Power (same email)', existing: { id: max.id, name: 'Max Power' } },
      expect.objectContaining({ line: 6, reason: 'Already on file at Globex as Fox Mulder (same name)' }),
    ]);
    expect(result.rejected).toEqual([
      { line: 7, reason: '“Company” is empty: Enter the company the contact works for' },
      {
        line: 8,
        reason: '“Contact Type” has “Spy”: Choose the contact’s role (hiring_manager, hr, talent_acquisition, executive, other)',
      },
    ]);
    const acmeContacts = app.call('clients.get', { id: acme.id }).contacts;
    expect(acmeContacts.find((c) => c.name === 'Dana Scully')).toMatchObject({ role: 'hiring_manager', jobTitle: 'CTO' });
    const globex = app.call('clients.list', { query: 'globex' }).items[0]!;
    expect(globex).toMatchObject({ status: 'prospect', contactCount: 2 });
  });

  it('contacts at a company not on file are rejected when the recruiter wants no new clients', async () => {
    const app = await freshApp();
    const result = await importCsv(app, 'Name,Company\nFox Mulder,Globex\n', { kind: 'contacts', createMissingClients: false });
    expect(result.rejected).toEqual([
      { line: 2, reason: 'There is no client called “Globex”: import your clients first, or let the import add new ones.' },
    ]);
    expect(app.call('clients.list', {}).total).toBe(0);
  });
});

describe('importing jobs', () => {
  it('finds the client by name, adds one not on file, reads the salary range, and reports duplicates and bad rows', async () => {
    const app = await freshApp();
    const acme = app.call('clients.create', { name: 'Acme Robotics', fee: { type: 'percentage', percent: 20 } });
    const csv = [
      'Job Title,Client,Status,Location,Salary Min,Salary Max,Currency,Openings,Date Opened,Target Date',
      'Robot Whisperer,acme robotics,On hold,Berlin,70000,90000,EUR,2,2026-11-01,2027-01-31',
      'Welder,Globex,,Springfield,,,,,,',
      'robot whisperer,Acme Robotics,,,,,,,,',
      'Intern,Acme Robotics,Sometimes,,lots,,,two,,',
      'Nameless,,,,,,,,,',
    ].join('\n');
    const result = await importCsv(app, csv, { kind: 'jobs' });
    expect(result).toMatchObject({ rowsRead: 5, accepted: 2, clientsCreated: 1 });
    const whisperer = app.call('jobs.list', { clientId: acme.id }).items[0]!;
    expect(result.duplicates).toEqual([
      { line: 4, reason: 'Already on file at Acme Robotics as “Robot Whisperer”', existing: { id: whisperer.id, name: 'Robot Whisperer' } },
    ]);
    expect(result.rejected.map((r) => r.line)).toEqual([5, 6]);
    expect(result.rejected[0]!.reason).toContain('“Salary Min” has “lots”');
    expect(result.rejected[0]!.reason).toContain('“Status” has “Sometimes”');
    expect(result.rejected[0]!.reason).toContain('“Openings” has “two”');
    expect(result.rejected[1]!.reason).toBe('“Client” is empty: Enter the client the job is for');
    expect(app.call('jobs.get', { id: whisperer.id }).job).toMatchObject({
      status: 'on_hold',
      location: 'Berlin',
      salary: { min: 70000, max: 90000, currency: 'EUR' },
      openings: 2,
      openedOn: '2026-11-01',
      targetFillOn: '2027-01-31',
      // The fee comes from the client's terms, as in the form.
      fee: { type: 'percentage', percent: 20 },
    });
    expect(app.call('clients.list', { query: 'globex' }).items[0]).toMatchObject({ status: 'prospect' });
  });

  it('jobs for a client not on file are rejected when the recruiter wants no new clients', async () => {
    const app = await freshApp();
    const result = await importCsv(app, 'Title,Company\nWelder,Globex\n', { kind: 'jobs', createMissingClients: false });
    expect(result.rejected).toEqual([
      { line: 2, reason: 'There is no client called “Globex”: import your clients first, or let the import add new ones.' },
    ]);
  });
});

describe('the preview', () => {
  it('shows how the file will be read and what the import would do with its first rows, writing nothing', async () => {
    const app = await freshApp();
    app.call('candidates.create', { name: 'Ada Lovelace', emails: ['ada@example.com'] });
    const rows = Array.from({ length: 40 }, (_, i) => `Person ${i};person${i}@example.com;x`);
    const csv = ['Full Name;E-mail;Favourite colour', 'Ada L.;ada@example.com;', ';nobody@example.com;', ...rows].join('\r\n');
    const preview = previewCsv(app, csv, { kind: 'candidates' });
    expect(preview).toMatchObject({
      encoding: 'utf-8',
      delimiter: ';',
      headers: ['Full Name', 'E-mail', 'Favourite colour'],
      mapping: ['name', 'emails', 'note'],
      mappingSource: 'suggested',
      mappingProblems: [],
    });
    expect(preview.sample).toHaveLength(20);
    expect(preview.sample.slice(0, 3)).toEqual([
      {
        line: 2,
        cells: ['Ada L.', 'ada@example.com', ''],
        outcome: {
          status: 'duplicate',
          reason: 'Already on file as Ada Lovelace (same email)',
          existing: expect.objectContaining({ name: 'Ada Lovelace' }),
        },
      },
      {
        line: 3,
        cells: ['', 'nobody@example.com', ''],
        outcome: { status: 'rejected', reason: '“Full Name” is empty: Enter the candidate’s name' },
      },
      { line: 4, cells: ['Person 0', 'person0@example.com', 'x'], outcome: { status: 'new', newClient: null } },
    ]);
    expect(preview.estimatedRows).toBeGreaterThan(36);
    expect(preview.estimatedRows).toBeLessThan(48);
    expect(app.call('candidates.list', {}).total).toBe(1);
  });

  it('takes the recruiter’s mapping and says what is missing', async () => {
    const app = await freshApp();
    const preview = previewCsv(app, 'A,B\nAcme,x\n', { kind: 'contacts', mapping: ['client', null] });
    expect(preview.mappingProblems).toEqual(['Map a column to Name or First name or Last name.']);
    expect(preview.sample[0]!.outcome).toEqual({ status: 'rejected', reason: 'Name is missing: Enter the contact’s name' });
    expect(previewCsv(app, 'Company,Name\nAcme,Max\n', { kind: 'contacts' }).sample[0]!.outcome).toEqual({ status: 'new', newClient: 'Acme' });
  });
});

describe('a file on this computer', () => {
  it('is read from the path the desktop app’s open dialog gives', async () => {
    const app = await freshApp();
    const file = path.join(tempDir(), 'people.csv');
    fs.writeFileSync(file, 'Name\nAda\n');
    expect(app.call('csv.preview', { kind: 'candidates', path: file }).sample).toHaveLength(1);
    const { jobId } = app.call('csv.import', { kind: 'candidates', path: file });
    await app.core.background.settled();
    expect(app.call('csv.progress', { jobId })).toMatchObject({ state: 'done', accepted: 1 });
  });

  it('is refused clearly when it is missing, or sent both ways or neither', async () => {
    const app = await freshApp();
    const missing = path.join(tempDir(), 'missing.csv');
    expect(failure(() => app.call('csv.preview', { kind: 'candidates', path: missing }))).toMatchObject({
      field: 'path',
      message: `${missing} could not be read: there is no such file.`,
    });
    expect(failure(() => app.call('csv.preview', { kind: 'candidates' }))).toMatchObject({ field: 'path', message: 'Send the file’s contents or its path' });
    expect(failure(() => app.call('csv.preview', { kind: 'candidates', path: missing, dataBase64: base64('Name\n') })).field).toBe('path');
    expect(failure(() => app.call('csv.preview', { kind: 'candidates', path: 'people.csv' })).message).toBe(
      'Give the full path of the file, starting from the top of the disk',
    );
  });
});

describe('the import runs in the background, in chunks', () => {
  const manyCandidates = (n: number) => ['Name,Email', ...Array.from({ length: n }, (_, i) => `Person ${i},p${i}@example.com`)].join('\n');

  it('answers progress calls between chunks while it runs', async () => {
    const app = await freshApp();
    const { jobId } = app.call('csv.import', { kind: 'candidates', dataBase64: base64(manyCandidates(3000)) });
    expect(app.call('csv.progress', { jobId })).toMatchObject({ state: 'running', rowsRead: 0 });
    const seen: number[] = [];
    while (app.call('csv.progress', { jobId }).state === 'running') {
      const { rowsRead, accepted, rejectedCount, duplicateCount } = app.call('csv.progress', { jobId });
      expect(accepted + rejectedCount + duplicateCount).toBe(rowsRead);
      seen.push(rowsRead);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(new Set(seen.filter((n) => n > 0 && n < 3000)).size).toBeGreaterThan(1);
    expect(app.call('csv.progress', { jobId })).toMatchObject({ state: 'done', rowsRead: 3000, accepted: 3000, fractionRead: 1 });
  });

  it('stops when cancelled, keeping what it imported', async () => {
    const app = await freshApp();
    const { jobId } = app.call('csv.import', { kind: 'candidates', dataBase64: base64(manyCandidates(3000)) });
    app.call('csv.cancel', { jobId });
    await app.core.background.settled();
    const progress = app.call('csv.progress', { jobId });
    expect(progress.state).toBe('cancelled');
    expect(progress.rowsRead).toBeGreaterThan(0);
    expect(progress.rowsRead).toBeLessThan(3000);
    expect(app.call('candidates.list', {}).total).toBe(progress.accepted);
    // What it imported is in the search index already, not only once someone searches.
    expect(queued(app)).toBe(0);
  });

  it('sends rejected rows in slices from where the window has got to', async () => {
    const app = await freshApp();
    const csv = ['Name,Email', ...Array.from({ length: 1500 }, (_, i) => `Person ${i},not an email`)].join('\n');
    const first = await importCsv(app, csv, { kind: 'candidates' });
    expect(first).toMatchObject({ rejectedCount: 1500 });
    expect(first.rejected).toHaveLength(1000);
    const rest = app.call('csv.progress', { jobId: first.jobId, rejectedFrom: 1000 });
    expect(rest.rejected).toHaveLength(500);
    expect(rest.rejected[0]!.line).toBe(1002);
  });

  it('fails clearly when the database refuses a chunk, keeping the chunks before it', async () => {
    const app = await freshApp();
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const cacheBefore = app.core.db.pragma('cache_size', { simple: true }) as number;
    app.core.db.exec(`CREATE TRIGGER refuse AFTER INSERT ON candidates WHEN NEW.name = 'Person 2000'
      BEGIN SELECT RAISE(ABORT, 'disk on fire'); END`);
    const result = await importCsv(app, manyCandidates(3000), { kind: 'candidates' });
    expect(result.state).toBe('failed');
    const line = result.rowsRead + 2;
    expect(result.error).toBe(
      `The import stopped at line ${line}. Something went wrong inside Shortlist (the details are in the log). ` +
        `The ${result.rowsRead} rows before line ${line} are kept (${result.accepted} accepted, 0 rejected, 0 already on file); ` +
        'the rest of the file was not imported. Once that is fixed, import the file again: the rows already imported are then reported as already on file, not added twice.',
    );
    expect(app.call('candidates.list', {}).total).toBe(result.accepted);
    expect(result.accepted).toBeLessThan(2000);
    expect(queued(app)).toBe(0);
    // Commits wait for the disk again, as they did before the import relaxed them for its chunks.
    expect(app.core.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(app.core.db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    // And the writer gives back the large page cache it had for the import.
    expect(app.core.db.pragma('cache_size', { simple: true })).toBe(cacheBefore);
    // The search index writes out what it holds at 1 MB again, as every other write has it.
    expect(app.core.db.prepare("SELECT v FROM search_index_config WHERE k = 'hashsize'").pluck().get()).toBe(1024 * 1024);
    expect(log).toHaveBeenCalledWith('[shortlist] CSV import failed:', expect.objectContaining({ line: expect.any(Number) }));
    log.mockRestore();
  });

  it('gives back, on the next open, the search index’s buffer an import killed midway left large in the file', async () => {
    const app = await freshApp();
    const hashsize = (core: Core) => core.db.prepare("SELECT v FROM search_index_config WHERE k = 'hashsize'").pluck().get();
    // Widened as the import widens it, never put back: the process was killed before its end.
    widenSearchBuffer(app.core);
    expect(hashsize(app.core)).toBe(64 * 1024 * 1024);
    closeDatabase(app.core);
    const reopened = await openDatabase(app.file);
    expect(hashsize(reopened)).toBe(1024 * 1024);
    closeDatabase(reopened);
  });

  it('ends a chunk after the row it is on when a call is waiting for the database', async () => {
    const app = await freshApp();
    const csv = prepareCsv(Buffer.from(manyCandidates(300)), {
      ...{ kind: 'candidates', encoding: null, delimiter: null, mapping: null, createMissingClients: false },
    });
    let asked = 0;
    const reported: number[] = [];
    const result = await runImport(app.core, csv, {
      // Asked before each row after a chunk's first: the tenth time, a call has come in.
      callsWaiting: () => ++asked === 10,
      onProgress: ({ rowsRead }) => reported.push(rowsRead),
    });
    expect(reported[0]).toBe(10);
    expect(result).toMatchObject({ rowsRead: 300, accepted: 300, stopped: false });
  });

  it('stamps each row after the one before and stores the clock for the next write, by any program, to follow', async () => {
    const app = await freshApp();
    await importCsv(app, manyCandidates(300), { kind: 'candidates' });
    const stamps = app.core.db.prepare('SELECT created_hlc FROM candidates ORDER BY rowid').pluck().all() as string[];
    expect(new Set(stamps).size).toBe(300);
    expect([...stamps].sort()).toEqual(stamps);
    expect(getSetting(app.core.db, 'clock')).toBe(stamps.at(-1));
    // The CLI opening the same file while the app runs, in the same millisecond.
    const cli = await openDatabase(app.file, { clock: app.clock });
    const made = dispatch(cli, 'candidates.create', { name: 'Grace Hopper' });
    cli.db.close();
    expect(made.ok).toBe(true);
    const graceStamp = app.core.db.prepare("SELECT created_hlc FROM candidates WHERE name = 'Grace Hopper'").pluck().get() as string;
    expect(graceStamp > stamps.at(-1)!).toBe(true);
  });

  it('a job it does not know is not found', async () => {
    const app = await freshApp();
    expect(failure(() => app.call('csv.progress', { jobId: '0190a3c2-7f00-7000-8000-000000000000' })).code).toBe('not_found');
  });
});

describe('no column is lost', () => {
  it('columns that are not fields become a dated note on the record; a tags column its tags', async () => {
    const app = await freshApp();
    const csv = 'Name,Email,Mobile,Stage,Tags,Empty\nAda Lovelace,ada@example.com,+44 7700 900123,Interviewing,"maths; engines",\nBob,bob@example.com,,,,\n';
    const result = await importCsv(app, csv, { kind: 'candidates', fileName: 'old-ats.csv' });
    expect(result).toMatchObject({ accepted: 2, notesAdded: 1 });
    expect(result.columns).toEqual([
      { name: 'Name', goesTo: 'name' },
      { name: 'Email', goesTo: 'emails' },
      { name: 'Mobile', goesTo: 'phones' },
      { name: 'Stage', goesTo: 'note' },
      { name: 'Tags', goesTo: 'tags' },
      { name: 'Empty', goesTo: 'note' },
    ]);
    const ada = app.call('candidates.list', { query: 'ada' }).items[0]!;
    expect(app.call('candidates.get', { id: ada.id }).candidate).toMatchObject({ phones: ['+44 7700 900123'] });
    expect(app.call('tags.of', { kind: 'candidate', id: ada.id })).toEqual(['engines', 'maths']);
    const [note] = app.call('notes.list', { about: { kind: 'candidate', id: ada.id } });
    expect(note).toMatchObject({ body: 'From old-ats.csv, Stage: Interviewing', kind: 'note', createdAt: expect.any(String) });
    // Searchable like any note.
    expect(app.call('search.query', { query: 'interviewing' }).map((r) => r.id)).toContain(note!.id);
    const bob = app.call('candidates.list', { query: 'bob' }).items[0]!;
    expect(app.call('notes.list', { about: { kind: 'candidate', id: bob.id } })).toEqual([]);
  });

  it('a contact’s second phone and email, which the contact cannot hold, are kept in the note', async () => {
    const app = await freshApp();
    const csv = 'Company,Name,Email,Email 2,Phone,Mobile\nAcme,Max Power,max@acme.example,max@home.example,+1 555 0100,+1 555 0199\n';
    const result = await importCsv(app, csv, { kind: 'contacts', fileName: 'people.csv' });
    expect(result.columns.map((c) => c.goesTo)).toEqual(['client', 'name', 'email', 'note', 'phone', 'note']);
    const { contacts } = app.call('clients.get', { id: app.call('clients.list', {}).items[0]!.id });
    expect(contacts[0]).toMatchObject({ email: 'max@acme.example', phone: '+1 555 0100' });
    expect(app.call('notes.list', { about: { kind: 'contact', id: contacts[0]!.id } })[0]!.body).toBe(
      'From people.csv, Email 2: max@home.example\nFrom people.csv, Mobile: +1 555 0199',
    );
  });

  it('a column is left out only when the recruiter says so, and the report names it', async () => {
    const app = await freshApp();
    const csv = 'Name,Internal ID,Stage\nAda,17,Offer\n';
    const result = await importCsv(app, csv, { kind: 'candidates', mapping: ['name', null, 'note'], fileName: 'x.csv' });
    expect(result.columns).toEqual([
      { name: 'Name', goesTo: 'name' },
      { name: 'Internal ID', goesTo: null },
      { name: 'Stage', goesTo: 'note' },
    ]);
    const { id } = app.call('candidates.list', {}).items[0]!;
    expect(app.call('notes.list', { about: { kind: 'candidate', id } }).map((n) => n.body)).toEqual(['From x.csv, Stage: Offer']);
  });

  it('a tag Shortlist cannot take is kept in the note rather than lost', async () => {
    const app = await freshApp();
    const long = 'x'.repeat(70);
    await importCsv(app, `Name,Tags\nAda,"ok; ${long}"\n`, { kind: 'candidates', fileName: 'x.csv' });
    const { id } = app.call('candidates.list', {}).items[0]!;
    expect(app.call('tags.of', { kind: 'candidate', id })).toEqual(['ok']);
    expect(app.call('notes.list', { about: { kind: 'candidate', id } })[0]!.body).toBe(`From x.csv, Tags: ${long}`);
  });

  it('remembers the mapping used for a file with the same headers, in the preview and the next import', async () => {
    const app = await freshApp();
    const csv = 'Nom,Courriel,Remarque\nAda Lovelace,ada@example.com,x\n';
    expect(previewCsv(app, csv, { kind: 'candidates' })).toMatchObject({ mapping: ['lastName', 'emails', 'note'], mappingSource: 'suggested' });
    await importCsv(app, csv, { kind: 'candidates', mapping: ['name', 'emails', null] });
    expect(previewCsv(app, csv, { kind: 'candidates' })).toMatchObject({ mapping: ['name', 'emails', null], mappingSource: 'remembered' });
    // Another kind, or other headers, start from the suggestion.
    expect(previewCsv(app, csv, { kind: 'contacts' }).mappingSource).toBe('suggested');
    expect(previewCsv(app, 'Nom,Courriel\nAda,a@x.com\n', { kind: 'candidates' }).mappingSource).toBe('suggested');
  });
});

describe('any input at all', () => {
  it('never crashes; every row read is accepted, rejected or a duplicate, and every column is accounted for', async () => {
    const app = await freshApp();
    const cell = fc.stringMatching(/^[a-zA-Z0-9 ",;\t\r\n@.+'=-]{0,12}$/);
    const header = fc.constantFrom('Name', 'Email', 'Phone', 'Skills', 'Mobile', 'Stage', 'Tags', 'Notes', 'Nom', 'Vorname', 'X');
    const file = fc.tuple(
      fc.constantFrom(',', ';', '\t'),
      fc.array(header, { minLength: 1, maxLength: 5 }),
      fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 8 }),
    );
    await fc.assert(
      fc.asyncProperty(file, async ([delimiter, headers, rows]) => {
        const before = app.call('candidates.list', {}).total!;
        const text = ['Name', ...headers].join(delimiter) + '\n' + rows.map((r) => r.join(delimiter)).join('\n');
        const result = await importCsv(app, text, { kind: 'candidates', delimiter });
        expect(result.state).toBe('done');
        expect(result.accepted + result.rejectedCount + result.duplicateCount).toBe(result.rowsRead);
        expect(app.call('candidates.list', {}).total! - before).toBe(result.accepted);
        expect(result.columns).toHaveLength(headers.length + 1);
        expect(result.columns.every((c) => c.goesTo !== null)).toBe(true);
        expect(result.notesAdded).toBeLessThanOrEqual(result.accepted);
      }),
      { numRuns: 150 },
    );
  });
});
