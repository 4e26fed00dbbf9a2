import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { countryCodes, currencyOf } from '../../src/api/countries';
import { failure, freshApp } from './helpers';
import { exportOf, sync } from './sharing-helpers';

describe('a client’s country', () => {
  it('is kept as its ISO code, and changed or cleared like any field', async () => {
    const app = await freshApp();
    const client = app.call('clients.create', { name: 'Bayer Logistik', country: 'de' });
    expect(client.country).toBe('DE');
    expect(app.call('clients.update', { id: client.id, country: '' }).country).toBeNull();
    expect(app.call('clients.create', { name: 'Acme' }).country).toBeNull();
  });

  it('must be a country: anything else is refused and nothing is written', async () => {
    const app = await freshApp();
    expect(failure(() => app.call('clients.create', { name: 'Nowhere Ltd', country: 'XX' }))).toMatchObject({
      field: 'country',
      message: 'Choose a country from the list',
    });
    expect(app.call('clients.list', {}).items).toEqual([]);
  });

  it('travels to a colleague with an export', async () => {
    const ann = await freshApp();
    const bob = await freshApp();
    const client = ann.call('clients.create', { name: 'Bayer Logistik', country: 'DE' });
    sync(ann, bob);
    expect(bob.call('clients.get', { id: client.id }).client.country).toBe('DE');
  });

  it('an export from before countries (schema 16) still imports, and leaves the country set here as it is', async () => {
    const ann = await freshApp();
    const bob = await freshApp();
    const acme = ann.call('clients.create', { name: 'Acme' });
    ann.call('clients.create', { name: 'Globex' });
    sync(ann, bob);
    bob.call('clients.update', { id: acme.id, country: 'GB' });
    ann.call('clients.update', { id: acme.id, industry: 'Logistics' });
    const file = exportOf(ann);
    // As an older Shortlist wrote it: no country column, schema version 16.
    const db = new Database(file);
    db.exec('ALTER TABLE clients DROP COLUMN country');
    db.pragma('user_version = 16');
    db.prepare('UPDATE shortlist_export SET schema_version = 16').run();
    db.close();
    bob.call('sharing.import', { path: file });
    expect(bob.call('clients.get', { id: acme.id }).client).toMatchObject({ industry: 'Logistics', country: 'GB' });
  });

  it('is a column the database itself checks (migration 17)', async () => {
    const app = await freshApp();
    const db = new Database(app.file);
    expect(() => db.prepare("UPDATE clients SET country = 'de'").run()).not.toThrow(); // no rows yet
    app.call('clients.create', { name: 'Acme' });
    expect(() => db.prepare("UPDATE clients SET country = 'Germany'").run()).toThrow(/CHECK/);
    db.close();
  });
});

describe('the currency of a country', () => {
  it('is the one its salaries are paid in, and a currency Intl knows', () => {
    expect(currencyOf('GB')).toBe('GBP');
    expect(currencyOf('de')).toBe('EUR');
    expect(currencyOf('US')).toBe('USD');
    expect(currencyOf('CH')).toBe('CHF');
    expect(currencyOf('ZZ')).toBeUndefined();
    const known = Intl.supportedValuesOf('currency');
    expect(countryCodes.filter((country) => !known.includes(currencyOf(country)!))).toEqual([]);
    // Every country Intl can name in English, and no code it cannot.
    const names = new Intl.DisplayNames('en', { type: 'region' });
    expect(countryCodes.filter((country) => names.of(country) === country)).toEqual([]);
    expect(countryCodes).toHaveLength(249);
  });
});

describe('the demo’s clients', () => {
  it('each have the country of their city', async () => {
    const { cities, cityCountries } = await import('../../src/demo/words');
    expect(cities.filter((city) => !cityCountries[city])).toEqual([]);
  });
});
