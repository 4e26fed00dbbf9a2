import { describe, expect, it } from 'vitest';
import { failure, freshApp } from './helpers';

async function recruiter() {
  const app = await freshApp();
  const add = (name: string, more: object = {}) => app.call('candidates.create', { name, allowDuplicate: true, ...more }).id;
  const people = { ada: add('Ada Lovelace', { currentTitle: 'Engineer', currentEmployer: 'Acme' }), grace: add('Grace Hopper'), alan: add('Alan Turing') };
  const list = app.call('shortlists.create', { name: 'Java for Northwind' });
  const addAll = (...ids: string[]) => app.call('bulk.addToShortlist', { selection: { kind: 'candidate', ids }, shortlistId: list.id });
  return { app, people, list, addAll };
}

describe('shortlists', () => {
  it('keep people in the order they were added, with who added them when', async () => {
    const { app, people, list, addAll } = await recruiter();
    expect(addAll(people.ada, people.grace).message).toBe('Added 2 candidates to Java for Northwind.');
    expect(addAll(people.grace, people.alan).message).toBe('Added 1 candidate to Java for Northwind. 1 candidate was on it already.');
    const shortlist = app.call('shortlists.get', { id: list.id });
    expect(shortlist.count).toBe(3);
    expect(shortlist.entries.map((e) => e.name)).toEqual(['Ada Lovelace', 'Grace Hopper', 'Alan Turing']);
    expect(shortlist.entries[0]).toMatchObject({ context: 'Engineer at Acme', addedBy: 'This computer', addedAt: app.clock.now().toISOString() });
    expect(app.call('shortlists.list', {})).toMatchObject([{ name: 'Java for Northwind', count: 3 }]);
    expect(app.call('shortlists.of', { kind: 'candidate', id: people.ada }).map((s) => s.name)).toEqual(['Java for Northwind']);
  });

  it('take the order the recruiter sets, moving only the entry moved', async () => {
    const { app, people, list, addAll } = await recruiter();
    addAll(people.ada, people.grace, people.alan);
    const [ada, grace, alan] = app.call('shortlists.get', { id: list.id }).entries;
    app.call('shortlists.move', { entryId: alan!.id, after: ada!.id, before: grace!.id });
    app.call('shortlists.move', { entryId: ada!.id, after: grace!.id });
    expect(app.call('shortlists.get', { id: list.id }).entries.map((e) => e.name)).toEqual(['Alan Turing', 'Grace Hopper', 'Ada Lovelace']);
    app.call('shortlists.move', { entryId: ada!.id, before: alan!.id });
    expect(app.call('shortlists.get', { id: list.id }).entries.map((e) => e.name)).toEqual(['Ada Lovelace', 'Alan Turing', 'Grace Hopper']);
    expect(failure(() => app.call('shortlists.move', { entryId: ada!.id }))).toMatchObject({ field: 'after' });
  });

  it('keep a note per entry; a person removed and added again goes to the bottom', async () => {
    const { app, people, list, addAll } = await recruiter();
    addAll(people.ada, people.grace);
    const [ada] = app.call('shortlists.get', { id: list.id }).entries;
    app.call('shortlists.note', { entryId: ada!.id, note: 'Wants remote' });
    expect(app.call('shortlists.get', { id: list.id }).entries[0]!.note).toBe('Wants remote');
    app.call('shortlists.remove', { entryId: ada!.id });
    expect(app.call('shortlists.get', { id: list.id }).entries.map((e) => e.name)).toEqual(['Grace Hopper']);
    addAll(people.ada);
    expect(app.call('shortlists.get', { id: list.id }).entries.map((e) => e.name)).toEqual(['Grace Hopper', 'Ada Lovelace']);
  });

  it('an add undone takes exactly those people off, and they can be added again', async () => {
    const { app, people, list, addAll } = await recruiter();
    addAll(people.ada);
    const summary = addAll(people.grace, people.alan);
    app.call('bulk.undo', { token: summary.undo! });
    expect(app.call('shortlists.get', { id: list.id }).entries.map((e) => e.name)).toEqual(['Ada Lovelace']);
    expect(addAll(people.alan).message).toBe('Added 1 candidate to Java for Northwind.');
    expect(app.call('shortlists.get', { id: list.id }).entries.map((e) => e.name)).toEqual(['Ada Lovelace', 'Alan Turing']);
  });

  it('leave out people in the trash until they are restored', async () => {
    const { app, people, list, addAll } = await recruiter();
    addAll(people.ada, people.grace);
    app.call('candidates.delete', { id: people.ada });
    expect(app.call('shortlists.get', { id: list.id })).toMatchObject({ count: 1, entries: [{ name: 'Grace Hopper' }] });
  });

  it('are submitted to a job in one step, those already on it skipped and named', async () => {
    const { app, people, list, addAll } = await recruiter();
    addAll(people.ada, people.grace, people.alan);
    const acme = app.call('clients.create', { name: 'Northwind' });
    const job = app.call('jobs.create', { clientId: acme.id, title: 'Java developer' });
    app.call('submissions.create', { candidateId: people.grace, jobId: job.id, stage: 'shortlisted' });
    const summary = app.call('shortlists.submit', { id: list.id, jobId: job.id });
    expect(summary.done).toBe(2);
    expect(summary.skipped).toEqual([{ id: people.grace, name: 'Grace Hopper', reason: 'Already on Java developer (Shortlisted).' }]);
    expect(app.call('candidates.get', { id: people.ada }).submissions.map((s) => s.jobTitle)).toEqual(['Java developer']);
  });

  it('take only their own kind of people', async () => {
    const { app, people } = await recruiter();
    const campaign = app.call('shortlists.create', { name: 'Q1 campaign', kind: 'contact' });
    expect(failure(() => app.call('bulk.addToShortlist', { selection: { kind: 'candidate', ids: [people.ada] }, shortlistId: campaign.id }))).toMatchObject({
      field: 'shortlistId',
      message: 'Q1 campaign is a list of contacts: add contacts to it.',
    });
  });
});

describe('tags', () => {
  it('are one tag whatever the case, complete from those in use, and rename or merge everywhere', async () => {
    const { app, people } = await recruiter();
    app.call('tags.set', { kind: 'candidate', id: people.ada, tags: ['Java', 'remote'] });
    app.call('tags.set', { kind: 'candidate', id: people.grace, tags: ['java ', 'JAVA'] });
    expect(app.call('tags.of', { kind: 'candidate', id: people.grace })).toEqual(['java']);
    expect(app.call('tags.suggest', { prefix: 'ja' })).toEqual([{ name: expect.stringMatching(/^java$/i), count: 2 }]);
    app.call('tags.rename', { from: 'remote', to: 'Java' });
    expect(app.call('tags.of', { kind: 'candidate', id: people.ada })).toEqual(['Java']);
    expect(app.call('tags.list', {})).toEqual([{ name: expect.stringMatching(/^java$/i), count: 2 }]);
    app.call('tags.set', { kind: 'candidate', id: people.ada, tags: [] });
    expect(app.call('candidates.list', { query: 'tag:java' }).items.map((c) => c.name)).toEqual(['Grace Hopper']);
  });

  it('go on clients and jobs too, and show on the candidate list', async () => {
    const { app, people } = await recruiter();
    const acme = app.call('clients.create', { name: 'Acme' });
    app.call('tags.set', { kind: 'client', id: acme.id, tags: ['Key account'] });
    expect(app.call('tags.of', { kind: 'client', id: acme.id })).toEqual(['Key account']);
    app.call('tags.set', { kind: 'candidate', id: people.ada, tags: ['hot'] });
    expect(app.call('candidates.list', { sort: 'name' }).items[0]).toMatchObject({ name: 'Ada Lovelace', tags: ['hot'] });
  });
});

describe('saved searches', () => {
  it('keep a query and its filters by name, with a live count', async () => {
    const { app, people } = await recruiter();
    app.call('tags.set', { kind: 'candidate', id: people.ada, tags: ['hot'] });
    const saved = app.call('savedSearches.save', { name: 'Hot', filters: { query: 'tag:hot' } });
    expect(saved).toMatchObject({ name: 'Hot', count: 1, filters: { query: 'tag:hot' } });
    app.call('tags.set', { kind: 'candidate', id: people.grace, tags: ['hot'] });
    expect(app.call('savedSearches.list', {})).toMatchObject([{ name: 'Hot', count: 2 }]);
    expect(failure(() => app.call('savedSearches.save', { name: 'Broken', filters: { query: 'tag:"hot' } }))).toMatchObject({ field: 'query' });
    app.call('savedSearches.delete', { id: saved.id });
    expect(app.call('savedSearches.list', {})).toEqual([]);
  });
});
