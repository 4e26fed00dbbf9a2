import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesDir } from '../../src/candidates/files';
import { failure, freshApp, type TestApp } from './helpers';

const ada = {
  name: 'Ada Lovelace',
  emails: ['Ada@Example.com', 'ada@example.com', ''],
  phones: ['+44 7700 900123'],
  location: 'London',
  currentTitle: 'Staff Engineer',
  currentEmployer: 'Analytical Engines',
  skills: ['Rust', 'rust', 'Postgres'],
  source: 'Referral',
  salaryExpectation: { amount: 95000, currency: 'gbp' },
  availability: '1 month notice',
  workAuthorisation: 'UK citizen',
  links: ['https://ada.example/portfolio'],
  owner: 'Sam',
  consent: { basis: 'consent' as const, on: '2026-11-20', source: 'Screening call' },
  screening: { whyLooking: 'Wants to lead a team', salary: '£95k base' },
};

describe('candidates', () => {
  it('keeps everything a recruiter learns about a candidate, tidied', async () => {
    const app = await freshApp();
    const candidate = app.call('candidates.create', ada);
    expect(candidate).toMatchObject({
      emails: ['ada@example.com'],
      skills: ['Rust', 'Postgres'],
      salaryExpectation: { amount: 95000, currency: 'GBP' },
      consent: { basis: 'consent', on: '2026-11-20', source: 'Screening call' },
      screening: { whyLooking: 'Wants to lead a team', careerProgression: null, salary: '£95k base' },
    });
    const updated = app.call('candidates.update', { id: candidate.id, screening: { certifications: 'AWS SA Pro' } });
    expect(updated.screening).toMatchObject({ whyLooking: 'Wants to lead a team', certifications: 'AWS SA Pro' });
    expect(app.call('candidates.get', { id: candidate.id })).toMatchObject({ files: [], submissions: [] });
  });

  it('names the field at fault for bad details', async () => {
    const app = await freshApp();
    const bad = (input: object) => failure(() => app.call('candidates.create', { name: 'X', ...input }));
    expect(bad({ name: '' }).field).toBe('name');
    expect(bad({ emails: ['not-an-email'] }).field).toBe('emails.0');
    expect(bad({ phones: ['ring ring'] }).field).toBe('phones.0');
    expect(bad({ links: ['javascript:alert(1)'] }).field).toBe('links.0');
    expect(bad({ consent: { basis: 'consent', on: 'yesterday' } }).field).toBe('consent.on');
    expect(bad({ salaryExpectation: { amount: -5, currency: 'EUR' } }).field).toBe('salaryExpectation.amount');
    expect(app.call('candidates.list', {}).total).toBe(0);
  });

  it.each([
    ['the same email, in another case', { emails: ['ADA@example.com'] }, 'email'],
    ['the same phone, written another way', { phones: ['07700 900123'] }, 'phone'],
    ['the same name at the same employer', { currentEmployer: 'analytical  engines' }, 'name_and_employer'],
  ])('catches a duplicate with %s, and lets the recruiter confirm it is someone else', async (_, input, on) => {
    const app = await freshApp();
    const first = app.call('candidates.create', ada);
    const twin = { name: 'Ada Lovelace', ...input };
    expect(app.call('candidates.duplicates', twin)).toEqual([
      { id: first.id, name: 'Ada Lovelace', currentTitle: 'Staff Engineer', currentEmployer: 'Analytical Engines', matchedOn: [on] },
    ]);
    const error = failure(() => app.call('candidates.create', twin));
    expect(error.code).toBe('duplicate');
    expect(error.message).toContain('Ada Lovelace is already on file');
    expect(app.call('candidates.create', { ...twin, allowDuplicate: true }).name).toBe('Ada Lovelace');
  });

  it('someone with the same name elsewhere is not a duplicate, and nobody is their own', async () => {
    const app = await freshApp();
    const first = app.call('candidates.create', ada);
    expect(app.call('candidates.duplicates', { name: 'Ada Lovelace', currentEmployer: 'Other Co' })).toEqual([]);
    expect(app.call('candidates.duplicates', { name: 'Ada Lovelace', emails: ['ada@example.com'], exceptId: first.id })).toEqual([]);
    app.call('candidates.delete', { id: first.id });
    expect(app.call('candidates.duplicates', { name: 'X', emails: ['ada@example.com'] })).toEqual([]);
  });

  it('changing a candidate’s email updates what counts as a duplicate', async () => {
    const app = await freshApp();
    const first = app.call('candidates.create', ada);
    app.call('candidates.update', { id: first.id, emails: ['lovelace@new.example'] });
    expect(app.call('candidates.duplicates', { name: 'X', emails: ['ada@example.com'] })).toEqual([]);
    expect(app.call('candidates.duplicates', { name: 'X', emails: ['lovelace@new.example'] })).toHaveLength(1);
  });

  it('lists candidates filtered by name, title or employer, newest first', async () => {
    const app = await freshApp();
    app.call('candidates.create', ada);
    app.clock.advance(1000);
    app.call('candidates.create', { name: 'Grace Hopper', currentTitle: 'Rear Admiral', currentEmployer: 'US Navy' });
    expect(app.call('candidates.list', {}).items.map((c) => c.name)).toEqual(['Grace Hopper', 'Ada Lovelace']);
    expect(app.call('candidates.list', { query: 'navy' }).items.map((c) => c.name)).toEqual(['Grace Hopper']);
    expect(app.call('candidates.list', { sort: 'name', limit: 1 }).nextCursor).not.toBeNull();
  });

  it('a deleted candidate goes to the trash and comes back', async () => {
    const app = await freshApp();
    const candidate = app.call('candidates.create', ada);
    app.call('candidates.delete', { id: candidate.id });
    expect(app.call('trash.list', {})).toMatchObject([{ kind: 'candidate', name: 'Ada Lovelace', detail: 'Analytical Engines' }]);
    app.call('trash.restore', { kind: 'candidate', id: candidate.id });
    expect(app.call('candidates.list', {}).total).toBe(1);
  });
});

describe('resumes and other files', () => {
  const pdf = fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'resume.pdf'));
  const docx = fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'resume.docx'));

  it.each([
    ['a PDF', 'ada-resume.pdf', 'application/pdf', pdf],
    ['a Word document', 'ada-resume.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', docx],
  ])('copies %s into the data folder and reads its text for search', async (_, name, mimeType, bytes) => {
    const app = await freshApp();
    const candidate = app.call('candidates.create', ada);
    const file = app.call('files.attach', { candidateId: candidate.id, name, mimeType, dataBase64: bytes.toString('base64') });
    expect(file).toMatchObject({ name, mimeType, size: bytes.length });
    const stored = fs.readdirSync(filesDir(app.core));
    expect(stored).toHaveLength(1);
    expect(fs.readFileSync(path.join(filesDir(app.core), stored[0]!)).equals(bytes)).toBe(true);
    await app.core.background.settled();
    const text = app.core.db.prepare('SELECT text FROM files WHERE id = ?').pluck().get(file.id) as string;
    expect(text).toContain('Distributed systems engineer');
    expect(text).toContain('Rust');
    expect(app.call('candidates.get', { id: candidate.id }).files).toMatchObject([{ id: file.id, hasText: true }]);
  });

  it('keeps a file it cannot read, without text', async () => {
    const app = await freshApp();
    const candidate = app.call('candidates.create', ada);
    const file = app.call('files.attach', {
      candidateId: candidate.id,
      name: 'photo.png',
      mimeType: 'image/png',
      dataBase64: Buffer.from('not really a png').toString('base64'),
    });
    const broken = app.call('files.attach', {
      candidateId: candidate.id,
      name: 'broken.pdf',
      mimeType: 'application/pdf',
      dataBase64: Buffer.from('%PDF-1.7 truncated').toString('base64'),
    });
    await app.core.background.settled();
    expect(app.call('candidates.get', { id: candidate.id }).files.map((f) => [f.id, f.hasText])).toEqual([
      [broken.id, false],
      [file.id, false],
    ]);
  });

  it('refuses an empty or mangled upload, and files for a missing candidate', async () => {
    const app = await freshApp();
    const candidate = app.call('candidates.create', ada);
    const attach = (input: object) =>
      failure(() => app.call('files.attach', { candidateId: candidate.id, name: 'cv.pdf', dataBase64: 'AAAA', ...input }));
    expect(attach({ dataBase64: '' }).field).toBe('dataBase64');
    expect(attach({ dataBase64: 'not base64!' }).field).toBe('dataBase64');
    expect(attach({ candidateId: '01a20000-0000-7000-8000-000000000000' }).field).toBe('candidateId');
    expect(fs.existsSync(filesDir(app.core))).toBe(false);
  });

  it('removes a file to the trash and restores it', async () => {
    const app = await freshApp();
    const candidate = app.call('candidates.create', ada);
    const file = app.call('files.attach', { candidateId: candidate.id, name: 'cv.txt', mimeType: 'text/plain', dataBase64: 'SGVsbG8=' });
    app.call('files.delete', { id: file.id });
    expect(app.call('candidates.get', { id: candidate.id }).files).toEqual([]);
    expect(app.call('trash.list', {})).toMatchObject([{ kind: 'file', name: 'cv.txt', detail: 'Ada Lovelace' }]);
    app.call('trash.restore', { kind: 'file', id: file.id });
    expect(app.call('candidates.get', { id: candidate.id }).files).toHaveLength(1);
    await app.core.background.settled();
  });
});

describe('the candidate list’s filters', () => {
  async function people() {
    const app = await freshApp();
    const client = app.call('clients.create', { name: 'Acme' });
    const job = app.call('jobs.create', { clientId: client.id, title: 'Rust Engineer' });
    const add = (name: string, input: object = {}) => {
      app.clock.advance(86_400_000);
      return app.call('candidates.create', { name, ...input });
    };
    const ada = add('Ada Lovelace', { skills: ['Rust', 'Postgres'], location: 'London', owner: 'Sam' });
    const grace = add('Grace Hopper', { skills: ['rust', 'COBOL'], location: 'New York', owner: 'Alex' });
    const linus = add('Linus Torvalds', { skills: ['C'], location: 'Portland', owner: 'sam' });
    const first = app.call('submissions.create', { candidateId: ada.id, jobId: job.id, stage: 'submitted' });
    app.call('submissions.create', { candidateId: grace.id, jobId: job.id });
    app.call('submissions.move', { id: first.id, stage: 'offer' });
    return { app, ada, grace, linus };
  }
  const names = (app: TestApp, input: object) => app.call('candidates.list', { sort: 'name', ...input }).items.map((c) => c.name);

  it('filter by skills (all of them, any case), location, owner and the stage of their latest submission', async () => {
    const { app } = await people();
    expect(names(app, { skills: ['RUST'] })).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect(names(app, { skills: ['rust', 'postgres'] })).toEqual(['Ada Lovelace']);
    expect(names(app, { location: 'york' })).toEqual(['Grace Hopper']);
    expect(names(app, { owner: 'SAM' })).toEqual(['Ada Lovelace', 'Linus Torvalds']);
    expect(names(app, { stage: 'offer' })).toEqual(['Ada Lovelace']);
    expect(names(app, { stage: 'shortlisted' })).toEqual(['Grace Hopper']);
    expect(names(app, { updatedSince: '2026-11-25' })).toEqual(['Linus Torvalds']);
  });

  it('combine with the text query, which reads resumes too', async () => {
    const { app, linus } = await people();
    expect(names(app, { query: 'lovel', skills: ['rust'] })).toEqual(['Ada Lovelace']);
    expect(names(app, { query: 'grace', skills: ['postgres'] })).toEqual([]);
    const text = Buffer.from('Kernel maintainer since 1991').toString('base64');
    app.call('files.attach', { candidateId: linus.id, name: 'cv.txt', mimeType: 'text/plain', dataBase64: text });
    // A plain-text resume needs no reading in the background: it is found as soon as it is attached.
    expect(names(app, { query: 'kernel maint' })).toEqual(['Linus Torvalds']);
    expect(app.call('candidates.list', { query: 'kernel', owner: 'alex' }).total).toBe(0);
  });
});
