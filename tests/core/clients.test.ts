import { describe, expect, it } from 'vitest';
import { clientEntity } from '../../src/clients/clients';
import { failure, fieldStamps, freshApp } from './helpers';

describe('clients', () => {
  it('creates a client with fee terms and reads it back', async () => {
    const app = await freshApp();
    const created = app.call('clients.create', {
      name: '  Acme Robotics ',
      industry: 'Robotics',
      website: 'acme.example',
      status: 'active',
      fee: { type: 'percentage', percent: 22.5 },
      guaranteeDays: 90,
      relationship: 'Prefers calls on Tuesdays',
    });
    expect(created).toMatchObject({
      name: 'Acme Robotics',
      website: 'https://acme.example',
      status: 'active',
      fee: { type: 'percentage', percent: 22.5 },
      guaranteeDays: 90,
      createdAt: '2026-11-22T09:00:00.000Z',
    });
    expect(app.call('clients.get', { id: created.id }).client).toEqual(created);
  });

  it('a new client is a prospect with no fee terms until told otherwise', async () => {
    const app = await freshApp();
    expect(app.call('clients.create', { name: 'Globex' })).toMatchObject({ status: 'prospect', fee: null, industry: null });
  });

  it('names the field at fault when input is bad', async () => {
    const app = await freshApp();
    expect(failure(() => app.call('clients.create', { name: '   ' }))).toMatchObject({
      code: 'invalid_input',
      field: 'name',
      message: 'Enter the client’s name',
    });
    expect(failure(() => app.call('clients.create', { name: 'X', website: 'not a site' })).field).toBe('website');
    expect(failure(() => app.call('clients.create', { name: 'X', fee: { type: 'percentage', percent: 140 } })).field).toBe(
      'fee.percent',
    );
    expect(failure(() => app.call('clients.create', { name: 'X', fee: { type: 'flat', amount: 9000, currency: 'dollars' } })).field).toBe(
      'fee.currency',
    );
    expect(failure(() => app.call('clients.create', { name: 'X', status: 'hot' as never })).field).toBe('status');
    expect(failure(() => app.call('clients.create', { name: 'X', guaranteeDays: 1.5 })).field).toBe('guaranteeDays');
    expect(app.call('clients.list', {}).total).toBe(0);
  });

  it('client names are unique among live clients, ignoring case and spacing', async () => {
    const app = await freshApp();
    const acme = app.call('clients.create', { name: 'Acme Inc' });
    expect(failure(() => app.call('clients.create', { name: 'ACME   inc' }))).toMatchObject({ code: 'duplicate', field: 'name' });
    const other = app.call('clients.create', { name: 'Initech' });
    expect(failure(() => app.call('clients.update', { id: other.id, name: 'acme inc' })).code).toBe('duplicate');
    // Renaming a client to its own name in another case is fine.
    expect(app.call('clients.update', { id: acme.id, name: 'ACME Inc' }).name).toBe('ACME Inc');
    // A client in the trash frees its name...
    app.call('clients.delete', { id: acme.id });
    const reborn = app.call('clients.create', { name: 'Acme Inc' });
    // ...and cannot come back while another live client holds it.
    expect(failure(() => app.call('trash.restore', { kind: 'client', id: acme.id })).code).toBe('duplicate');
    app.call('clients.update', { id: reborn.id, name: 'Acme Inc (new)' });
    app.call('trash.restore', { kind: 'client', id: acme.id });
    expect(app.call('clients.get', { id: acme.id }).client.name).toBe('ACME Inc');
  });

  it('an update changes only the fields sent and stamps the change', async () => {
    const app = await freshApp();
    const client = app.call('clients.create', { name: 'Hooli', industry: 'Tech', fee: { type: 'flat', amount: 15000, currency: 'usd' } });
    expect(client.fee).toEqual({ type: 'flat', amount: 15000, currency: 'USD' });
    app.clock.advance(60_000);
    const updated = app.call('clients.update', { id: client.id, location: 'Palo Alto', industry: null });
    expect(updated).toMatchObject({ name: 'Hooli', industry: null, location: 'Palo Alto', fee: client.fee });
    expect(updated.updatedAt).toBe('2026-11-22T09:01:00.000Z');
    expect(updated.createdAt).toBe(client.createdAt);
    const row = app.core.db.prepare('SELECT created_by, updated_by FROM clients WHERE id = ?').get(client.id);
    expect(row).toEqual({ created_by: app.core.deviceId, updated_by: app.core.deviceId });
  });

  it('every field carries a clock stamp, the row’s own until the field changes, for merging later', async () => {
    const app = await freshApp();
    const client = app.call('clients.create', { name: 'Umbrella' });
    const created = fieldStamps(app.core, clientEntity, client.id) as Record<'status' | 'name', { hlc: string; value: unknown }>;
    expect(created.status).toEqual({ value: 'prospect', hlc: expect.stringMatching(new RegExp(`${app.core.deviceId}$`)) });
    app.clock.advance(1000);
    app.call('clients.update', { id: client.id, status: 'active', name: 'Umbrella' });
    const updated = fieldStamps(app.core, clientEntity, client.id) as typeof created;
    expect(updated.status.value).toBe('active');
    expect(updated.status.hlc > created.status.hlc).toBe(true);
    // The name was sent unchanged: it keeps the stamp it was made with.
    expect(updated.name).toEqual(created.name);
    app.call('clients.delete', { id: client.id });
    expect(fieldStamps(app.core, clientEntity, client.id).deleted_at!.hlc > updated.status.hlc).toBe(true);
  });

  it('a deleted client is a tombstone: hidden everywhere, kept in the trash, restorable', async () => {
    const app = await freshApp();
    const client = app.call('clients.create', { name: 'Soylent' });
    app.call('contacts.create', { clientId: client.id, name: 'Dana Scully', role: 'hr' });
    app.call('clients.delete', { id: client.id });
    expect(app.call('clients.list', {}).items).toEqual([]);
    expect(failure(() => app.call('clients.get', { id: client.id })).code).toBe('not_found');
    expect(app.core.db.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(1);
    expect(app.call('trash.list', {})).toEqual([
      { kind: 'client', id: client.id, name: 'Soylent', detail: null, deletedAt: '2026-11-22T09:00:00.000Z' },
    ]);
    app.call('trash.restore', { kind: 'client', id: client.id });
    expect(app.call('clients.get', { id: client.id }).contacts.map((c) => c.name)).toEqual(['Dana Scully']);
    expect(app.call('trash.list', {})).toEqual([]);
  });

  it('lists clients filtered as you type, by status, sorted, one keyset page at a time', async () => {
    const app = await freshApp();
    const names = ['Zeta Labs', 'alpha Partners', 'Beta Health', 'Gamma Health', 'Delta Freight'];
    for (const name of names) {
      app.clock.advance(1000);
      app.call('clients.create', { name, industry: name.includes('Health') ? 'Healthcare' : null });
    }
    app.clock.advance(1000);
    app.call('clients.update', { id: app.call('clients.list', { query: 'zeta' }).items[0]!.id, status: 'active' });

    const byName: string[] = [];
    let cursor: string | undefined;
    do {
      const page = app.call('clients.list', { limit: 2, cursor });
      // Counted once, on the first page: a count of every match costs more than a page at 100k.
      expect(page.total).toBe(cursor ? null : 5);
      byName.push(...page.items.map((c) => c.name));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(byName).toEqual(['alpha Partners', 'Beta Health', 'Delta Freight', 'Gamma Health', 'Zeta Labs']);

    const recent = app.call('clients.list', { sort: 'updated', limit: 2 });
    expect(recent.items.map((c) => c.name)).toEqual(['Zeta Labs', 'Delta Freight']);
    expect(app.call('clients.list', { sort: 'updated', cursor: recent.nextCursor! }).items.map((c) => c.name)).toEqual([
      'Gamma Health',
      'Beta Health',
      'alpha Partners',
    ]);

    expect(app.call('clients.list', { query: 'HEALTH' }).items.map((c) => c.name)).toEqual(['Beta Health', 'Gamma Health']);
    expect(app.call('clients.list', { query: '100%' }).total).toBe(0);
    expect(app.call('clients.list', { status: 'active' }).items.map((c) => c.name)).toEqual(['Zeta Labs']);
    expect(failure(() => app.call('clients.list', { cursor: 'garbage' })).field).toBe('cursor');
    // A cursor from a list in another order would skip rows: it is refused.
    expect(failure(() => app.call('clients.list', { sort: 'name', cursor: recent.nextCursor! })).field).toBe('cursor');
  });
});

describe('contacts', () => {
  it('hiring managers and HR are kept apart, hiring managers first', async () => {
    const app = await freshApp();
    const client = app.call('clients.create', { name: 'Acme' });
    app.call('contacts.create', { clientId: client.id, name: 'Hana HR', role: 'hr', email: 'hana@acme.example' });
    app.call('contacts.create', {
      clientId: client.id,
      name: 'Max Manager',
      role: 'hiring_manager',
      jobTitle: 'VP Engineering',
      caresAbout: 'Rust, on-call experience',
      lastContactedOn: '2026-11-20',
    });
    const { contacts } = app.call('clients.get', { id: client.id });
    expect(contacts.map((c) => [c.name, c.role])).toEqual([
      ['Max Manager', 'hiring_manager'],
      ['Hana HR', 'hr'],
    ]);
    expect(contacts[0]).toMatchObject({ jobTitle: 'VP Engineering', lastContactedOn: '2026-11-20', clientId: client.id });
    expect(app.call('clients.list', {}).items[0]!.contactCount).toBe(2);
  });

  it('rejects bad contact details field by field, and contacts of missing clients', async () => {
    const app = await freshApp();
    const client = app.call('clients.create', { name: 'Acme' });
    const bad = (input: object) => failure(() => app.call('contacts.create', { clientId: client.id, name: 'A', ...input }));
    expect(bad({ email: 'not-an-email' }).field).toBe('email');
    expect(bad({ phone: 'call me maybe' }).field).toBe('phone');
    expect(bad({ role: 'boss' }).field).toBe('role');
    expect(bad({ lastContactedOn: '22/11/2026' }).field).toBe('lastContactedOn');
    expect(bad({ name: '' }).field).toBe('name');
    const orphan = failure(() =>
      app.call('contacts.create', { clientId: '01a20000-0000-7000-8000-000000000000', name: 'Nobody' }),
    );
    expect(orphan).toMatchObject({ code: 'invalid_input', field: 'clientId' });
    expect(app.core.db.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(0);
  });

  it('updates, deletes to the trash and restores a contact', async () => {
    const app = await freshApp();
    const client = app.call('clients.create', { name: 'Acme' });
    const contact = app.call('contacts.create', { clientId: client.id, name: 'Max', role: 'hiring_manager', phone: '+1 (555) 010-2030' });
    expect(app.call('contacts.update', { id: contact.id, role: 'executive', phone: '' })).toMatchObject({
      role: 'executive',
      phone: null,
    });
    app.call('contacts.delete', { id: contact.id });
    expect(app.call('clients.get', { id: client.id }).contacts).toEqual([]);
    expect(app.call('trash.list', {})).toMatchObject([{ kind: 'contact', name: 'Max', detail: 'Acme' }]);
    app.call('trash.restore', { kind: 'contact', id: contact.id });
    expect(app.call('contacts.get', { id: contact.id }).role).toBe('executive');
  });

  it('a contact of a client in the trash is gone with it', async () => {
    const app = await freshApp();
    const client = app.call('clients.create', { name: 'Acme' });
    const contact = app.call('contacts.create', { clientId: client.id, name: 'Max' });
    app.call('contacts.delete', { id: contact.id });
    app.call('clients.delete', { id: client.id });
    expect(failure(() => app.call('contacts.get', { id: contact.id })).code).toBe('not_found');
    expect(app.call('trash.list', {}).map((t) => t.kind)).toEqual(['client']);
    expect(failure(() => app.call('trash.restore', { kind: 'contact', id: contact.id })).message).toMatch(/client first/);
  });
});

describe('notes', () => {
  it('a client’s timeline holds its notes and its contacts’ notes, newest first', async () => {
    const app = await freshApp();
    const client = app.call('clients.create', { name: 'Acme' });
    const max = app.call('contacts.create', { clientId: client.id, name: 'Max', role: 'hiring_manager' });
    app.call('notes.add', { about: { kind: 'client', id: client.id }, body: 'Signed our terms' });
    app.clock.advance(60_000);
    app.call('notes.add', { about: { kind: 'contact', id: max.id }, body: 'Wants Rust and Go' });

    const timeline = app.call('notes.list', { about: { kind: 'client', id: client.id } });
    expect(timeline.map((n) => [n.body, n.about.kind, n.about.name])).toEqual([
      ['Wants Rust and Go', 'contact', 'Max'],
      ['Signed our terms', 'client', 'Acme'],
    ]);
    expect(timeline[0]!.createdAt).toBe('2026-11-22T09:01:00.000Z');
    expect(app.call('notes.list', { about: { kind: 'contact', id: max.id } }).map((n) => n.body)).toEqual(['Wants Rust and Go']);
  });

  it('notes need a subject that exists; an edit keeps the earlier text (see notes.test.ts)', async () => {
    const app = await freshApp();
    const client = app.call('clients.create', { name: 'Acme' });
    expect(failure(() => app.call('notes.add', { about: { kind: 'client', id: client.id }, body: '  ' })).field).toBe('body');
    app.call('clients.delete', { id: client.id });
    expect(failure(() => app.call('notes.add', { about: { kind: 'client', id: client.id }, body: 'Hi' })).field).toBe('about');
    expect((await import('../../src/api/contract')).methods.filter((m) => m.startsWith('notes.'))).toEqual([
      'notes.list',
      'notes.add',
      'notes.edit',
      'notes.history',
    ]);
  });
});
