import { describe, expect, it } from 'vitest';
import { failure, freshApp, type TestApp } from './helpers';

function clientWithContacts(app: TestApp, name = 'Acme') {
  const client = app.call('clients.create', { name, fee: { type: 'percentage', percent: 20 }, guaranteeDays: 90 });
  const manager = app.call('contacts.create', { clientId: client.id, name: 'Max Manager', role: 'hiring_manager' });
  const hr = app.call('contacts.create', { clientId: client.id, name: 'Hana HR', role: 'hr' });
  return { client, manager, hr };
}

describe('jobs', () => {
  it('a job belongs to a client and starts open, today, with the client’s fee', async () => {
    const app = await freshApp();
    const { client, manager, hr } = clientWithContacts(app);
    const job = app.call('jobs.create', {
      clientId: client.id,
      title: 'Senior Rust Engineer',
      openings: 2,
      location: 'Berlin',
      remotePolicy: 'hybrid',
      salary: { min: 80000, max: 95000, currency: 'eur' },
      priority: 'high',
      targetFillOn: '2027-01-31',
      hiringManagerId: manager.id,
      hrContactId: hr.id,
      owner: 'Sam Recruiter',
    });
    expect(job).toMatchObject({
      clientName: 'Acme',
      status: 'open',
      employmentType: 'permanent',
      openedOn: '2026-11-22',
      fee: { type: 'percentage', percent: 20 },
      salary: { min: 80000, max: 95000, currency: 'EUR' },
    });
    const detail = app.call('jobs.get', { id: job.id });
    expect(detail.hiringManager?.name).toBe('Max Manager');
    expect(detail.hrContact?.name).toBe('Hana HR');
    expect(detail.statusHistory).toEqual([{ status: 'open', changedAt: '2026-11-22T09:00:00.000Z' }]);
  });

  it('the fee can be negotiated per job, or left off', async () => {
    const app = await freshApp();
    const { client } = clientWithContacts(app);
    const flat = app.call('jobs.create', { clientId: client.id, title: 'CTO', fee: { type: 'flat', amount: 40000, currency: 'USD' } });
    expect(flat.fee).toEqual({ type: 'flat', amount: 40000, currency: 'USD' });
    expect(app.call('jobs.create', { clientId: client.id, title: 'Intern', fee: null }).fee).toBeNull();
  });

  it('keeps the date of every status change', async () => {
    const app = await freshApp();
    const { client } = clientWithContacts(app);
    const job = app.call('jobs.create', { clientId: client.id, title: 'Data Engineer' });
    app.clock.advance(86_400_000);
    app.call('jobs.update', { id: job.id, status: 'on_hold' });
    app.clock.advance(86_400_000);
    app.call('jobs.update', { id: job.id, status: 'on_hold', title: 'Data Engineer II' });
    app.call('jobs.update', { id: job.id, status: 'open' });
    expect(app.call('jobs.get', { id: job.id }).statusHistory).toEqual([
      { status: 'open', changedAt: '2026-11-22T09:00:00.000Z' },
      { status: 'on_hold', changedAt: '2026-11-23T09:00:00.000Z' },
      { status: 'open', changedAt: '2026-11-24T09:00:00.000Z' },
    ]);
  });

  it('cannot point at a contact of another client', async () => {
    const app = await freshApp();
    const acme = clientWithContacts(app, 'Acme');
    const globex = clientWithContacts(app, 'Globex');
    const error = failure(() =>
      app.call('jobs.create', { clientId: acme.client.id, title: 'PM', hiringManagerId: globex.manager.id }),
    );
    expect(error).toMatchObject({ code: 'invalid_input', field: 'hiringManagerId', message: 'Choose one of Acme’s contacts.' });
    const job = app.call('jobs.create', { clientId: acme.client.id, title: 'PM' });
    expect(failure(() => app.call('jobs.update', { id: job.id, hrContactId: globex.hr.id })).field).toBe('hrContactId');
    expect(app.call('jobs.list', {}).total).toBe(1);
  });

  it('a hiring manager who left the client does not block editing the job', async () => {
    const app = await freshApp();
    const { client, manager, hr } = clientWithContacts(app);
    const job = app.call('jobs.create', { clientId: client.id, title: 'PM', hiringManagerId: manager.id });
    app.call('contacts.delete', { id: manager.id });
    const { job: current, hiringManager } = app.call('jobs.get', { id: job.id });
    expect(hiringManager).toBeNull();
    expect(app.call('jobs.update', { id: job.id, title: 'Senior PM', hiringManagerId: current.hiringManagerId }).title).toBe('Senior PM');
    // ...but cannot be chosen anew for another job.
    expect(failure(() => app.call('jobs.create', { clientId: client.id, title: 'QA', hiringManagerId: manager.id })).field).toBe(
      'hiringManagerId',
    );
    expect(app.call('jobs.update', { id: job.id, hrContactId: hr.id }).hrContactId).toBe(hr.id);
  });

  it('names the field at fault for bad job details', async () => {
    const app = await freshApp();
    const { client } = clientWithContacts(app);
    const bad = (input: object) => failure(() => app.call('jobs.create', { clientId: client.id, title: 'X', ...input }));
    expect(bad({ title: '' }).field).toBe('title');
    expect(bad({ openings: 0 }).field).toBe('openings');
    expect(bad({ salary: { min: 90000, max: 70000, currency: 'EUR' } })).toMatchObject({
      field: 'salary.max',
      message: 'The highest salary must not be below the lowest',
    });
    expect(bad({ salary: { min: null, max: null, currency: 'EUR' } }).field).toBe('salary.min');
    expect(bad({ employmentType: 'gig' }).field).toBe('employmentType');
    expect(bad({ openedOn: '2026-11-20', targetFillOn: '2026-11-01' }).field).toBe('targetFillOn');
    const job = app.call('jobs.create', { clientId: client.id, title: 'X' });
    expect(failure(() => app.call('jobs.update', { id: job.id, openedOn: null as never })).field).toBe('openedOn');
    expect(failure(() => app.call('jobs.create', { clientId: '01a20000-0000-7000-8000-000000000000', title: 'X' })).field).toBe(
      'clientId',
    );
  });

  it('lists jobs across clients, filtered and sorted by target date, undated last', async () => {
    const app = await freshApp();
    const acme = clientWithContacts(app, 'Acme').client;
    const globex = clientWithContacts(app, 'Globex').client;
    app.call('jobs.create', { clientId: acme.id, title: 'No date' });
    app.call('jobs.create', { clientId: acme.id, title: 'Late', targetFillOn: '2027-03-01', priority: 'urgent' });
    app.call('jobs.create', { clientId: globex.id, title: 'Soon', targetFillOn: '2026-12-15' });
    const held = app.call('jobs.create', { clientId: globex.id, title: 'Held', targetFillOn: '2027-01-10' });
    app.call('jobs.update', { id: held.id, status: 'on_hold' });

    const titles = (input: object) => app.call('jobs.list', input).items.map((j) => j.title);
    expect(titles({})).toEqual(['Soon', 'Held', 'Late', 'No date']);
    expect(titles({ clientId: acme.id })).toEqual(['Late', 'No date']);
    expect(titles({ status: 'open' })).toEqual(['Soon', 'Late', 'No date']);
    expect(titles({ priority: 'urgent' })).toEqual(['Late']);

    const first = app.call('jobs.list', { limit: 3 });
    expect(first.total).toBe(4);
    expect(app.call('jobs.list', { limit: 3, cursor: first.nextCursor! }).items.map((j) => j.title)).toEqual(['No date']);

    app.call('clients.delete', { id: globex.id });
    expect(titles({})).toEqual(['Late', 'No date']);
  });

  it('a deleted job goes to the trash and comes back', async () => {
    const app = await freshApp();
    const { client } = clientWithContacts(app);
    const job = app.call('jobs.create', { clientId: client.id, title: 'QA Lead' });
    app.call('jobs.delete', { id: job.id });
    expect(app.call('jobs.list', {}).total).toBe(0);
    expect(failure(() => app.call('jobs.get', { id: job.id })).code).toBe('not_found');
    expect(app.call('trash.list', {})).toMatchObject([{ kind: 'job', name: 'QA Lead', detail: 'Acme' }]);
    app.call('trash.restore', { kind: 'job', id: job.id });
    expect(app.call('jobs.get', { id: job.id }).job.title).toBe('QA Lead');
  });

  it('takes notes like a client does', async () => {
    const app = await freshApp();
    const { client } = clientWithContacts(app);
    const job = app.call('jobs.create', { clientId: client.id, title: 'QA Lead' });
    app.call('notes.add', { about: { kind: 'job', id: job.id }, body: 'Budget approved' });
    expect(app.call('notes.list', { about: { kind: 'job', id: job.id } })).toMatchObject([
      { body: 'Budget approved', about: { kind: 'job', name: 'QA Lead' } },
    ]);
  });
});
