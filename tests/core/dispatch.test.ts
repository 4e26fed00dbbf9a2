import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/server/dispatch';
import { freshApp } from './helpers';

const changeCount = (app: Awaited<ReturnType<typeof freshApp>>) =>
  app.core.db.prepare('SELECT count(*) FROM changes').pluck().get();

describe('the dispatcher', () => {
  it('refuses an unknown method', async () => {
    const { core } = await freshApp();
    expect(dispatch(core, 'clients.drop', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(dispatch(core, 'constructor', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('refuses input of the wrong shape, naming the field, and writes nothing', async () => {
    const app = await freshApp();
    const before = changeCount(app);
    expect(dispatch(app.core, 'clients.create', 'Acme')).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(dispatch(app.core, 'clients.create', { name: 'Acme', colour: 'red' })).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Unknown field “colour”.', field: 'colour' },
    });
    expect(dispatch(app.core, 'clients.get', { id: 42 })).toMatchObject({ ok: false, error: { field: 'id' } });
    expect(changeCount(app)).toBe(before);
  });

  it('a call that fails half-way leaves nothing half-written', async () => {
    const app = await freshApp();
    const client = app.call('clients.create', { name: 'Acme' });
    const before = changeCount(app);
    // Make the second statement of the update fail, after the row itself was written.
    app.core.db.exec(`CREATE TRIGGER break_log BEFORE INSERT ON changes BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    const outcome = dispatch(app.core, 'clients.update', { id: client.id, name: 'Acme Two' });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'internal' } });
    app.core.db.exec('DROP TRIGGER break_log');
    expect(app.call('clients.get', { id: client.id }).client.name).toBe('Acme');
    expect(changeCount(app)).toBe(before);
  });
});

describe('desktop-only methods', () => {
  it('are refused by the core as unsupported, so the browser preview can fall back', async () => {
    const { core } = await freshApp();
    expect(dispatch(core, 'desktop.savePdf', { fileName: '///' })).toMatchObject({ ok: false, error: { field: 'fileName' } });
    expect(dispatch(core, 'desktop.savePdf', { fileName: 'brief' })).toMatchObject({
      ok: false,
      error: { code: 'unsupported', message: expect.stringMatching(/desktop app/) },
    });
  });
});
