import { describe, expect, it } from 'vitest';
import { freshApp } from './helpers';

const MINUTE = 60_000;

describe('stamps that survive a wrong laptop clock and a merge', () => {
  it('the latest intake revision is the last one saved, even after the clock was set back', async () => {
    const app = await freshApp();
    const client = app.call('clients.create', { name: 'Acme' });
    const job = app.call('jobs.create', { clientId: client.id, title: 'Rust Engineer' });
    app.call('intake.save', { jobId: job.id, mustHave: ['Rust'] });
    app.clock.advance(-5 * MINUTE);
    const revised = app.call('intake.save', { jobId: job.id, mustHave: ['Rust', 'Go'] });
    expect(revised).toMatchObject({ revision: 2, mustHave: ['Rust', 'Go'], changed: ['mustHave'] });
    expect(app.call('jobs.get', { id: job.id }).intake?.mustHave).toEqual(['Rust', 'Go']);
  });

  it('a submission’s stage and a job’s status follow the order of the moves, not the wall clock', async () => {
    const app = await freshApp();
    const client = app.call('clients.create', { name: 'Acme' });
    const job = app.call('jobs.create', { clientId: client.id, title: 'Rust Engineer' });
    const candidate = app.call('candidates.create', { name: 'Ada' });
    const submission = app.call('submissions.create', { candidateId: candidate.id, jobId: job.id });
    app.clock.advance(-5 * MINUTE);
    expect(app.call('submissions.move', { id: submission.id, stage: 'submitted' }).stage).toBe('submitted');
    app.call('jobs.update', { id: job.id, status: 'filled' });
    const detail = app.call('jobs.get', { id: job.id });
    expect(detail.job.status).toBe('filled');
    expect(detail.statusHistory.at(-1)?.status).toBe('filled');
  });

  it('a salary range is written and logged as one value, so a merge never splits it', async () => {
    const app = await freshApp();
    const client = app.call('clients.create', { name: 'Acme' });
    const job = app.call('jobs.create', { clientId: client.id, title: 'Rust Engineer', salary: { min: 90000, max: 100000, currency: 'EUR' } });
    app.call('jobs.update', { id: job.id, salary: { min: 90000, max: 110000, currency: 'EUR' } });
    const last = app.core.db
      .prepare(
        `SELECT field, value FROM changes WHERE entity = 'jobs' AND row_id = ?
         AND hlc = (SELECT max(hlc) FROM changes WHERE entity = 'jobs' AND row_id = ?) ORDER BY field`,
      )
      .all(job.id, job.id);
    expect(last).toEqual([
      { field: 'salary_currency', value: '"EUR"' },
      { field: 'salary_max', value: '110000' },
      { field: 'salary_min', value: '90000' },
    ]);
  });

  it('a renamed client logs its name and comparison key together', async () => {
    const app = await freshApp();
    const client = app.call('clients.create', { name: 'Acme' });
    app.call('clients.update', { id: client.id, name: 'Acme Robotics' });
    const fields = app.core.db
      .prepare(
        `SELECT field FROM changes WHERE row_id = ? AND hlc = (SELECT max(hlc) FROM changes WHERE row_id = ?) ORDER BY field`,
      )
      .pluck()
      .all(client.id, client.id);
    expect(fields).toEqual(['name', 'name_key']);
  });
});
