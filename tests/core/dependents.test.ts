import { describe, expect, it } from 'vitest';
import { freshApp, type TestApp } from './helpers';

/** A client with an open job, a candidate interviewing for it tomorrow, and one rejected. */
function world(app: TestApp) {
  const client = app.call('clients.create', { name: 'Northwind Logistics' });
  const manager = app.call('contacts.create', { clientId: client.id, name: 'Dana Whitfield', role: 'hiring_manager' });
  const hr = app.call('contacts.create', { clientId: client.id, name: 'Priya Nair', role: 'hr' });
  const other = app.call('contacts.create', { clientId: client.id, name: 'Tom Berg', role: 'executive' });
  const job = app.call('jobs.create', { clientId: client.id, title: 'Senior Backend Engineer', hiringManagerId: manager.id, hrContactId: hr.id });
  const ada = app.call('candidates.create', { name: 'Ada Lovelace' });
  const grace = app.call('candidates.create', { name: 'Grace Hopper' });
  const live = app.call('submissions.create', { candidateId: ada.id, jobId: job.id, stage: 'submitted' });
  app.call('interviews.schedule', {
    submissionId: live.id,
    startsAt: '2026-11-23T14:00:00Z',
    timeZone: 'UTC',
    interviewerIds: [manager.id],
    format: 'video',
  });
  const closed = app.call('submissions.create', { candidateId: grace.id, jobId: job.id, stage: 'submitted' });
  app.call('submissions.move', { id: closed.id, stage: 'rejected', reason: 'Not enough Kafka' });
  return { client, manager, hr, other, job, ada, grace };
}

describe('what hangs on a record before it goes to the trash', () => {
  it('a client: its open jobs, live submissions and upcoming interviews', async () => {
    const app = await freshApp();
    const { client } = world(app);
    expect(app.call('trash.dependents', { kind: 'client', id: client.id }).items).toEqual([
      '1 open job',
      '1 live submission',
      '1 upcoming interview',
    ]);
  });

  it('a job and a candidate: live submissions and upcoming interviews; a rejected one is not live', async () => {
    const app = await freshApp();
    const { job, ada, grace } = world(app);
    expect(app.call('trash.dependents', { kind: 'job', id: job.id }).items).toEqual(['1 live submission', '1 upcoming interview']);
    expect(app.call('trash.dependents', { kind: 'candidate', id: ada.id }).items).toEqual(['1 live submission', '1 upcoming interview']);
    expect(app.call('trash.dependents', { kind: 'candidate', id: grace.id }).items).toEqual([]);
  });

  it('a contact: the open jobs they are hiring manager or HR contact of', async () => {
    const app = await freshApp();
    const { manager, hr, other } = world(app);
    expect(app.call('trash.dependents', { kind: 'contact', id: manager.id }).items).toEqual(['hiring manager on 1 open job']);
    expect(app.call('trash.dependents', { kind: 'contact', id: hr.id }).items).toEqual(['HR contact on 1 open job']);
    expect(app.call('trash.dependents', { kind: 'contact', id: other.id }).items).toEqual([]);
  });

  it('an interview already past, and a filled job, hang on nothing', async () => {
    const app = await freshApp();
    const { client, job } = world(app);
    app.clock.advance(3 * 86_400_000);
    app.call('jobs.update', { id: job.id, status: 'filled' });
    expect(app.call('trash.dependents', { kind: 'client', id: client.id }).items).toEqual(['1 live submission']);
  });
});
