import { describe, expect, it } from 'vitest';
import { freshApp } from './helpers';

describe('undoing a bulk move to the trash', () => {
  it('brings back what it can, and names the client whose name was taken since, left in the trash', async () => {
    const app = await freshApp();
    const [acme, globex] = ['Acme', 'Globex', 'Initech'].map((name) => app.call('clients.create', { name }));
    const summary = app.call('bulk.trash', { selection: { kind: 'client', ids: [acme!.id, globex!.id] } });
    expect(summary.done).toBe(2);
    // Meanwhile another client is given the first one's name.
    const newAcme = app.call('clients.create', { name: 'ACME' });

    const undone = app.call('bulk.undo', { token: summary.undo! });
    expect(undone.done).toBe(1);
    expect(undone.message).toMatch(/1 client stays in the trash\.$/);
    expect(undone.skipped).toEqual([
      {
        id: acme!.id,
        name: 'Acme',
        reason: 'There is already a client called “ACME”. It stays in the trash: rename one of them, then restore it from there.',
      },
    ]);
    expect(undone.skippedCount).toBe(1);
    const live = app.call('clients.list', { sort: 'name' }).items.map((c) => c.id);
    expect(live.sort()).toEqual([globex!.id, newAcme.id, app.call('clients.list', { query: 'Initech' }).items[0]!.id].sort());
    expect(app.call('trash.list', {}).map((t) => t.id)).toEqual([acme!.id]);

    // Renamed, the new one frees the name, and the old one comes back from the trash by hand.
    app.call('clients.update', { id: newAcme.id, name: 'Acme Robotics' });
    app.call('trash.restore', { kind: 'client', id: acme!.id });
    expect(app.call('trash.list', {})).toEqual([]);
  });

  it('an action undone with nothing left behind says only what it undid', async () => {
    const app = await freshApp();
    const client = app.call('clients.create', { name: 'Acme' });
    const summary = app.call('bulk.trash', { selection: { kind: 'client', ids: [client.id] } });
    const undone = app.call('bulk.undo', { token: summary.undo! });
    expect(undone).toMatchObject({ message: `Undone: ${summary.message}`, done: 1, skipped: [], skippedCount: 0 });
  });
});
