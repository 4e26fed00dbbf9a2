import { describe, expect, it } from 'vitest';
import { freshApp } from './helpers';

describe('the jobs list', () => {
  it('shows each job’s pipeline: in play, interviewing and placed, from each submission’s latest stage', async () => {
    const app = await freshApp();
    const acme = app.call('clients.create', { name: 'Acme' });
    const job = app.call('jobs.create', { clientId: acme.id, title: 'Backend engineer' });
    const quiet = app.call('jobs.create', { clientId: acme.id, title: 'Office manager' });
    const submit = (name: string, stage: 'shortlisted' | 'submitted') => {
      const candidate = app.call('candidates.create', { name, allowDuplicate: true });
      return app.call('submissions.create', { candidateId: candidate.id, jobId: job.id, stage });
    };
    submit('Ada', 'shortlisted');
    const grace = submit('Grace', 'submitted');
    const alan = submit('Alan', 'submitted');
    app.call('submissions.move', { id: grace.id, stage: 'interviewing' });
    app.call('submissions.move', { id: alan.id, stage: 'rejected', reason: 'Salary' });
    const byTitle = Object.fromEntries(app.call('jobs.list', {}).items.map((j) => [j.title, j.pipeline]));
    expect(byTitle).toEqual({
      'Backend engineer': { active: 2, interviewing: 1, placed: 0 },
      'Office manager': { active: 0, interviewing: 0, placed: 0 },
    });
    expect(quiet.title).toBe('Office manager');
  });
});
