import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../src/db/migrations';
import { APPLICATION_ID } from '../../src/db/open';
import { freshApp, tempDir, type TestApp } from './helpers';
import { sync } from './sharing-helpers';

const DAY = 86_400_000;

/** A job whose intake mentions a union, and a candidate submitted to it whom the client wants convinced. */
function world(app: TestApp) {
  const client = app.call('clients.create', { name: 'Northwind Logistics' });
  const manager = app.call('contacts.create', { clientId: client.id, name: 'Max Manager', role: 'hiring_manager' });
  const job = app.call('jobs.create', { clientId: client.id, title: 'Warehouse Lead', hiringManagerId: manager.id });
  app.call('intake.save', {
    jobId: job.id,
    mustHave: ['Forklift licence'],
    hrWants: 'Someone at ease with the union steward',
    interviewStages: [{ name: 'Site walk', interviewerIds: [manager.id], interviewersNote: 'the night shift supervisor' }],
    dealBreakers: 'No weekend availability',
  });
  const ada = app.call('candidates.create', { name: 'Ada Lovelace' });
  const submission = app.call('submissions.create', { candidateId: ada.id, jobId: job.id, stage: 'submitted' });
  app.clock.advance(DAY);
  app.call('feedback.add', {
    submissionId: submission.id,
    contactId: manager.id,
    sentiment: 'mixed',
    concerns: ['Notice period'],
    text: 'Strong, but we need to convince her about the commute',
  });
  return { client, manager, job, ada, submission };
}

const found = (app: TestApp, query: string) => app.call('search.query', { query }).map((r) => [r.kind, r.id]);
const titles = (app: TestApp, query: string) => app.call('search.query', { query }).map((r) => r.title.replace(/[\uE000\uE001]/g, ''));

describe('search finds everything a recruiter typed', () => {
  it('finds the job whose intake mentions a word, says it matched in the intake, and opens the job', async () => {
    const app = await freshApp();
    const { job } = world(app);
    const [hit, ...rest] = app.call('search.query', { query: 'union' });
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({
      kind: 'intake',
      id: job.id,
      title: 'Warehouse Lead',
      context: 'In the intake · Job at Northwind Logistics',
      open: { kind: 'job', id: job.id },
    });
    expect(hit!.snippet).toContain('\uE000union\uE001');
    // Every text section: skills, deal-breakers, who interviews; never the interviewers' ids.
    for (const word of ['forklift', 'weekend', 'supervisor']) expect(found(app, word)).toContainEqual(['intake', job.id]);
  });

  it('finds what a client said in feedback, names who said it, and opens the submission', async () => {
    const app = await freshApp();
    const { submission } = world(app);
    expect(app.call('search.query', { query: 'convince' })).toEqual([
      expect.objectContaining({
        kind: 'feedback',
        title: 'Ada Lovelace for Warehouse Lead',
        context: 'In feedback from Max Manager at Northwind Logistics',
        open: { kind: 'submission', id: submission.id },
      }),
    ]);
    expect(found(app, 'notice period')).toEqual([['feedback', expect.any(String)]]);
  });

  it('a revised intake is found by its words of now, not by those it replaced', async () => {
    const app = await freshApp();
    const { job } = world(app);
    app.call('intake.save', { jobId: job.id, hrWants: 'Fits a team with a works council', reason: 'HR changed its mind' });
    expect(found(app, 'union')).toEqual([]);
    expect(found(app, 'works council')).toEqual([['intake', job.id]]);
    expect(found(app, 'changed its mind')).toEqual([['intake', job.id]]);
  });

  it('intake and feedback leave search with their job, client or candidate in the trash, and come back on restore', async () => {
    const app = await freshApp();
    const { job, client, ada } = world(app);
    app.call('jobs.delete', { id: job.id });
    expect(found(app, 'union')).toEqual([]);
    expect(found(app, 'convince')).toEqual([]);
    app.call('trash.restore', { kind: 'job', id: job.id });
    expect(found(app, 'union')).toEqual([['intake', job.id]]);
    expect(found(app, 'convince')).toHaveLength(1);

    app.call('clients.delete', { id: client.id });
    expect(found(app, 'union')).toEqual([]);
    expect(found(app, 'convince')).toEqual([]);
    app.call('trash.restore', { kind: 'client', id: client.id });
    expect(found(app, 'convince')).toHaveLength(1);

    app.call('candidates.delete', { id: ada.id });
    expect(found(app, 'convince')).toEqual([]);
    expect(found(app, 'union')).toEqual([['intake', job.id]]);
  });

  it('an erased candidate’s feedback leaves the index', async () => {
    const app = await freshApp();
    const { ada } = world(app);
    app.call('candidates.erase', { id: ada.id });
    expect(found(app, 'convince')).toEqual([]);
    expect(app.core.db.prepare("SELECT count(*) FROM search_index WHERE kind = 'feedback'").pluck().get()).toBe(0);
  });

  it('a colleague’s intake and feedback are searchable once their export is merged, revisions included', async () => {
    const ann = await freshApp();
    const bob = await freshApp();
    const { job } = world(ann);
    sync(ann, bob);
    expect(found(bob, 'union')).toEqual([['intake', job.id]]);
    expect(found(bob, 'convince')).toHaveLength(1);
    ann.clock.advance(DAY);
    ann.call('intake.save', { jobId: job.id, hrWants: 'Fits a team with a works council' });
    sync(ann, bob);
    expect(found(bob, 'union')).toEqual([]);
    expect(found(bob, 'council')).toEqual([['intake', job.id]]);
  });

  it('a database from before this version has its intake and feedback indexed by the upgrade', async () => {
    const file = path.join(tempDir(), 'shortlist.db');
    const db = new Database(file);
    db.transaction(() => {
      for (const migration of migrations.filter((m) => m.version <= 15)) migration.up(db);
      db.pragma('user_version = 15');
      db.pragma(`application_id = ${APPLICATION_ID}`);
      const stamps = "'h', '2026-01-01', 'd', '2026-01-01', 'd'";
      const columns = 'created_hlc, created_at, created_by, updated_at, updated_by';
      db.exec(`
        INSERT INTO clients (id, name, name_key, status, ${columns}) VALUES ('c1', 'Initech', 'initech', 'active', ${stamps});
        INSERT INTO jobs (id, client_id, title, status, openings, employment_type, priority, opened_on, ${columns})
          VALUES ('j1', 'c1', 'Warehouse Lead', 'open', 1, 'permanent', 'normal', '2026-01-01', ${stamps});
        INSERT INTO intakes (id, job_id, held_on, attendee_ids, sections, ${columns})
          VALUES ('i1', 'j1', '2026-01-01', '[]', '{"hrWants": "At ease with the union"}', ${stamps});
        INSERT INTO candidates (id, name, name_key, emails, phones, skills, links, ${columns})
          VALUES ('p1', 'Ada Lovelace', 'ada lovelace', '[]', '[]', '[]', '[]', ${stamps});
        INSERT INTO submissions (id, candidate_id, job_id, ${columns}) VALUES ('s1', 'p1', 'j1', ${stamps});
        INSERT INTO feedback (id, submission_id, received_on, sentiment, concerns, text, ${columns})
          VALUES ('f1', 's1', '2026-01-02', 'mixed', '[]', 'We need to convince the manager', ${stamps});
        -- As version 15 left it: the queue empty, the candidate indexed, intake and feedback not.
        DELETE FROM search_queue;
        INSERT INTO search_keys (kind, record_id) VALUES ('candidate', 'p1');
        INSERT INTO search_index (rowid, kind, record_id, title, body) SELECT id, kind, record_id, 'Ada Lovelace', '' FROM search_keys;`);
    })();
    db.close();
    const app = await freshApp(file);
    expect(found(app, 'union')).toEqual([['intake', 'j1']]);
    expect(found(app, 'convince')).toEqual([['feedback', 'f1']]);
    // The names' words are read from the index as it stood.
    expect(titles(app, 'Lovelcae')).toEqual(['Ada Lovelace']);
  });
});
