import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { countryCodes, currencyOf } from '../../src/api/countries';
import { failure, freshApp } from './helpers';
import { sync } from './sharing-helpers';

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
