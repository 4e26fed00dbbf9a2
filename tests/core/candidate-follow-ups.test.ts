import { describe, expect, it } from 'vitest';
import { freshApp } from './helpers';

describe('a candidate’s follow-ups', () => {
  it('include those about their submissions, and no one else’s', async () => {
    const app = await freshApp();
    const client = app.call('clients.create', { name: 'Acme' });
    const job = app.call('jobs.create', { clientId: client.id, title: 'Rust Engineer' });
    const ada = app.call('candidates.create', { name: 'Ada Lovelace' });
    const bob = app.call('candidates.create', { name: 'Bob Stone' });
    const adas = app.call('submissions.create', { candidateId: ada.id, jobId: job.id, stage: 'shortlisted' });
    const bobs = app.call('submissions.create', { candidateId: bob.id, jobId: job.id, stage: 'shortlisted' });
    const reminder = (title: string, about: { kind: 'candidate' | 'submission'; id: string }) =>
      app.call('reminders.create', { title, about, dueOn: '2026-11-25', timeZone: 'UTC' });
    reminder('Call Ada about her notice period', { kind: 'candidate', id: ada.id });
    reminder('Send Ada the interview prep', { kind: 'submission', id: adas.id });
    reminder('Call Bob', { kind: 'candidate', id: bob.id });
    reminder('Send Bob the interview prep', { kind: 'submission', id: bobs.id });

    const titles = app.call('reminders.list', { about: { kind: 'candidate', id: ada.id } }).map((r) => r.title);
    expect(titles.sort()).toEqual(['Call Ada about her notice period', 'Send Ada the interview prep']);
    // By index on both sides of the OR: never a scan of every reminder.
    const plan = app.core.db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT id FROM reminders r WHERE r.deleted_at IS NULL AND ((r.subject_type = 'candidate' AND r.subject_id = ?) OR
         (r.subject_type = 'submission' AND r.subject_id IN (SELECT id FROM submissions WHERE candidate_id = ? AND deleted_at IS NULL)))`,
      )
      .all(ada.id, ada.id)
      .map((row) => (row as { detail: string }).detail);
    expect(plan.join('\n')).not.toMatch(/SCAN r\b/);
    // The submission's own list is still just its own.
    expect(app.call('reminders.list', { about: { kind: 'submission', id: adas.id } }).map((r) => r.title)).toEqual(['Send Ada the interview prep']);
  });

  it('leave out those of a submission in the trash', async () => {
    const app = await freshApp();
    const client = app.call('clients.create', { name: 'Acme' });
    const job = app.call('jobs.create', { clientId: client.id, title: 'Rust Engineer' });
    const ada = app.call('candidates.create', { name: 'Ada Lovelace' });
    const submission = app.call('submissions.create', { candidateId: ada.id, jobId: job.id, stage: 'shortlisted' });
    app.call('reminders.create', { title: 'Send Ada the prep', about: { kind: 'submission', id: submission.id }, dueOn: '2026-11-25', timeZone: 'UTC' });
    app.core.db.prepare('UPDATE submissions SET deleted_at = ? WHERE id = ?').run('2026-11-22T10:00:00.000Z', submission.id);
    expect(app.call('reminders.list', { about: { kind: 'candidate', id: ada.id } })).toEqual([]);
  });
});
