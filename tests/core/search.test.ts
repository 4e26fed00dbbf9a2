import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CandidateCreateInput } from '../../src/api/candidates';
import { MATCH_END, MATCH_START, type SearchKind } from '../../src/api/search';
import { addCandidate } from '../../src/candidates/candidates';
import { failure, freshApp, queued, type TestApp } from './helpers';

const titles = (app: TestApp, query: string, kinds?: SearchKind[]) =>
  app.call('search.query', { query, kinds }).map((r) => r.title.replace(/[\uE000\uE001]/g, ''));

describe('search', () => {
  it('finds as you type, by the start of any word', async () => {
    const app = await freshApp();
    app.call('candidates.create', { name: 'Ada Lovelace', currentTitle: 'Staff Engineer', skills: ['Rust'] });
    app.call('candidates.create', { name: 'Grace Hopper', skills: ['COBOL'] });
    expect(titles(app, 'l')).toEqual([]);
    expect(titles(app, 'lo')).toEqual(['Ada Lovelace']);
    expect(titles(app, 'lov')).toEqual(['Ada Lovelace']);
    expect(titles(app, 'ada lo')).toEqual(['Ada Lovelace']);
    expect(titles(app, 'cob')).toEqual(['Grace Hopper']);
    expect(titles(app, 'ada hopper')).toEqual([]);
  });

  it('ignores accents both ways: “jose” finds José, “zoë” finds Zoe', async () => {
    const app = await freshApp();
    app.call('candidates.create', { name: 'José Álvarez' });
    app.call('candidates.create', { name: 'Zoe Müller' });
    expect(titles(app, 'jose alv')).toEqual(['José Álvarez']);
    expect(titles(app, 'zoë mull')).toEqual(['Zoe Müller']);
  });

  it('covers clients, contacts, jobs, screening notes and notes, and says where each leads', async () => {
    const app = await freshApp();
    const client = app.call('clients.create', { name: 'Northwind Logistics', industry: 'Logistics' });
    const contact = app.call('contacts.create', { clientId: client.id, name: 'Dana Whitfield', caresAbout: 'forklift certification' });
    const job = app.call('jobs.create', { clientId: client.id, title: 'Warehouse Lead' });
    const candidate = app.call('candidates.create', { name: 'Sam Porter', screening: { certifications: 'Forklift licence' } });
    app.call('notes.add', { about: { kind: 'job', id: job.id }, body: 'Client wants forklift experience on nights' });
    const results = app.call('search.query', { query: 'forklift' });
    expect(results.map((r) => [r.kind, r.open])).toEqual(
      expect.arrayContaining([
        ['contact', { kind: 'client', id: client.id }],
        ['candidate', { kind: 'candidate', id: candidate.id }],
        ['note', { kind: 'job', id: job.id }],
      ]),
    );
    expect(results.find((r) => r.kind === 'note')?.title).toBe('Note on Warehouse Lead');
    expect(app.call('search.query', { query: 'northwind' }).map((r) => r.kind)).toEqual(
      expect.arrayContaining(['client', 'contact', 'job']),
    );
    expect(app.call('search.query', { query: 'dana' })[0]).toMatchObject({ id: contact.id, context: 'Contact at Northwind Logistics' });
  });

  it('finds a candidate by the words of their resume', async () => {
    const app = await freshApp();
    const candidate = app.call('candidates.create', { name: 'Ada Lovelace' });
    const pdf = fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'resume.pdf'));
    app.call('files.attach', { candidateId: candidate.id, name: 'cv.pdf', mimeType: 'application/pdf', dataBase64: pdf.toString('base64') });
    await app.core.background.settled();
    // Read in the background and indexed there, not only when someone searches.
    expect(queued(app)).toBe(0);
    const [hit] = app.call('search.query', { query: 'distributed sys' });
    expect(hit).toMatchObject({ kind: 'file', context: 'Resume of Ada Lovelace', open: { kind: 'candidate', id: candidate.id } });
    expect(hit!.snippet).toContain(`${MATCH_START}Distributed${MATCH_END}`);
  });

  it('puts a whole-word match on the name before a longer name that only starts the same', async () => {
    const app = await freshApp();
    app.call('candidates.create', { name: 'José Álvarez' });
    app.call('clients.create', { name: 'Joseki Games' });
    expect(titles(app, 'jose')).toEqual(['José Álvarez', 'Joseki Games']);
    expect(titles(app, 'josek')).toEqual(['Joseki Games']);
  });

  it('ranks a match on the name above a match in the text', async () => {
    const app = await freshApp();
    app.call('candidates.create', { name: 'Pat Kotlin-Smith' });
    app.call('candidates.create', { name: 'Lee Chen', skills: ['Kotlin'], screening: { whyLooking: 'Kotlin team lead role' } });
    expect(titles(app, 'kotlin')).toEqual(['Pat Kotlin-Smith', 'Lee Chen']);
  });

  it('puts names holding every typed word before other matches, then the newest first', async () => {
    const app = await freshApp();
    app.call('candidates.create', { name: 'Ada Rust' });
    app.call('candidates.create', { name: 'Ada Lovelace', currentEmployer: 'Rust Belt Analytics' });
    app.call('candidates.create', { name: 'Ada Rustova' });
    app.call('candidates.create', { name: 'Ada Byron', skills: ['Rust'] });
    const ranked = ['Ada Rust', 'Ada Rustova', 'Ada Byron', 'Ada Lovelace'];
    expect(titles(app, 'ada rust')).toEqual(ranked);
    app.call('clients.create', { name: 'Ada Rust Consulting' });
    expect(titles(app, 'ada rust')).toEqual(['Ada Rust Consulting', ...ranked]);
    expect(titles(app, 'ada rust', ['candidate'])).toEqual(ranked);
    expect(titles(app, 'ada rust', ['client'])).toEqual(['Ada Rust Consulting']);
  });

  it('reads on past the matches it has already shown to fill the results', async () => {
    const app = await freshApp();
    app.call('candidates.create', { name: 'Ada Rustova' });
    app.call('candidates.create', { name: 'Ada Rust' });
    // The newest name that starts with the words is the one that holds them whole, already shown.
    expect(app.call('search.query', { query: 'ada rust', limit: 2 }).map((r) => r.id)).toHaveLength(2);
  });

  it('marks the matched words in the title and the snippet', async () => {
    const app = await freshApp();
    app.call('candidates.create', { name: 'Ada Lovelace', currentEmployer: 'Analytical Engines' });
    const [hit] = app.call('search.query', { query: 'analyt' });
    expect(hit!.snippet).toBe(`${MATCH_START}Analytical${MATCH_END} Engines`);
    expect(app.call('search.query', { query: 'ada' })[0]!.title).toBe(`${MATCH_START}Ada${MATCH_END} Lovelace`);
  });

  it('stays right through every update, delete and restore', async () => {
    const app = await freshApp();
    const candidate = app.call('candidates.create', { name: 'Ada Lovelace' });
    app.call('candidates.update', { id: candidate.id, name: 'Ada King' });
    expect(titles(app, 'lovelace')).toEqual([]);
    expect(titles(app, 'king')).toEqual(['Ada King']);
    app.call('candidates.delete', { id: candidate.id });
    expect(titles(app, 'king')).toEqual([]);
    app.call('trash.restore', { kind: 'candidate', id: candidate.id });
    expect(titles(app, 'king')).toEqual(['Ada King']);
    const client = app.call('clients.create', { name: 'Globex' });
    app.call('clients.delete', { id: client.id });
    expect(titles(app, 'globex')).toEqual([]);
  });

  it('has a record in the index the moment its call commits, not at the next search', async () => {
    const app = await freshApp();
    const candidate = app.call('candidates.create', { name: 'Ada Lovelace' });
    const indexed = () =>
      app.core.db.prepare("SELECT record_id FROM search_index WHERE search_index MATCH 'lovelace'").pluck().all();
    expect(indexed()).toEqual([candidate.id]);
    app.call('candidates.delete', { id: candidate.id });
    expect(indexed()).toEqual([]);
    expect(queued(app)).toBe(0);
  });

  it('finds what was written outside a call (an import, a background task) at the next search', async () => {
    const app = await freshApp();
    app.core.db.transaction(() => addCandidate(app.core, CandidateCreateInput.parse({ name: 'Grace Hopper', skills: ['COBOL'] })))();
    expect(queued(app)).toBe(1);
    // A search on a connection that can write catches up first (the app's read threads cannot:
    // there the writer catches up at the end of every call and every batch of an import).
    expect(titles(app, 'hopp')).toEqual(['Grace Hopper']);
    expect(app.call('candidates.list', { query: 'cobol' }).items.map((c) => c.name)).toEqual(['Grace Hopper']);
  });

  it('finds a client’s contacts and jobs by its new name once it is renamed', async () => {
    const app = await freshApp();
    const client = app.call('clients.create', { name: 'Initech' });
    app.call('contacts.create', { clientId: client.id, name: 'Bill Lumbergh' });
    app.call('jobs.create', { clientId: client.id, title: 'TPS Report Analyst' });
    app.call('clients.update', { id: client.id, name: 'Initrode' });
    expect(app.call('search.query', { query: 'initrode', kinds: ['contact', 'job'] }).map((r) => r.kind).sort()).toEqual(['contact', 'job']);
    expect(app.call('search.query', { query: 'initech' })).toEqual([]);
  });

  it('leaves out what belongs to something in the trash', async () => {
    const app = await freshApp();
    const client = app.call('clients.create', { name: 'Initech' });
    app.call('contacts.create', { clientId: client.id, name: 'Bill Lumbergh' });
    app.call('clients.delete', { id: client.id });
    expect(titles(app, 'lumbergh')).toEqual([]);
  });

  it('takes out of the index what belongs to a record in the trash, and puts it back when it is restored', async () => {
    const app = await freshApp();
    const client = app.call('clients.create', { name: 'Initech' });
    const contact = app.call('contacts.create', { clientId: client.id, name: 'Bill Lumbergh' });
    const job = app.call('jobs.create', { clientId: client.id, title: 'TPS Report Analyst' });
    const candidate = app.call('candidates.create', { name: 'Milton Waddams' });
    const submission = app.call('submissions.create', { candidateId: candidate.id, jobId: job.id });
    const resume = app.call('files.attach', {
      candidateId: candidate.id,
      name: 'milton.txt',
      mimeType: 'text/plain',
      dataBase64: Buffer.from('Collator of stapler inventories').toString('base64'),
    });
    const subjects = [['client', client.id], ['contact', contact.id], ['job', job.id], ['candidate', candidate.id], ['submission', submission.id]] as const;
    const notes = subjects.map(([kind, id]) => app.call('notes.add', { about: { kind, id }, body: `Note on the ${kind}` }).id);
    const indexed = () => app.core.db.prepare('SELECT record_id FROM search_index').pluck().all();
    const everything = [client.id, contact.id, job.id, candidate.id, resume.id, ...notes];
    expect(indexed()).toEqual(expect.arrayContaining(everything));

    app.call('clients.delete', { id: client.id });
    // The client's contact and job, and the notes on them and on it; the submission is the candidate's too.
    expect(indexed()).toEqual(expect.arrayContaining([candidate.id, resume.id, notes[3], notes[4]]));
    expect(indexed()).not.toEqual(expect.arrayContaining([expect.toBeOneOf([client.id, contact.id, job.id, ...notes.slice(0, 3)])]));
    app.call('candidates.delete', { id: candidate.id });
    expect(indexed()).toEqual([]);

    app.call('trash.restore', { kind: 'client', id: client.id });
    app.call('trash.restore', { kind: 'candidate', id: candidate.id });
    expect([...indexed()].sort()).toEqual([...everything].sort());
    expect(titles(app, 'stapler')).toEqual(['milton.txt']);

    // A job takes the notes on it and on its submissions; a contact the notes on them.
    app.call('jobs.delete', { id: job.id });
    app.call('contacts.delete', { id: contact.id });
    expect([...indexed()].sort()).toEqual([client.id, candidate.id, resume.id, notes[0], notes[3]].sort());
    app.call('trash.restore', { kind: 'job', id: job.id });
    app.call('trash.restore', { kind: 'contact', id: contact.id });
    expect([...indexed()].sort()).toEqual([...everything].sort());
  });

  it('finds the notes on a submission once it moves from a candidate in the trash to one who is not', async () => {
    const app = await freshApp();
    const client = app.call('clients.create', { name: 'Initech' });
    const job = app.call('jobs.create', { clientId: client.id, title: 'TPS Report Analyst' });
    const merged = app.call('candidates.create', { name: 'Milton Waddams' });
    const kept = app.call('candidates.create', { name: 'Milton Waddams-Jones' });
    const submission = app.call('submissions.create', { candidateId: merged.id, jobId: job.id });
    app.call('notes.add', { about: { kind: 'submission', id: submission.id }, body: 'Wants his stapler back' });
    app.call('candidates.delete', { id: merged.id });
    expect(titles(app, 'stapler')).toEqual([]);
    // As a merge of two candidates moves what the one in the trash had.
    app.core.db.prepare('UPDATE submissions SET candidate_id = ? WHERE id = ?').run(kept.id, submission.id);
    expect(titles(app, 'stapler')).toEqual(['Note on Milton Waddams-Jones for TPS Report Analyst']);
  });

  it('never hands what is typed to the index as its own syntax: a mistake in ours says where, nothing else fails', async () => {
    const app = await freshApp();
    app.call('candidates.create', { name: 'Ada Lovelace' });
    for (const query of ['NEAR(ada', '*', 'ada AND NOT', '(', '', 'ada*', '"ada"', '-ada']) {
      expect(() => app.call('search.query', { query })).not.toThrow();
    }
    for (const query of ['"ada', 'ada OR', '- ada']) {
      expect(failure(() => app.call('search.query', { query }))).toMatchObject({ code: 'invalid_input', field: 'query' });
    }
    expect(titles(app, '(ada*')).toEqual(['Ada Lovelace']);
  });
});
