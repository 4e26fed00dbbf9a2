import { describe, expect, it } from 'vitest';
import { failure, freshApp, type TestApp } from './helpers';

const recents = (app: TestApp) => app.call('recents.list', {}).map((r) => [r.kind, r.title, r.context]);

describe('recently opened records', () => {
  it('lists what was opened last first, each once, with where it leads', async () => {
    const app = await freshApp();
    expect(app.call('recents.list', {})).toEqual([]);
    const acme = app.call('clients.create', { name: 'Acme' });
    const dana = app.call('contacts.create', { clientId: acme.id, name: 'Dana Whitfield' });
    const job = app.call('jobs.create', { clientId: acme.id, title: 'Warehouse Lead' });
    const ada = app.call('candidates.create', { name: 'Ada Lovelace', currentTitle: 'Engineer', currentEmployer: 'Initech' });
    app.call('recents.open', { kind: 'client', id: acme.id });
    app.call('recents.open', { kind: 'candidate', id: ada.id });
    app.call('recents.open', { kind: 'job', id: job.id });
    app.call('recents.open', { kind: 'contact', id: dana.id });
    app.call('recents.open', { kind: 'candidate', id: ada.id });
    expect(recents(app)).toEqual([
      ['candidate', 'Ada Lovelace', 'Engineer at Initech'],
      ['contact', 'Dana Whitfield', 'Contact at Acme'],
      ['job', 'Warehouse Lead', 'Job at Acme'],
      ['client', 'Acme', null],
    ]);
    expect(app.call('recents.list', {})[1]!.open).toEqual({ kind: 'client', id: acme.id });
  });

  it('shows the latest eight, passing over what went to the trash, and forgets an erased candidate', async () => {
    const app = await freshApp();
    const people = Array.from({ length: 12 }, (_, i) => app.call('candidates.create', { name: `Person ${i + 1}` }));
    for (const person of people) app.call('recents.open', { kind: 'candidate', id: person.id });
    expect(recents(app).map(([, name]) => name)).toEqual([12, 11, 10, 9, 8, 7, 6, 5].map((n) => `Person ${n}`));
    app.call('candidates.delete', { id: people[11]!.id });
    app.call('candidates.erase', { id: people[10]!.id });
    expect(recents(app).map(([, name]) => name)).toEqual([10, 9, 8, 7, 6, 5, 4, 3].map((n) => `Person ${n}`));
    expect(app.core.db.prepare('SELECT count(*) FROM recent_items WHERE record_id = ?').pluck().get(people[10]!.id)).toBe(0);
  });

  it('is kept across restarts', async () => {
    const app = await freshApp();
    const acme = app.call('clients.create', { name: 'Acme' });
    app.call('recents.open', { kind: 'client', id: acme.id });
    app.core.db.close();
    const again = await freshApp(app.file);
    expect(recents(again)).toEqual([['client', 'Acme', null]]);
  });

  it('keeps nothing for a record in the trash, and refuses what is not a record kind it keeps', async () => {
    const app = await freshApp();
    const acme = app.call('clients.create', { name: 'Acme' });
    app.call('clients.delete', { id: acme.id });
    // Its page says it is in the trash; opening it is no failure, and nothing is kept.
    expect(app.call('recents.open', { kind: 'client', id: acme.id })).toEqual({ ok: true });
    expect(failure(() => app.call('recents.open', { kind: 'note' as 'client', id: acme.id })).field).toBe('kind');
    expect(app.core.db.prepare('SELECT count(*) FROM recent_items').pluck().get()).toBe(0);
  });
});
