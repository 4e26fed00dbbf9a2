import { describe, expect, it } from 'vitest';
import { failure, freshApp } from './helpers';

/** A book of four clients (two in Berlin), a contact at each, and a job at each. */
async function book() {
  const app = await freshApp();
  const clients = ['Acme Berlin', 'Borg Berlin', 'Cyan Lyon', 'Dune Oslo'].map((name) =>
    app.call('clients.create', { name, location: name.split(' ')[1]! }),
  );
  const contacts = clients.map((c) => app.call('contacts.create', { clientId: c.id, name: `HR of ${c.name}`, role: 'hr' }));
  const jobs = clients.map((c, i) => app.call('jobs.create', { clientId: c.id, title: `Engineer ${i}`, priority: i === 2 ? 'urgent' : 'normal' }));
  return { app, clients, contacts, jobs };
}

describe('selecting many clients, contacts and jobs', () => {
  it('tags every client matching the list’s search, less the ones unticked, and the list filters by the tag', async () => {
    const { app, clients } = await book();
    const berlin = { kind: 'client' as const, matching: { query: 'berlin' } };
    expect(app.call('selection.count', { selection: berlin }).count).toBe(2);
    const summary = app.call('bulk.tag', { selection: { ...berlin, except: [clients[1]!.id] }, tags: ['Key account'] });
    expect(summary.message).toBe('Tagged 1 client “Key account”.');
    const listed = app.call('clients.list', { tag: 'key account' });
    expect(listed.items.map((c) => [c.name, c.tags])).toEqual([['Acme Berlin', ['Key account']]]);
    app.call('bulk.undo', { token: summary.undo! });
    expect(app.call('clients.list', { tag: 'key account' }).total).toBe(0);
  });

  it('moves picked clients to the trash, and Undo brings them back', async () => {
    const { app, clients } = await book();
    const summary = app.call('bulk.trash', { selection: { kind: 'client', ids: [clients[0]!.id, clients[3]!.id] } });
    expect(summary.message).toBe('Moved 2 clients to the trash.');
    expect(app.call('clients.list', {}).items.map((c) => c.name)).toEqual(['Borg Berlin', 'Cyan Lyon']);
    app.call('bulk.undo', { token: summary.undo! });
    expect(app.call('clients.list', {}).total).toBe(4);
  });

  it('gives every job matching the filters an owner, and Undo sets it back', async () => {
    const { app, jobs } = await book();
    app.call('jobs.update', { id: jobs[0]!.id, owner: 'Sam' });
    const summary = app.call('bulk.setOwner', { selection: { kind: 'job', matching: { status: 'open' } }, owner: 'Kim' });
    expect(summary.message).toBe('Gave 4 jobs to Kim.');
    expect(app.call('jobs.list', {}).items.map((j) => j.owner)).toEqual(['Kim', 'Kim', 'Kim', 'Kim']);
    app.call('bulk.undo', { token: summary.undo! });
    expect(app.call('jobs.get', { id: jobs[0]!.id }).job.owner).toBe('Sam');
    expect(app.call('jobs.get', { id: jobs[1]!.id }).job.owner).toBeNull();
  });

  it('refuses an owner for clients and contacts, which have none, and writes nothing', async () => {
    const { app, contacts } = await book();
    const error = failure(() => app.call('bulk.setOwner', { selection: { kind: 'contact', ids: [contacts[0]!.id] }, owner: 'Kim' }));
    expect(error.message).toContain('Only candidates and jobs can be given an owner');
  });

  it('logs a call with picked contacts and trashes them; Undo brings them back to their client', async () => {
    const { app, clients, contacts } = await book();
    const picked = { kind: 'contact' as const, ids: [contacts[0]!.id, contacts[1]!.id] };
    expect(app.call('bulk.note', { selection: picked, body: 'Called about Q3 hiring', kind: 'call' }).done).toBe(2);
    const trashed = app.call('bulk.trash', { selection: picked });
    expect(app.call('clients.get', { id: clients[0]!.id }).contacts).toEqual([]);
    app.call('bulk.undo', { token: trashed.undo! });
    expect(app.call('clients.get', { id: clients[0]!.id }).contacts.map((c) => c.name)).toEqual(['HR of Acme Berlin']);
  });
});

describe('the jobs list’s sort options', () => {
  it('sorts by priority (urgent first), client, pipeline in play and last activity', async () => {
    const { app, jobs } = await book();
    const titles = (sort: 'priority' | 'client' | 'pipeline' | 'activity') => app.call('jobs.list', { sort }).items.map((j) => j.title);
    expect(titles('priority')[0]).toBe('Engineer 2');
    expect(titles('client')).toEqual(['Engineer 0', 'Engineer 1', 'Engineer 2', 'Engineer 3']);
    const ada = app.call('candidates.create', { name: 'Ada' });
    const bob = app.call('candidates.create', { name: 'Bob' });
    for (const candidate of [ada, bob]) app.call('submissions.create', { candidateId: candidate.id, jobId: jobs[3]!.id });
    app.call('submissions.create', { candidateId: ada.id, jobId: jobs[1]!.id });
    expect(titles('pipeline').slice(0, 2)).toEqual(['Engineer 3', 'Engineer 1']);
    app.clock.advance(60_000);
    app.call('notes.add', { about: { kind: 'job', id: jobs[0]!.id }, body: 'Client wants two more CVs' });
    expect(titles('activity')[0]).toBe('Engineer 0');
  });

  it('pages through a computed sort without skipping or repeating a job', async () => {
    const { app } = await book();
    const first = app.call('jobs.list', { sort: 'pipeline', limit: 3 });
    const rest = app.call('jobs.list', { sort: 'pipeline', limit: 3, cursor: first.nextCursor! });
    expect(new Set([...first.items, ...rest.items].map((j) => j.id)).size).toBe(4);
  });
});

describe('the stage filter at scale', () => {
  it('a candidate’s stage is their latest move on any job: an older offer on one job does not count once they move on another', async () => {
    const { app, jobs } = await book();
    const ada = app.call('candidates.create', { name: 'Ada' });
    const bob = app.call('candidates.create', { name: 'Bob' });
    const adaFirst = app.call('submissions.create', { candidateId: ada.id, jobId: jobs[0]!.id });
    app.clock.advance(60_000);
    app.call('submissions.move', { id: adaFirst.id, stage: 'offer' });
    app.clock.advance(60_000);
    app.call('submissions.create', { candidateId: ada.id, jobId: jobs[1]!.id, stage: 'submitted' });
    const bobs = app.call('submissions.create', { candidateId: bob.id, jobId: jobs[0]!.id });
    app.clock.advance(60_000);
    app.call('submissions.move', { id: bobs.id, stage: 'offer' });
    const named = (query: string) => app.call('candidates.list', { query, sort: 'name' }).items.map((c) => c.name);
    expect(named('stage:offer')).toEqual(['Bob']);
    expect(named('stage:submitted')).toEqual(['Ada']);
    expect(app.call('selection.count', { selection: { kind: 'candidate', matching: { query: 'stage:offer' } } }).count).toBe(1);
  });
});
